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
    internal AnnualStatistic(Pollutant pollutant, AnnualStatisticKind kind, decimal? percentile, decimal? value, decimal? reported, Unit unit, int validDays, IReadOnlyList<int> shortMonths)
    {
        Pollutant = pollutant;
        Kind = kind;
        Percentile = percentile;
        Value = value;
        ReportedValue = reported;
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

    /// <summary>The figure at full precision, or null when no valid day was available.</summary>
    public decimal? Value { get; }

    /// <summary>The figure rounded to the declared reporting precision, or null.</summary>
    public decimal? ReportedValue { get; }

    /// <summary>µg/m³, or mg/m³ for CO.</summary>
    public Unit Unit { get; }

    /// <summary>The valid daily values of the year counted for completeness (excluded days with valid data included).</summary>
    public int ValidDays { get; }

    /// <summary>The months (1–12) with fewer valid days than required.</summary>
    public IReadOnlyList<int> ShortMonths { get; }

    /// <summary>True when the year has at least 324 valid days and no short month (GB 3095 Table 4, HJ 663).</summary>
    public bool IsComplete => ValidDays >= ValidityRules.MinimumDaysPerYear && ShortMonths.Count == 0;
}
