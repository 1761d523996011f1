using System.Globalization;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// A multiset of exact decimal values kept in ascending order, the mergeable state behind order statistics such as
/// the HJ 663 percentile of a station's daily series (≤ 366 values a year), which a sum cannot give.
/// </summary>
/// <remarks>
/// <para>
/// Build one from a buffer with <see cref="Of(ReadOnlySpan{decimal})"/> (one sort), combine parts with
/// <see cref="Merge"/> (a linear merge of two sorted arrays), and read <see cref="Percentile"/>,
/// <see cref="Values"/> or <see cref="ToSummary"/>. The value is immutable: <see cref="Add"/> and <see cref="Merge"/>
/// return new distributions and copy, so <see cref="Add"/> costs O(n) — collect a series in a buffer and call
/// <see cref="Of(ReadOnlySpan{decimal})"/> rather than adding day by day. Memory is 16 bytes per value.
/// </para>
/// <para>
/// <see cref="Merge"/> is the multiset union: associative and commutative with <c>default</c> (no values) as
/// identity, so the distribution of parts merged in any order equals that of the whole. Equality compares the
/// sorted values as numbers (1.0 equals 1.00); values equal as numbers are kept ordered by scale, so the state
/// written as JSON does not depend on the order the values came in. <c>default</c> is the empty distribution.
/// </para>
/// </remarks>
public readonly struct ValueDistribution : IEquatable<ValueDistribution>
{
    private static readonly Comparison<decimal> CanonicalOrder = ExactDecimal.Compare;

    private readonly decimal[]? sorted;

    private ValueDistribution(decimal[] sorted) => this.sorted = sorted.Length == 0 ? null : sorted;

    /// <summary>The number of values.</summary>
    public int Count => sorted?.Length ?? 0;

    /// <summary>True when there are no values.</summary>
    public bool IsEmpty => sorted is null;

    /// <summary>The values in ascending order.</summary>
    public ReadOnlySpan<decimal> Values => sorted;

    /// <summary>The smallest value, or null when empty.</summary>
    public decimal? Minimum => sorted is null ? null : sorted[0];

    /// <summary>The largest value, or null when empty.</summary>
    public decimal? Maximum => sorted is null ? null : sorted[^1];

    /// <summary>The distribution of <paramref name="values"/> (copied, then sorted).</summary>
    /// <param name="values">The values, in any order.</param>
    /// <returns>The distribution.</returns>
    public static ValueDistribution Of(ReadOnlySpan<decimal> values)
    {
        decimal[] copy = values.ToArray();
        SortCanonically(copy);
        return new ValueDistribution(copy);
    }

    /// <summary>The distribution of <paramref name="values"/>.</summary>
    /// <param name="values">The values, in any order.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ValueDistribution Of(IEnumerable<decimal> values)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        decimal[] copy = values.ToArray();
        SortCanonically(copy);
        return new ValueDistribution(copy);
    }

    /// <summary>This distribution with one more value (a copy: O(n)).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The new distribution.</returns>
    public ValueDistribution Add(decimal value)
    {
        ReadOnlySpan<decimal> values = Values;
        int at = values.Length;
        while (at > 0 && ExactDecimal.Compare(values[at - 1], value) > 0)
        {
            at--;
        }
        var result = new decimal[values.Length + 1];
        values[..at].CopyTo(result);
        result[at] = value;
        values[at..].CopyTo(result.AsSpan(at + 1));
        return new ValueDistribution(result);
    }

    /// <summary>The multiset union of two distributions.</summary>
    /// <param name="other">The other distribution.</param>
    /// <returns>The distribution of the values of both.</returns>
    public ValueDistribution Merge(ValueDistribution other)
    {
        if (other.IsEmpty)
        {
            return this;
        }
        if (IsEmpty)
        {
            return other;
        }
        decimal[] left = sorted!, right = other.sorted!;
        var result = new decimal[left.Length + right.Length];
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length)
        {
            result[k++] = ExactDecimal.Compare(left[i], right[j]) <= 0 ? left[i++] : right[j++];
        }
        left.AsSpan(i).CopyTo(result.AsSpan(k));
        right.AsSpan(j).CopyTo(result.AsSpan(k + left.Length - i));
        return new ValueDistribution(result);
    }

    /// <summary>The multiset union of two distributions (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first distribution.</param>
    /// <param name="right">The second distribution.</param>
    /// <returns>The distribution of the values of both.</returns>
    public static ValueDistribution operator +(ValueDistribution left, ValueDistribution right) => left.Merge(right);

    /// <summary>
    /// The percentile of HJ 663-2013 Appendix A, in decimal: with the values ascending X(1) ≤ … ≤ X(n),
    /// k = 1 + (n − 1)·p, s = ⌊k⌋, and the percentile is X(s) + (X(s+1) − X(s))·(k − s), or X(n) when s = n.
    /// {3, 4, 8, 2, 5, 4} at p = 0.90 gives k = 5.5 and 5 + (8 − 5)·0.5 = 6.5.
    /// </summary>
    /// <param name="p">The fraction, 0 to 1 (0.90, 0.95, 0.98; not a percentage).</param>
    /// <returns>The percentile, exact whenever it has at most 28 significant digits (always, for values with a few
    /// decimals); null when empty. No rounding is applied: the caller's standard says how it is reported.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside 0..1.</exception>
    public decimal? Percentile(decimal p)
    {
        if (p < 0m || p > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The percentile fraction must be between 0 and 1 (0.95, not 95).");
        }
        return sorted is null ? null : AirQuality.Hj663.Percentile(sorted, p);
    }

    /// <summary>The count, exact sum, minimum and maximum of the values.</summary>
    /// <returns>The summary.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit in a decimal.</exception>
    public ValueSummary ToSummary() => ValueSummary.Of(Values);

    /// <inheritdoc />
    public bool Equals(ValueDistribution other) => Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueDistribution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (decimal value in Values)
        {
            hash.Add(value);
        }
        return hash.ToHashCode();
    }

    /// <summary>Compares two distributions for equality.</summary>
    /// <param name="left">The first distribution.</param>
    /// <param name="right">The second distribution.</param>
    /// <returns>True when they hold the same values as numbers.</returns>
    public static bool operator ==(ValueDistribution left, ValueDistribution right) => left.Equals(right);

    /// <summary>Compares two distributions for inequality.</summary>
    /// <param name="left">The first distribution.</param>
    /// <param name="right">The second distribution.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ValueDistribution left, ValueDistribution right) => !left.Equals(right);

    /// <summary>Formats as <c>6 values, 2 to 8</c> (or <c>0 values</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => sorted is null
        ? "0 values"
        : string.Create(CultureInfo.InvariantCulture, $"{sorted.Length} values, {sorted[0]} to {sorted[^1]}");

    /// <summary>Sorts by value (the fast default order), then orders each run of equal values by scale.</summary>
    private static void SortCanonically(decimal[] values)
    {
        Array.Sort(values);
        int i = 0;
        while (i < values.Length)
        {
            int end = i + 1;
            bool mixed = false;
            while (end < values.Length && values[end] == values[i])
            {
                mixed |= values[end].Scale != values[i].Scale;
                end++;
            }
            if (mixed)
            {
                values.AsSpan(i, end - i).Sort(CanonicalOrder);
            }
            i = end;
        }
    }
}
