using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// The mergeable summary of exact decimal values: how many, their exact sum, the smallest and the largest, and the
/// mean with a declared rounding. It is the state behind sums, means, minima and maxima of concentrations, counts or
/// durations, computed in parts and merged.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Merge"/> is associative and commutative with <c>default</c> as identity, so the summary of parts merged
/// in any order equals the summary of the whole. The sum is exact: a sum that would need more digits than a decimal
/// has throws <see cref="OverflowException"/> instead of rounding. That holds for every partial sum along the way, so
/// the order-independence is exact while every partial sum fits (28 to 29 significant digits at the largest scale of
/// the values): one order may then throw where another does not (10^28 + 0.5 throws before − 10^28 can cancel it),
/// but any order that succeeds gives the same summary, with the same scale.
/// </para>
/// <para>
/// Equality compares the count, the sum, the minimum and the maximum as numbers (1.0 equals 1.00). Of values equal
/// as numbers, the minimum keeps the one with fewer decimals and the maximum the one with more, so the state written
/// as JSON is the same whatever order the values came in. <c>default</c> is the empty summary: count 0, sum 0, no
/// minimum, maximum or mean.
/// </para>
/// </remarks>
public readonly struct ValueSummary : IEquatable<ValueSummary>
{
    private readonly decimal minimum;
    private readonly decimal maximum;

    private ValueSummary(long count, decimal sum, decimal minimum, decimal maximum)
    {
        Count = count;
        Sum = sum;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    /// <summary>The number of decimals <see cref="Mean"/> is rounded to, half to even (GB/T 8170).</summary>
    public const int MeanDecimals = ExactDecimal.MeanDecimals;

    /// <summary>The number of values.</summary>
    public long Count { get; }

    /// <summary>True when there are no values.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The exact sum of the values; 0 when empty.</summary>
    public decimal Sum { get; }

    /// <summary>The smallest value, or null when empty.</summary>
    public decimal? Minimum => IsEmpty ? null : minimum;

    /// <summary>The largest value, or null when empty.</summary>
    public decimal? Maximum => IsEmpty ? null : maximum;

    /// <summary>
    /// The arithmetic mean, sum / count, computed exactly and rounded once, half to even, to
    /// <see cref="MeanDecimals"/> decimals (fewer only when the magnitude leaves a decimal fewer digits), without
    /// trailing zeros; null when empty. Use <see cref="RoundedMean"/> for a reported precision.
    /// </summary>
    public decimal? Mean
    {
        get
        {
            if (IsEmpty)
            {
                return null;
            }
            var (numerator, denominator) = ExactDecimal.ToFraction(Sum);
            return ExactDecimal.RoundMean(numerator, denominator * Count);
        }
    }

    /// <summary>The summary of <paramref name="values"/>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit in a decimal.</exception>
    public static ValueSummary Of(ReadOnlySpan<decimal> values)
    {
        ValueSummary summary = default;
        foreach (decimal value in values)
        {
            summary = summary.Add(value);
        }
        return summary;
    }

    /// <summary>The summary of <paramref name="values"/>, in one pass.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="OverflowException">The exact sum does not fit in a decimal.</exception>
    public static ValueSummary Of(IEnumerable<decimal> values)
    {
        Preconditions.CheckNotNull(values, nameof(values));
        ValueSummary summary = default;
        foreach (decimal value in values)
        {
            summary = summary.Add(value);
        }
        return summary;
    }

    /// <summary>This summary with one more value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The new summary.</returns>
    /// <exception cref="OverflowException">The exact sum does not fit in a decimal.</exception>
    public ValueSummary Add(decimal value) => IsEmpty
        ? new ValueSummary(1, value, value, value)
        : new ValueSummary(checked(Count + 1), ExactDecimal.Add(Sum, value), ExactDecimal.Min(minimum, value), ExactDecimal.Max(maximum, value));

    /// <summary>Combines two summaries: counts and sums add, the minimum and maximum are those of both.</summary>
    /// <param name="other">The other summary.</param>
    /// <returns>The summary of the values of both.</returns>
    /// <exception cref="OverflowException">The count or the exact sum overflows.</exception>
    public ValueSummary Merge(ValueSummary other)
    {
        if (other.IsEmpty)
        {
            return this;
        }
        if (IsEmpty)
        {
            return other;
        }
        return new ValueSummary(
            checked(Count + other.Count),
            ExactDecimal.Add(Sum, other.Sum),
            ExactDecimal.Min(minimum, other.minimum),
            ExactDecimal.Max(maximum, other.maximum));
    }

    /// <summary>Combines two summaries (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>The summary of the values of both.</returns>
    /// <exception cref="OverflowException">The count or the exact sum overflows.</exception>
    public static ValueSummary operator +(ValueSummary left, ValueSummary right) => left.Merge(right);

    /// <summary>
    /// The mean rounded exactly to <paramref name="decimals"/> with <paramref name="mode"/>, from the exact sum and
    /// count (one rounding, no intermediate one).
    /// </summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="mode">Rounding mode.</param>
    /// <returns>The rounded mean, with exactly <paramref name="decimals"/> decimals; null when empty.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..28 or
    /// <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="OverflowException">The rounded mean does not fit in a decimal at that precision.</exception>
    public decimal? RoundedMean(int decimals, RoundingMode mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, Rounding.MaxDecimals);
        Preconditions.CheckDefined(mode, nameof(mode));
        if (IsEmpty)
        {
            return null;
        }
        var (numerator, denominator) = ExactDecimal.ToFraction(Sum);
        return ExactDecimal.TryRound(numerator, denominator * Count, decimals, mode, out decimal mean)
            ? mean
            : throw new OverflowException("The rounded mean does not fit in a decimal at " + decimals.ToString(CultureInfo.InvariantCulture) + " decimals.");
    }

    /// <summary>Rebuilds a summary from its parts, checking they are consistent.</summary>
    /// <returns>Null and an error message naming the part at fault when they are not.</returns>
    internal static ValueSummary? TryFromParts(long count, decimal sum, decimal? minimum, decimal? maximum, out string? part, out string? error)
    {
        part = null;
        error = null;
        if (count < 0)
        {
            (part, error) = ("count", "expected a whole number ≥ 0, found " + count.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        if (count == 0)
        {
            if (sum != 0m)
            {
                (part, error) = ("sum", "an empty summary (count 0) has sum 0, found " + Text(sum));
            }
            else if (minimum.HasValue || maximum.HasValue)
            {
                (part, error) = (minimum.HasValue ? "min" : "max", "an empty summary (count 0) has no minimum or maximum");
            }
            return error is null ? default(ValueSummary) : null;
        }
        if (minimum is not { } min || maximum is not { } max)
        {
            (part, error) = (minimum is null ? "min" : "max", "a summary of one or more values needs its minimum and maximum");
            return null;
        }
        if (min > max)
        {
            (part, error) = ("min", $"the minimum {Text(min)} is above the maximum {Text(max)}");
            return null;
        }
        if (count == 1)
        {
            if (sum != min || min != max)
            {
                (part, error) = ("sum", "a summary of one value has the same sum, minimum and maximum");
                return null;
            }
            return new ValueSummary(count, sum, min, max);
        }
        // n ≥ 2 values include the minimum and the maximum, and the other n − 2 lie between them:
        // max + (n − 1) · min ≤ sum ≤ min + (n − 1) · max, compared exactly as fractions.
        if (CompareSumWith(sum, count, min, max) < 0 || CompareSumWith(sum, count, max, min) > 0)
        {
            (part, error) = ("sum", string.Create(CultureInfo.InvariantCulture, $"the sum {Text(sum)} of {count} values that include the minimum {Text(min)} and the maximum {Text(max)} must lie between max + {count - 1} × min and min + {count - 1} × max"));
            return null;
        }
        return new ValueSummary(count, sum, min, max);
    }

    /// <inheritdoc />
    public bool Equals(ValueSummary other) =>
        Count == other.Count && Sum == other.Sum && Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Sum, Minimum, Maximum);

    /// <summary>Compares two summaries for equality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>True when count, sum, minimum and maximum are equal.</returns>
    public static bool operator ==(ValueSummary left, ValueSummary right) => left.Equals(right);

    /// <summary>Compares two summaries for inequality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns>True when a part differs.</returns>
    public static bool operator !=(ValueSummary left, ValueSummary right) => !left.Equals(right);

    /// <summary>Formats as <c>n 3, sum 10.5, min 2.5, max 4.0</c> (or <c>n 0</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty
        ? "n 0"
        : string.Create(CultureInfo.InvariantCulture, $"n {Count}, sum {Sum}, min {minimum}, max {maximum}");

    /// <summary>
    /// Compares <paramref name="sum"/> with <paramref name="once"/> + (<paramref name="count"/> − 1) ×
    /// <paramref name="repeated"/>, exactly.
    /// </summary>
    private static int CompareSumWith(decimal sum, long count, decimal repeated, decimal once)
    {
        var (s, sd) = ExactDecimal.ToFraction(sum);
        var (r, rd) = ExactDecimal.ToFraction(repeated);
        var (o, od) = ExactDecimal.ToFraction(once);
        // s / sd against (o · rd + (count − 1) · r · od) / (od · rd); every denominator is a positive power of ten.
        return (s * od * rd).CompareTo(((o * rd) + ((count - 1) * r * od)) * sd);
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
