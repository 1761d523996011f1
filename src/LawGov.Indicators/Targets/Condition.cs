using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// The condition a value must satisfy: an interval with an optional lower and upper <see cref="Bound"/>. Plan
/// wording maps onto it: 以上/不少于/达到 → at least (inclusive); 以下/不超过 → at most (inclusive); 超过/N多 → more than;
/// 不满 → less than.
/// </summary>
/// <remarks>
/// Equality compares the kind and both bounds. Rates are compared exactly from their counts; decimals exactly.
/// </remarks>
public sealed class Condition : IEquatable<Condition>
{
    // The bounds decomposed once for exact comparisons with rates (derived from Lower and Upper; not part of equality).
    private readonly ExactArithmetic.PercentKey lowerKey;
    private readonly ExactArithmetic.PercentKey upperKey;

    private Condition(ConditionKind kind, Bound? lower, Bound? upper)
    {
        Kind = kind;
        Lower = lower;
        Upper = upper;
        lowerKey = new ExactArithmetic.PercentKey(lower.GetValueOrDefault().Value);
        upperKey = new ExactArithmetic.PercentKey(upper.GetValueOrDefault().Value);
    }

    /// <summary>The shape of the condition.</summary>
    public ConditionKind Kind { get; }

    /// <summary>The lower bound, or null when there is none.</summary>
    public Bound? Lower { get; }

    /// <summary>The upper bound, or null when there is none.</summary>
    public Bound? Upper { get; }

    /// <summary>≥ <paramref name="value"/>.</summary>
    /// <param name="value">The minimum, which itself satisfies the condition.</param>
    /// <returns>The condition.</returns>
    public static Condition AtLeast(decimal value) => new(ConditionKind.AtLeast, new Bound(value, true), null);

    /// <summary>≤ <paramref name="value"/>.</summary>
    /// <param name="value">The maximum, which itself satisfies the condition.</param>
    /// <returns>The condition.</returns>
    public static Condition AtMost(decimal value) => new(ConditionKind.AtMost, null, new Bound(value, true));

    /// <summary>= <paramref name="value"/>.</summary>
    /// <param name="value">The required value.</param>
    /// <returns>The condition.</returns>
    public static Condition Exactly(decimal value) =>
        new(ConditionKind.Exactly, new Bound(value, true), new Bound(value, true));

    /// <summary>&gt; <paramref name="value"/>.</summary>
    /// <param name="value">The exclusive minimum.</param>
    /// <returns>The condition.</returns>
    public static Condition MoreThan(decimal value) => new(ConditionKind.MoreThan, new Bound(value, false), null);

    /// <summary>&lt; <paramref name="value"/>.</summary>
    /// <param name="value">The exclusive maximum.</param>
    /// <returns>The condition.</returns>
    public static Condition LessThan(decimal value) => new(ConditionKind.LessThan, null, new Bound(value, false));

    /// <summary>Between <paramref name="lower"/> and <paramref name="upper"/>.</summary>
    /// <param name="lower">The lower end.</param>
    /// <param name="upper">The upper end.</param>
    /// <param name="lowerInclusive">Whether the lower end satisfies the condition.</param>
    /// <param name="upperInclusive">Whether the upper end satisfies the condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The interval is empty: lower above upper, or equal ends not both inclusive.</exception>
    public static Condition Between(decimal lower, decimal upper, bool lowerInclusive = true, bool upperInclusive = true)
    {
        Preconditions.CheckArgument(
            lower < upper || (lower == upper && lowerInclusive && upperInclusive),
            nameof(upper),
            "The interval is empty: the lower end must be below the upper end (or equal with both ends inclusive).");
        return new(ConditionKind.Between, new Bound(lower, lowerInclusive), new Bound(upper, upperInclusive));
    }

    /// <summary>Whether an exact decimal value satisfies the condition.</summary>
    /// <param name="value">The value in the indicator's unit.</param>
    /// <returns>True when inside the interval.</returns>
    public bool IsSatisfiedBy(decimal value) =>
        Satisfies(Lower, value.CompareTo(Lower.GetValueOrDefault().Value), isLower: true)
        && Satisfies(Upper, value.CompareTo(Upper.GetValueOrDefault().Value), isLower: false);

    /// <summary>Whether a rate, read in percent, satisfies the condition, compared exactly from its counts.</summary>
    /// <param name="rate">A defined rate.</param>
    /// <returns>True when inside the interval.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined (zero denominator).</exception>
    public bool IsSatisfiedBy(Rate rate)
    {
        rate.CheckDefined();
        return Satisfies(Lower, Lower.HasValue ? ExactArithmetic.ComparePercent(rate.Numerator, rate.Denominator, lowerKey) : 0, isLower: true)
            && Satisfies(Upper, Upper.HasValue ? ExactArithmetic.ComparePercent(rate.Numerator, rate.Denominator, upperKey) : 0, isLower: false);
    }

    private static bool Satisfies(Bound? bound, int comparison, bool isLower)
    {
        if (!bound.HasValue)
        {
            return true;
        }
        int signed = isLower ? comparison : -comparison;
        return signed > 0 || (signed == 0 && bound.Value.Inclusive);
    }

    /// <summary>
    /// The signed margin of a value: its distance to the nearest bound, positive on the satisfying side, negative
    /// on the failing side (62.02 against ≥ 62 gives 0.02; 55 against ≤ 52 gives −3). At an exclusive bound the
    /// margin is 0 although the condition fails; the status, not the margin, decides. A margin beyond the decimal range
    /// saturates at <see cref="decimal.MaxValue"/> or <see cref="decimal.MinValue"/>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <returns>The margin in the indicator's unit.</returns>
    public decimal Margin(decimal value)
    {
        decimal? margin = null;
        if (Lower.HasValue)
        {
            margin = Difference(value, Lower.Value.Value);
        }
        if (Upper.HasValue)
        {
            decimal upper = Difference(Upper.Value.Value, value);
            margin = margin.HasValue ? Math.Min(margin.Value, upper) : upper;
        }
        return margin.GetValueOrDefault();
    }

    /// <summary><paramref name="a"/> − <paramref name="b"/>, saturated at the decimal range instead of overflowing.</summary>
    private static decimal Difference(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            return a > b ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>
    /// The margin of a rate in counts of its numerator: how many more (positive) the numerator could lose, or
    /// how many it lacks (negative), given its denominator. 227 of 366 against ≥ 62 % gives 0 (226.92 rounds up
    /// to 227 needed); 220 of 366 gives −7.
    /// </summary>
    /// <param name="rate">A defined rate.</param>
    /// <returns>The margin in numerator counts; null when it does not fit in 64 bits (a bound far beyond what any
    /// numerator over this denominator can reach, such as ≥ 10^20 % of 10^18), never a clamped value.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public long? CountMargin(Rate rate)
    {
        if (!rate.IsDefined)
        {
            throw new InvalidOperationException("An undefined rate has no margin.");
        }
        Int128? margin = null;
        if (Lower.HasValue)
        {
            margin = rate.Numerator - ExactArithmetic.MinimumNumerator(rate.Denominator, Lower.Value.Value, strict: !Lower.Value.Inclusive);
        }
        if (Upper.HasValue)
        {
            Int128 upper = ExactArithmetic.MaximumNumerator(rate.Denominator, Upper.Value.Value, strict: !Upper.Value.Inclusive) - rate.Numerator;
            margin = margin.HasValue ? Int128.Min(margin.Value, upper) : upper;
        }
        Int128 value = margin.GetValueOrDefault();
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : null;
    }

    /// <inheritdoc />
    public bool Equals(Condition? other) =>
        other is not null && Kind == other.Kind && Nullable.Equals(Lower, other.Lower) && Nullable.Equals(Upper, other.Upper);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Condition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Lower, Upper);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Condition? left, Condition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Condition? left, Condition? right) => !(left == right);

    /// <summary>Mathematical notation: <c>≥ 62</c>, <c>≤ 52</c>, <c>= 100</c>, <c>&gt; 1500</c>, <c>[1, 5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(null);

    /// <summary>Mathematical notation with a unit symbol: <c>≥ 62%</c>, <c>≤ 52 µg/m³</c>.</summary>
    /// <param name="unit">The unit of the bounds, or null for none.</param>
    /// <returns>The text.</returns>
    public string Describe(Unit? unit)
    {
        string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture) + UnitSuffix(unit);
        return Kind switch
        {
            ConditionKind.AtLeast => "≥ " + Format(Lower!.Value.Value),
            ConditionKind.AtMost => "≤ " + Format(Upper!.Value.Value),
            ConditionKind.Exactly => "= " + Format(Lower!.Value.Value),
            ConditionKind.MoreThan => "> " + Format(Lower!.Value.Value),
            ConditionKind.LessThan => "< " + Format(Upper!.Value.Value),
            _ => (Lower!.Value.Inclusive ? "[" : "(") + Lower.Value.Value.ToString(CultureInfo.InvariantCulture) + ", "
                + Upper!.Value.Value.ToString(CultureInfo.InvariantCulture) + (Upper.Value.Inclusive ? "]" : ")") + UnitSuffix(unit),
        };
    }

    /// <summary>The condition in Chinese plan wording: <c>不低于62%</c>, <c>不高于52微克/立方米</c>.</summary>
    /// <param name="unit">The unit of the bounds, or null for none.</param>
    /// <returns>The text.</returns>
    public string DescribeZh(Unit? unit)
    {
        string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture) + (unit is null ? string.Empty : unit == Measures.Unit.Percent ? "%" : unit.Value.NameZh());
        return Kind switch
        {
            ConditionKind.AtLeast => "不低于" + Format(Lower!.Value.Value),
            ConditionKind.AtMost => "不高于" + Format(Upper!.Value.Value),
            ConditionKind.Exactly => "等于" + Format(Lower!.Value.Value),
            ConditionKind.MoreThan => "高于" + Format(Lower!.Value.Value),
            ConditionKind.LessThan => "低于" + Format(Upper!.Value.Value),
            _ => "介于" + Describe(unit),
        };
    }

    private static string UnitSuffix(Unit? unit) => unit switch
    {
        null => string.Empty,
        Measures.Unit.Percent => "%",
        _ => " " + unit.Value.Symbol(),
    };
}
