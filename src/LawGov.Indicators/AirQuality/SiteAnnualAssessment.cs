using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The annual assessment of one site (station or city): daily-AQI day counts, the good-day rate, the annual means and the
/// HJ 663 percentiles, and their attainment of the GB 3095 limits.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class SiteAnnualAssessment
{
    internal SiteAnnualAssessment(
        string name,
        int calendarDays,
        int excludedDays,
        int validDays,
        int goodDays,
        decimal? reportedGoodDayRate,
        int[] daysByLevel,
        AnnualStatistic[] annualMeans,
        AnnualStatistic[] percentiles,
        PollutantAttainment[] attainment)
    {
        Name = name;
        CalendarDays = calendarDays;
        ExcludedDays = excludedDays;
        ValidDays = validDays;
        GoodDays = goodDays;
        GoodDayRate = new Rate(goodDays, validDays);
        ReportedGoodDayRate = reportedGoodDayRate;
        DaysByLevel = Array.AsReadOnly(daysByLevel);
        AnnualMeans = Array.AsReadOnly(annualMeans);
        Percentiles = Array.AsReadOnly(percentiles);
        Attainment = Array.AsReadOnly(attainment);
        AttainsLimits = attainment.Any(a => a.Attains == false) ? false : attainment.All(a => a.Attains == true) ? true : null;
    }

    /// <summary>The station or city name.</summary>
    public string Name { get; }

    /// <summary>Days in the year: 365, or 366 in a leap year.</summary>
    public int CalendarDays { get; }

    /// <summary>
    /// Flagged days of the year that were left out: those with at least one valid daily value (a 24-hour mean or the
    /// MDA8) at this site. A flagged date without one (no rows, or too few hours) removed nothing and is not counted.
    /// </summary>
    public int ExcludedDays { get; }

    /// <summary>
    /// Days with a published daily AQI, excluded days left out: every daily indicator valid, or (HJ 633-2026 §5.3.1) a
    /// partial AQI above 100.
    /// </summary>
    public int ValidDays { get; }

    /// <summary>Valid days with AQI ≤ 100 (levels I–II, 优良天).</summary>
    public int GoodDays { get; }

    /// <summary>Good days over valid days, exactly (undefined when there is no valid day).</summary>
    public Rate GoodDayRate { get; }

    /// <summary>The good-day rate in percent at the declared precision, or null when undefined.</summary>
    public decimal? ReportedGoodDayRate { get; }

    /// <summary>Valid days per AQI level: index 0 is level 1 … index 5 is level 6.</summary>
    public IReadOnlyList<int> DaysByLevel { get; }

    /// <summary>Annual means of SO2, NO2, PM10 and PM2.5.</summary>
    public IReadOnlyList<AnnualStatistic> AnnualMeans { get; }

    /// <summary>HJ 663 percentiles of the daily series: PM2.5, PM10 and CO p95, SO2 and NO2 p98, O3 MDA8 p90.</summary>
    public IReadOnlyList<AnnualStatistic> Percentiles { get; }

    /// <summary>The attainment of each pollutant (PM2.5, PM10, SO2, NO2, CO, O3) against the assessment's GB 3095 limits.</summary>
    public IReadOnlyList<PollutantAttainment> Attainment { get; }

    /// <summary>
    /// True when all six pollutants attain (the site attains the standard), false when any does not, null when one lacks
    /// valid days and none fails. Each pollutant folds in all its checks, so for SO2, NO2, PM10 and PM2.5 the 24-hour
    /// percentile (p98, p98, p95, p95) counts beside the annual mean: whether bulletins require those daily percentiles
    /// for attainment is unverified (fact sheet §9: they judge on the four annual means, CO p95 and O3 p90); each
    /// check is in <see cref="Attainment"/> for a caller who judges on fewer.
    /// </summary>
    public bool? AttainsLimits { get; }

    /// <summary>True when every annual mean and percentile meets the completeness rule.</summary>
    public bool IsComplete => AnnualMeans.All(s => s.IsComplete) && Percentiles.All(s => s.IsComplete);
}
