using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>How an annual assessment (HJ 663) is made and reported.</summary>
/// <remarks>Immutable. Equality is reference equality.</remarks>
public sealed class AnnualAssessmentOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="standard">The AQI rule set for the daily AQI, good days and categories; must support hourly
    /// assessment (not EPA).</param>
    /// <param name="year">The calendar year assessed.</param>
    /// <param name="excludedDates">Flagged days (dust, exceptional events) left out of every statistic of the year: the
    /// daily AQI count, the annual means and the percentiles. Their valid data still counts toward completeness (library
    /// decision). Default none.</param>
    /// <param name="massConcentrationPrecision">Reported precision of µg/m³ figures; default GB/T 8170 half-even to
    /// integers (MEE bulletins).</param>
    /// <param name="coPrecision">Reported precision of CO (mg/m³); default GB/T 8170 half-even to one decimal.</param>
    /// <param name="percentPrecision">Reported precision of the good-day rate (percent); default GB/T 8170 half-even to
    /// one decimal.</param>
    /// <param name="maxDegreeOfParallelism">How many sites are assessed at once; null for the processor count.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1..9998 or
    /// <paramref name="maxDegreeOfParallelism"/> outside 1..1024.</exception>
    public AnnualAssessmentOptions(
        AirQualityStandard standard,
        int year,
        IEnumerable<LocalDate>? excludedDates = null,
        RoundingRule? massConcentrationPrecision = null,
        RoundingRule? coPrecision = null,
        RoundingRule? percentPrecision = null,
        int? maxDegreeOfParallelism = null)
    {
        Standard = Preconditions.CheckNotNull(standard, nameof(standard));
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        Year = year;
        ExcludedDates = new HashSet<LocalDate>(excludedDates ?? []);
        MassConcentrationPrecision = massConcentrationPrecision ?? RoundingRule.GbT8170(0);
        CoPrecision = coPrecision ?? RoundingRule.GbT8170(1);
        PercentPrecision = percentPrecision ?? RoundingRule.GbT8170(1);
        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), MaxDegreeOfParallelism, 1, 1024);
    }

    /// <summary>The AQI rule set for the daily AQI, good days and categories.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The calendar year assessed.</summary>
    public int Year { get; }

    /// <summary>Flagged days left out of every statistic of the year (their valid data still counts toward completeness).</summary>
    public IReadOnlySet<LocalDate> ExcludedDates { get; }

    /// <summary>Reported precision of µg/m³ figures.</summary>
    public RoundingRule MassConcentrationPrecision { get; }

    /// <summary>Reported precision of CO (mg/m³).</summary>
    public RoundingRule CoPrecision { get; }

    /// <summary>Reported precision of the good-day rate (percent).</summary>
    public RoundingRule PercentPrecision { get; }

    /// <summary>How many sites are assessed at once.</summary>
    public int MaxDegreeOfParallelism { get; }

    internal RoundingRule Precision(Pollutant pollutant) => pollutant == Pollutant.Co ? CoPrecision : MassConcentrationPrecision;
}
