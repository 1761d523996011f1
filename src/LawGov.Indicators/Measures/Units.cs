using System.Collections.Frozen;

namespace LawGov.Indicators.Measures;

/// <summary>
/// Names, symbols and conversions of <see cref="Unit"/> values, from one table.
/// </summary>
public static class Units
{
    private sealed record Info(Unit Unit, string Code, string Symbol, string NameZh, string NameEn, Dimension Dimension, decimal Factor, string[] Aliases);

    // Factor: how many base units of the dimension one unit is (base: µg/m³, ppb; 1 elsewhere).
    private static readonly Info[] Table =
    [
        new(Unit.Percent, "%", "%", "百分比", "percent", Dimension.Ratio, 1m, ["percent"]),
        new(Unit.MicrogramsPerCubicMetre, "ug/m3", "µg/m³", "微克/立方米", "micrograms per cubic metre", Dimension.MassConcentration, 1m, ["µg/m³", "μg/m³", "µg/m3", "μg/m3"]),
        new(Unit.MilligramsPerCubicMetre, "mg/m3", "mg/m³", "毫克/立方米", "milligrams per cubic metre", Dimension.MassConcentration, 1000m, ["mg/m³"]),
        new(Unit.PartsPerBillion, "ppb", "ppb", "十亿分之一", "parts per billion", Dimension.MixingRatio, 1m, []),
        new(Unit.PartsPerMillion, "ppm", "ppm", "百万分之一", "parts per million", Dimension.MixingRatio, 1000m, []),
        new(Unit.Days, "days", "d", "天", "days", Dimension.CalendarDuration, 1m, ["d", "day"]),
        new(Unit.WorkingDays, "working-days", "wd", "个工作日", "working days", Dimension.WorkingDuration, 1m, ["wd", "working-day"]),
        new(Unit.ClassHours, "class-hours", "class hours", "学时", "class hours", Dimension.ClassHours, 1m, ["class-hour"]),
        new(Unit.Items, "items", "items", "项", "items", Dimension.Items, 1m, ["item"]),
        new(Unit.Cases, "cases", "cases", "件", "cases", Dimension.Cases, 1m, ["case"]),
        new(Unit.Persons, "persons", "persons", "人", "persons", Dimension.Persons, 1m, ["person"]),
        new(Unit.Times, "times", "times", "次", "times", Dimension.Times, 1m, ["time"]),
        new(Unit.TimesPerYear, "times-per-year", "times/year", "次/年", "times per year", Dimension.Frequency, 1m, ["times/year"]),
        new(Unit.Date, "date", "date", "日期", "date", Dimension.Date, 1m, []),
    ];

    private static readonly FrozenDictionary<string, Unit> ByName = BuildLookup();

    private static FrozenDictionary<string, Unit> BuildLookup()
    {
        var lookup = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (Info info in Table)
        {
            lookup[info.Code] = info.Unit;
            lookup[info.Symbol] = info.Unit;
            foreach (string alias in info.Aliases)
            {
                lookup[alias] = info.Unit;
            }
        }
        return lookup.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Info Get(Unit unit) =>
        (uint)unit < (uint)Table.Length ? Table[(int)unit] : throw new ArgumentOutOfRangeException(nameof(unit), unit, "Value is not a defined Unit.");

    /// <summary>All units, in declaration order.</summary>
    public static IReadOnlyList<Unit> All { get; } = Array.AsReadOnly(Table.Select(i => i.Unit).ToArray());

    /// <summary>The ASCII code used in JSON catalogs, e.g. <c>ug/m3</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string Code(this Unit unit) => Get(unit).Code;

    /// <summary>The display symbol, e.g. <c>µg/m³</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string Symbol(this Unit unit) => Get(unit).Symbol;

    /// <summary>The Chinese name, e.g. <c>微克/立方米</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string NameZh(this Unit unit) => Get(unit).NameZh;

    /// <summary>The English name, e.g. <c>micrograms per cubic metre</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static string NameEn(this Unit unit) => Get(unit).NameEn;

    /// <summary>What the unit measures.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not defined.</exception>
    public static Dimension GetDimension(this Unit unit) => Get(unit).Dimension;

    /// <summary>True when values in the two units convert into each other.</summary>
    /// <param name="unit">One unit.</param>
    /// <param name="other">The other unit.</param>
    /// <returns>True when both have the same dimension.</returns>
    public static bool IsCompatibleWith(this Unit unit, Unit other) => Get(unit).Dimension == Get(other).Dimension;

    /// <summary>Parses a unit code, symbol or alias (<c>ug/m3</c>, <c>µg/m³</c>, <c>%</c>, <c>working-days</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns>True when the text names a unit.</returns>
    public static bool TryParse(string? text, out Unit unit)
    {
        unit = default;
        return text is not null && ByName.TryGetValue(text.Trim(), out unit);
    }

    /// <summary>Every accepted spelling, for error messages.</summary>
    internal static string AcceptedCodes => string.Join(", ", Table.Select(i => i.Code));

    /// <summary>How many base units of its dimension one <paramref name="unit"/> is.</summary>
    internal static decimal Factor(Unit unit) => Get(unit).Factor;

    /// <summary>The amount in the base unit of its dimension (µg/m³, ppb, or the unit itself).</summary>
    internal static decimal? TryToBase(decimal value, Unit unit)
    {
        decimal factor = Get(unit).Factor;
        return Math.Abs(value) <= decimal.MaxValue / factor ? value * factor : null;
    }

    /// <summary>Converts between units of one dimension; false when the result does not fit in a decimal.</summary>
    internal static bool TryConvert(decimal value, Unit from, Unit to, out decimal converted)
    {
        try
        {
            converted = Convert(value, from, to);
            return true;
        }
        catch (OverflowException)
        {
            converted = 0;
            return false;
        }
    }

    /// <summary>Converts a value exactly between units of one dimension.</summary>
    internal static decimal Convert(decimal value, Unit from, Unit to)
    {
        Info source = Get(from);
        Info target = Get(to);
        if (source.Dimension != target.Dimension)
        {
            throw new InvalidOperationException($"Cannot convert {source.Code} to {target.Code}: they measure different things.");
        }
        return source.Factor == target.Factor ? value : value * source.Factor / target.Factor;
    }
}
