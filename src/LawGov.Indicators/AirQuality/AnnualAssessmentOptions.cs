using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>How an annual assessment (HJ 663) is made and reported.</summary>
/// <remarks>Immutable (init-only). Equality is reference equality.</remarks>
public sealed class AnnualAssessmentOptions
{
    /// <summary>The AQI rule set for the daily AQI, good days and categories. Must support hourly assessment (not EPA).</summary>
    public required AirQualityStandard Standard { get; init; }

    /// <summary>The calendar year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>
    /// Flagged days (dust, exceptional events) left out of every statistic of the year: the daily AQI count, the annual
    /// means and the percentiles. Their valid data still counts toward completeness (library decision). Default none.
    /// </summary>
    public IReadOnlySet<LocalDate> ExcludedDates { get; init; } = new HashSet<LocalDate>();

    /// <summary>Reported precision of µg/m³ figures. Default GB/T 8170 half-even to integers (MEE bulletins).</summary>
    public RoundingRule MassConcentrationPrecision { get; init; } = RoundingRule.GbT8170(0);

    /// <summary>Reported precision of CO (mg/m³). Default GB/T 8170 half-even to one decimal.</summary>
    public RoundingRule CoPrecision { get; init; } = RoundingRule.GbT8170(1);

    /// <summary>Reported precision of the good-day rate (percent). Default GB/T 8170 half-even to one decimal.</summary>
    public RoundingRule PercentPrecision { get; init; } = RoundingRule.GbT8170(1);

    /// <summary>How many sites are assessed at once. Default: the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    internal RoundingRule Precision(Pollutant pollutant) => pollutant == Pollutant.Co ? CoPrecision : MassConcentrationPrecision;
}
