using System.Globalization;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Measures;

/// <summary>
/// An exact rate: a numerator and a denominator as 64-bit counts, such as 1340 of 1341 service items that can
/// be handled online. Comparisons with percentages are exact (integer arithmetic, no floating point).
/// </summary>
/// <remarks>
/// <para>
/// Equality compares the counts: 1/2 and 2/4 have the same value but are different evidence, so they are not
/// equal (use <see cref="CompareValueTo"/> to compare values only). Ordering is by value, then by denominator,
/// which keeps it consistent with equality; undefined rates (denominator 0) order before every defined one.
/// </para>
/// <para>
/// A rate may have a numerator larger than its denominator (a ratio above 100 %); whether that is plausible
/// is for the indicator to say. Both counts are non-negative. <c>default</c> is 0/0, an undefined rate.
/// </para>
/// <para>
/// A rate is also the mergeable state of a hit count: <see cref="FromHits(ReadOnlySpan{bool})"/> counts records and
/// <c>+</c> merges parts (associative and commutative, with <c>default</c> as identity), so the rate of a whole is the
/// sum of the rates of its parts however the records were split.
/// </para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable, IFormattable
{
    /// <summary>Initializes a rate from its counts.</summary>
    /// <param name="numerator">The count that meets the criterion, non-negative.</param>
    /// <param name="denominator">The count it is measured against, non-negative (0 makes an undefined rate).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public Rate(long numerator, long denominator)
    {
        Preconditions.CheckArgumentRange(nameof(numerator), numerator, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(denominator), denominator, 0, long.MaxValue);
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The count that meets the criterion.</summary>
    public long Numerator { get; }

    /// <summary>The count the numerator is measured against.</summary>
    public long Denominator { get; }

    /// <summary>True when the denominator is positive, so the rate has a value.</summary>
    public bool IsDefined => Denominator != 0;

    /// <summary>True when the rate is defined and the numerator does not exceed the denominator (at most 100 %).</summary>
    public bool IsShare => IsDefined && Numerator <= Denominator;

    /// <summary>The value in percent, as a decimal correct to 28 significant digits.</summary>
    /// <returns>numerator / denominator × 100.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public decimal ToPercent()
    {
        CheckDefined();
        return Numerator * 100m / Denominator;
    }

    /// <summary>The value in percent rounded exactly to <paramref name="decimals"/> with <paramref name="mode"/>.</summary>
    /// <param name="decimals">Decimals to keep, 0 to 16.</param>
    /// <param name="mode">Rounding mode.</param>
    /// <returns>The rounded percentage, at scale <paramref name="decimals"/> (50.00 for 1/2 at two decimals); trailing
    /// zeros are dropped only when the value would otherwise not fit in a decimal.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..16, or
    /// <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="OverflowException">The rounded percentage has more significant digits than a decimal holds
    /// (its 96-bit significand, about 28 digits): only for huge ratios with many decimals, such as
    /// 9223372036854775807/3 at nine decimals. Evaluation reports such a figure as out of range instead.</exception>
    public decimal ToPercent(int decimals, RoundingMode mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, RoundingRule.MaxDecimals);
        Preconditions.CheckDefined(mode, nameof(mode));
        CheckDefined();
        return ExactArithmetic.RoundPercent(Numerator, Denominator, decimals, mode);
    }

    /// <summary>Compares the exact value of this rate with a percentage.</summary>
    /// <param name="percent">A percentage, e.g. 99.9 for 99.9 %.</param>
    /// <returns>Negative, zero or positive as the rate is below, equal to or above <paramref name="percent"/>.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public int CompareToPercent(decimal percent)
    {
        CheckDefined();
        return ExactArithmetic.ComparePercent(Numerator, Denominator, percent);
    }

    /// <summary>
    /// True when <paramref name="statedPercent"/> is a correct rounding of this rate at its own precision: within
    /// half a unit of its last decimal (99.93 for 1340/1341 = 99.9254…; 218.36 can never be a share).
    /// </summary>
    /// <param name="statedPercent">The percentage a document states, with the decimals it states.</param>
    /// <returns>True when consistent.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public bool IsConsistentWith(decimal statedPercent)
    {
        CheckDefined();
        return ExactArithmetic.IsWithinHalfUnit(Numerator, Denominator, statedPercent);
    }

    /// <summary>Compares values only (1/2 equals 2/4).</summary>
    /// <param name="other">A defined rate.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="InvalidOperationException">Either rate is undefined.</exception>
    public int CompareValueTo(Rate other)
    {
        CheckDefined();
        other.CheckDefined();
        return ((Int128)Numerator * other.Denominator).CompareTo((Int128)other.Numerator * Denominator);
    }

    /// <summary>Adds counts: the ratio of sums used to roll rates up.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>(left.Numerator + right.Numerator) / (left.Denominator + right.Denominator).</returns>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static Rate operator +(Rate left, Rate right) =>
        new(checked(left.Numerator + right.Numerator), checked(left.Denominator + right.Denominator));

    /// <summary>The rate of hits among <paramref name="hits"/>: the number of true values over the length.</summary>
    /// <param name="hits">One flag per record, true when the record meets the criterion.</param>
    /// <returns>hits / records; 0/0 for an empty span.</returns>
    public static Rate FromHits(ReadOnlySpan<bool> hits) => new(hits.Count(true), hits.Length);

    /// <summary>The rate of items that meet a criterion, counted in one pass.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="isHit">True when an item meets the criterion.</param>
    /// <returns>Items meeting the criterion over all items; 0/0 when there are none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OverflowException">There are more than <see cref="long.MaxValue"/> items.</exception>
    public static Rate FromHits<T>(IEnumerable<T> items, Func<T, bool> isHit)
    {
        Preconditions.CheckNotNull(items, nameof(items));
        Preconditions.CheckNotNull(isHit, nameof(isHit));
        long hits = 0, total = 0;
        foreach (T item in items)
        {
            total = checked(total + 1);
            hits += isHit(item) ? 1 : 0;
        }
        return new Rate(hits, total);
    }

    /// <summary>Adds the counts of many rates: the ratio of sums, Σ numerators / Σ denominators.</summary>
    /// <param name="rates">The rates; 0/0 ones add nothing.</param>
    /// <returns>The ratio of sums; 0/0 when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static Rate Sum(IEnumerable<Rate> rates)
    {
        Preconditions.CheckNotNull(rates, nameof(rates));
        Rate sum = default;
        foreach (Rate rate in rates)
        {
            sum += rate;
        }
        return sum;
    }

    /// <summary>Adds counts (see the + operator).</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The ratio of sums.</returns>
    public static Rate Add(Rate left, Rate right) => left + right;

    /// <inheritdoc />
    public bool Equals(Rate other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <inheritdoc />
    public int CompareTo(Rate other)
    {
        if (!IsDefined || !other.IsDefined)
        {
            int defined = IsDefined.CompareTo(other.IsDefined);
            return defined != 0 ? defined : Numerator.CompareTo(other.Numerator);
        }
        int value = CompareValueTo(other);
        return value != 0 ? value : Denominator.CompareTo(other.Denominator);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Rate.", nameof(obj)),
    };

    /// <summary>Equality of counts.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when both counts are equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Inequality of counts.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when a count differs.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Ordering by value, then denominator.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> orders first.</returns>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering by value, then denominator.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> orders first or equal.</returns>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering by value, then denominator.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> orders last.</returns>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering by value, then denominator.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>True when <paramref name="left"/> orders last or equal.</returns>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>1340/1341</c>.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the rate. <c>G</c> (default): <c>1340/1341</c>. <c>P</c> followed by a number of decimals
    /// (e.g. <c>P2</c>): the percentage rounded half-even, <c>99.93%</c>. <c>F</c> with decimals: both,
    /// <c>99.93% (1340/1341)</c>. An undefined rate prints its counts in every format.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: rates always format with the invariant culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not recognised.</exception>
    /// <exception cref="OverflowException">The rounded percentage does not fit in a decimal (see
    /// <see cref="ToPercent(int, RoundingMode)"/>).</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string counts = string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");
        if (string.IsNullOrEmpty(format) || format == "G" || !IsDefined)
        {
            return counts;
        }
        char kind = format[0];
        int decimals = format.Length == 1 ? 2 : ParseDecimals(format);
        string percent = ToPercent(decimals, RoundingMode.HalfEven).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        return kind switch
        {
            'P' or 'p' => percent,
            'F' or 'f' => percent + " (" + counts + ")",
            _ => throw new FormatException($"Unknown Rate format '{format}'. Use G, P<n> or F<n>."),
        };
    }

    private static int ParseDecimals(string format)
    {
        if (!int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int decimals)
            || decimals > RoundingRule.MaxDecimals)
        {
            throw new FormatException($"Unknown Rate format '{format}'. Use G, P<n> or F<n> with n from 0 to 16.");
        }
        return decimals;
    }

    internal void CheckDefined()
    {
        if (!IsDefined)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The rate {Numerator}/{Denominator} has a zero denominator and no value."));
        }
    }
}
