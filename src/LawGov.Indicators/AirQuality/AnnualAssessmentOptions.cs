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
    /// <param name="massConcentrationPrecision">Reported precision of µg/m³ figures, and by its
    /// <see cref="RoundingRule.Comparison"/> whether the full-precision figure (full value, the library's rule) or the
    /// reported one is compared with a limit (GB/T 8170 §4.3; which one HJ 663 uses is not confirmed); default GB/T
    /// 8170 half-even to integers (MEE bulletins), full value.</param>
    /// <param name="coPrecision">Reported precision of CO (mg/m³) and its limit comparison, as for µg/m³ figures;
    /// default GB/T 8170 half-even to one decimal, full value.</param>
    /// <param name="percentPrecision">Reported precision of the good-day rate (percent); default GB/T 8170 half-even to
    /// one decimal.</param>
    /// <param name="maxDegreeOfParallelism">How many sites are assessed at once; null for the processor count.</param>
    /// <param name="limits">The GB 3095 table the annual figures are judged against; null for the one paired with
    /// <paramref name="standard"/> in the phase in force on the year's last day (<see cref="ConcentrationLimits.For"/>).</param>
    /// <param name="grade">The limit grade; default grade II (class-2 zones, city attainment). Daily validity does not
    /// change with it: the MDA8 exception (fewer than 14 windows but above 160 µg/m³) stays on grade II.</param>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1..9999,
    /// <paramref name="maxDegreeOfParallelism"/> outside 1..1024, or <paramref name="grade"/> not a defined value.</exception>
    public AnnualAssessmentOptions(
        AirQualityStandard standard,
        int year,
        IEnumerable<LocalDate>? excludedDates = null,
        RoundingRule? massConcentrationPrecision = null,
        RoundingRule? coPrecision = null,
        RoundingRule? percentPrecision = null,
        int? maxDegreeOfParallelism = null,
        ConcentrationLimits? limits = null,
        LimitGrade grade = LimitGrade.GradeII)
    {
        Standard = Preconditions.CheckNotNull(standard, nameof(standard));
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Year = year;
        ExcludedDates = new HashSet<LocalDate>(excludedDates ?? []);
        MassConcentrationPrecision = massConcentrationPrecision ?? RoundingRule.GbT8170(0);
        CoPrecision = coPrecision ?? RoundingRule.GbT8170(1);
        PercentPrecision = percentPrecision ?? RoundingRule.GbT8170(1);
        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), MaxDegreeOfParallelism, 1, 1024);
        Grade = Preconditions.CheckDefined(grade, nameof(grade));
        Limits = limits ?? (standard.SupportsHourlyAssessment ? ConcentrationLimits.For(standard, new LocalDate(year, 12, 31)) : null);
    }

    /// <summary>The AQI rule set for the daily AQI, good days and categories.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The calendar year assessed.</summary>
    public int Year { get; }

    /// <summary>Flagged days left out of every statistic of the year (their valid data still counts toward completeness).</summary>
    public IReadOnlySet<LocalDate> ExcludedDates { get; }

    /// <summary>Reported precision of µg/m³ figures; its <see cref="RoundingRule.Comparison"/> says how they are compared with limits.</summary>
    public RoundingRule MassConcentrationPrecision { get; }

    /// <summary>Reported precision of CO (mg/m³); its <see cref="RoundingRule.Comparison"/> says how it is compared with limits.</summary>
    public RoundingRule CoPrecision { get; }

    /// <summary>Reported precision of the good-day rate (percent).</summary>
    public RoundingRule PercentPrecision { get; }

    /// <summary>How many sites are assessed at once.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>
    /// The GB 3095 table the annual figures are judged against: the one given, else the one paired with the standard for
    /// the year's last day; null for US EPA (which the annual assessment rejects).
    /// </summary>
    public ConcentrationLimits? Limits { get; }

    /// <summary>The limit grade (default grade II).</summary>
    public LimitGrade Grade { get; }

    /// <summary>The precision of a pollutant's figures (CO: <see cref="CoPrecision"/>, the others µg/m³), whose comparison applies to its limits.</summary>
    internal RoundingRule Precision(Pollutant pollutant) => pollutant == Pollutant.Co ? CoPrecision : MassConcentrationPrecision;
}
