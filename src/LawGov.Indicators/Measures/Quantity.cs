using System.Globalization;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Measures;

/// <summary>
/// An exact decimal amount with a unit: 52 µg/m³, 30 days, 62 %, 1341 items.
/// </summary>
/// <remarks>
/// Equality compares amounts after exact conversion to a common unit of the same dimension, so 1 mg/m³ equals
/// 1000 µg/m³ and 1.0 % equals 1 %; quantities of different dimensions are never equal. Ordering is defined
/// only within a dimension. <c>default</c> is 0 %.
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IFormattable
{
    /// <summary>Initializes a quantity.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public Quantity(decimal value, Unit unit)
    {
        Value = value;
        Unit = Preconditions.CheckDefined(unit, nameof(unit));
    }

    /// <summary>The amount, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public Unit Unit { get; }

    /// <summary>A percentage.</summary>
    /// <param name="value">Percent, e.g. 62 for 62 %.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromPercent(decimal value) => new(value, Unit.Percent);

    /// <summary>A mass concentration in µg/m³.</summary>
    /// <param name="value">The concentration.</param>
    /// <returns>The quantity.</returns>
    public static Quantity MicrogramsPerCubicMetre(decimal value) => new(value, Unit.MicrogramsPerCubicMetre);

    /// <summary>A mass concentration in mg/m³.</summary>
    /// <param name="value">The concentration.</param>
    /// <returns>The quantity.</returns>
    public static Quantity MilligramsPerCubicMetre(decimal value) => new(value, Unit.MilligramsPerCubicMetre);

    /// <summary>A number of calendar days.</summary>
    /// <param name="value">Days.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromDays(decimal value) => new(value, Unit.Days);

    /// <summary>A number of working days.</summary>
    /// <param name="value">Working days.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromWorkingDays(decimal value) => new(value, Unit.WorkingDays);

    /// <summary>A count in a count unit (items, cases, persons, times).</summary>
    /// <param name="count">The count.</param>
    /// <param name="unit">The count unit.</param>
    /// <returns>The quantity.</returns>
    public static Quantity FromCount(long count, Unit unit) => new(count, unit);

    /// <summary>Converts exactly to another unit of the same dimension.</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The same amount in <paramref name="unit"/>.</returns>
    /// <exception cref="InvalidOperationException">The units measure different things.</exception>
    public Quantity ConvertTo(Unit unit) => new(Units.Convert(Value, Unit, unit), unit);

    /// <summary>Converts exactly to another unit when the dimensions agree.</summary>
    /// <param name="unit">The target unit.</param>
    /// <param name="converted">The converted quantity.</param>
    /// <returns>False when the units measure different things.</returns>
    public bool TryConvertTo(Unit unit, out Quantity converted)
    {
        if (!Unit.IsCompatibleWith(unit))
        {
            converted = default;
            return false;
        }
        converted = ConvertTo(unit);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Quantity other) => Unit.IsCompatibleWith(other.Unit) && CompareAmounts(this, other) == 0;

    /// <summary>
    /// Compares two amounts of one dimension in its base unit, where conversion is an exact multiplication — the same
    /// rule for both orders, so equality is symmetric and agrees with the hash. Amounts too large for the base unit
    /// compare in the larger unit.
    /// </summary>
    private static int CompareAmounts(Quantity left, Quantity right)
    {
        if (Units.TryToBase(left.Value, left.Unit) is { } a && Units.TryToBase(right.Value, right.Unit) is { } b)
        {
            return a.CompareTo(b);
        }
        Unit larger = Units.Factor(left.Unit) >= Units.Factor(right.Unit) ? left.Unit : right.Unit;
        return Units.Convert(left.Value, left.Unit, larger).CompareTo(Units.Convert(right.Value, right.Unit, larger));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Equal quantities have equal amounts in the base unit; an amount too large to convert hashes by dimension alone.
        decimal? amount = Units.TryToBase(Value, Unit);
        return amount is { } value ? HashCode.Combine(Unit.GetDimension(), value) : Unit.GetDimension().GetHashCode();
    }

    /// <summary>Compares amounts of the same dimension.</summary>
    /// <param name="other">Another quantity.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public int CompareTo(Quantity other)
    {
        if (!Unit.IsCompatibleWith(other.Unit))
        {
            throw new ArgumentException($"Cannot compare {Unit.Code()} with {other.Unit.Code()}.", nameof(other));
        }
        return CompareAmounts(this, other);
    }

    /// <summary>Equality after conversion.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Inequality after conversion.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <summary>Ordering within a dimension.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when smaller.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Ordering within a dimension.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when smaller or equal.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering within a dimension.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when larger.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Ordering within a dimension.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when larger or equal.</returns>
    /// <exception cref="ArgumentException">The dimensions differ.</exception>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>52 µg/m³</c> with the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount with <paramref name="format"/> (a decimal format) followed by the unit symbol.</summary>
    /// <param name="format">A standard or custom decimal format, or null.</param>
    /// <param name="formatProvider">The culture for the number; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string number = Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
        return Unit == Unit.Percent ? number + "%" : number + " " + Unit.Symbol();
    }
}
