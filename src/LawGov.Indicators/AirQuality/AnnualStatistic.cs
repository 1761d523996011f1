using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>What an <see cref="AnnualStatistic"/> measures.</summary>
public enum AnnualStatisticKind
{
    /// <summary>The arithmetic mean of the year's valid daily means (GB 3095-2026 §3.13).</summary>
    AnnualMean = 0,

    /// <summary>The HJ 663 percentile of the year's valid daily values (24-hour means; O3: MDA8).</summary>
    Percentile = 1,
}

/// <summary>
/// One annual figure of a site: an annual mean or an HJ 663 percentile, at full precision and as reported, with the
/// valid days it rests on and whether they meet the completeness rule (≥ 324 days, ≥ 27 in each month, 25 in February).
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AnnualStatistic
{
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="kind">Annual mean or percentile.</param>
    /// <param name="percentile">For a percentile, its fraction; null for a mean.</param>
    /// <param name="exact">The figure as an exact fraction, or null when no valid day was available.</param>
    /// <param name="precision">The reporting precision, applied to the exact figure.</param>
    /// <param name="unit">µg/m³, or mg/m³ for CO.</param>
    /// <param name="validDays">The valid daily values counted for completeness.</param>
    /// <param name="shortMonths">The months with fewer valid days than required.</param>
    internal AnnualStatistic(Pollutant pollutant, AnnualStatisticKind kind, decimal? percentile, Fraction? exact, RoundingRule precision, Unit unit, int validDays, IReadOnlyList<int> shortMonths)
    {
        Pollutant = pollutant;
        Kind = kind;
        Percentile = percentile;
        Exact = exact;
        Value = exact?.ToDecimal();
        // Rounded from the exact figure; at most to the decimals Value has, so the scale is that of Rounding.Round(Value).
        ReportedValue = exact?.Round(Math.Min(precision.Decimals, Value!.Value.Scale), precision.Mode);
        Unit = unit;
        ValidDays = validDays;
        ShortMonths = shortMonths;
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary>Annual mean or percentile.</summary>
    public AnnualStatisticKind Kind { get; }

    /// <summary>For a percentile, the fraction (0.98, 0.95 or 0.90); null for a mean.</summary>
    public decimal? Percentile { get; }

    /// <summary>
    /// The figure at full precision, or null when no valid day was available: exact when it has at most 20 decimals,
    /// otherwise (a daily mean of a city of 3 stations has endless decimals, and so may the year's) the midpoint of the
    /// interval of 10⁻²⁰ that holds it, 21 decimals. Either way it lies on the same side as the exact figure of every
    /// number with at most 20 decimals, equals none unless the figure does, and rounds as the figure does to up to 19
    /// decimals, so a comparison with a limit or target, or a rounding, gives the exact figure's answer.
    /// </summary>
    public decimal? Value { get; }

    /// <summary>The figure rounded once, from its exact value, to the declared reporting precision, or null.</summary>
    public decimal? ReportedValue { get; }

    /// <summary>The figure exactly (a mean or percentile of exact daily values), or null.</summary>
    internal Fraction? Exact { get; }

    /// <summary>µg/m³, or mg/m³ for CO.</summary>
    public Unit Unit { get; }

    /// <summary>The valid daily values of the year counted for completeness (excluded days with valid data included).</summary>
    public int ValidDays { get; }

    /// <summary>The months (1–12) with fewer valid days than required.</summary>
    public IReadOnlyList<int> ShortMonths { get; }

    /// <summary>True when the year has at least 324 valid days and no short month (GB 3095 Table 4, HJ 663).</summary>
    public bool IsComplete => ValidDays >= ValidityRules.MinimumDaysPerYear && ShortMonths.Count == 0;
}
