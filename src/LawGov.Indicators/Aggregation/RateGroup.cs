using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Aggregation;

/// <summary>The exact rate of one group of records: a unit, optionally one period, and its hits over its records.</summary>
/// <remarks>Immutable. Equality compares the unit (ordinal), the period and the rate's counts.</remarks>
public sealed class RateGroup : IEquatable<RateGroup>
{
    internal RateGroup(string unit, DateInterval? period, Rate rate)
    {
        Unit = unit;
        Period = period;
        Rate = rate;
    }

    /// <summary>The unit key, as the records give it.</summary>
    public string Unit { get; }

    /// <summary>The calendar year, quarter or month of the group, or null when records were not split by period.</summary>
    public DateInterval? Period { get; }

    /// <summary>Hits over records: at least one record, so the denominator is positive.</summary>
    public Rate Rate { get; }

    /// <summary>Orders groups by unit (ordinal), then period: none first, then by start and end.</summary>
    internal static int Compare(string unit, DateInterval? period, RateGroup other)
    {
        int byUnit = string.CompareOrdinal(unit, other.Unit);
        return byUnit != 0 ? byUnit : ComparePeriods(period, other.Period);
    }

    internal static int ComparePeriods(DateInterval? left, DateInterval? right)
    {
        if (left is null || right is null)
        {
            return (left is not null).CompareTo(right is not null);
        }
        int byStart = left.Start.CompareTo(right.Start);
        return byStart != 0 ? byStart : left.End.CompareTo(right.End);
    }

    /// <inheritdoc />
    public bool Equals(RateGroup? other) =>
        other is not null && string.Equals(Unit, other.Unit, StringComparison.Ordinal) && Equals(Period, other.Period) && Rate == other.Rate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RateGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Period, Rate);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first group.</param>
    /// <param name="right">The second group.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(RateGroup? left, RateGroup? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first group.</param>
    /// <param name="right">The second group.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(RateGroup? left, RateGroup? right) => !(left == right);

    /// <summary>Formats as <c>兰山区 2020-01-01/2020-01-31: 45/47</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit + (Period is null ? string.Empty : " " + Periods.Format(Period)) + ": " + Rate;
}
