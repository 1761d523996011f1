using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The annual attainment (达标) of one pollutant at one site: each of its HJ 663 annual statistics compared with the GB
/// 3095 limit of the same averaging period.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class PollutantAttainment
{
    internal PollutantAttainment(Pollutant pollutant, IReadOnlyList<LimitCheck> checks)
    {
        Pollutant = pollutant;
        Checks = checks;
        Attains = checks.Any(c => c.Attains == false) ? false : checks.All(c => c.Attains == true) ? true : null;
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary>
    /// The comparisons: SO2, NO2, PM10, PM2.5 the annual mean with the annual limit and the 24-hour-mean percentile (p98,
    /// p98, p95, p95) with the 24-hour limit; CO the 24-hour p95 with the 24-hour limit; O3 the MDA8 p90 with the 8-hour limit.
    /// </summary>
    public IReadOnlyList<LimitCheck> Checks { get; }

    /// <summary>
    /// True when every check attains, false when any exceeds its limit, null when a check lacks valid days and none
    /// exceeds.
    /// </summary>
    public bool? Attains { get; }

    /// <summary>Judges the six pollutants of a site from its annual means and percentiles.</summary>
    internal static PollutantAttainment[] Judge(IReadOnlyList<AnnualStatistic> means, IReadOnlyList<AnnualStatistic> percentiles, AnnualAssessmentOptions options)
    {
        ConcentrationLimits limits = options.Limits!;
        LimitGrade grade = options.Grade;
        var result = new PollutantAttainment[6];
        for (int p = 0; p < 6; p++)
        {
            var pollutant = (Pollutant)p;
            var checks = new List<LimitCheck>(2);
            RoundingRule precision = options.Precision(pollutant);
            if (means.FirstOrDefault(s => s.Pollutant == pollutant) is { } mean && limits.AnnualLimit(pollutant, grade) is decimal annual)
            {
                checks.Add(new LimitCheck(mean, null, annual, precision));
            }
            AveragingPeriod shortTerm = pollutant == Pollutant.O3 ? AveragingPeriod.EightHours : AveragingPeriod.TwentyFourHours;
            if (percentiles.FirstOrDefault(s => s.Pollutant == pollutant) is { } percentile && limits.Limit(pollutant, shortTerm, grade) is decimal limit)
            {
                checks.Add(new LimitCheck(percentile, shortTerm, limit, precision));
            }
            result[p] = new PollutantAttainment(pollutant, checks.AsReadOnly());
        }
        return result;
    }
}
