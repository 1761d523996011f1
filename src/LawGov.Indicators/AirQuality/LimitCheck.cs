namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One annual statistic compared with its GB 3095 limit: an annual mean with the annual limit, a 24-hour-mean
/// percentile with the 24-hour limit, the O3 MDA8 90th percentile with the 8-hour limit (HJ 663).
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class LimitCheck
{
    internal LimitCheck(AnnualStatistic statistic, AveragingPeriod? limitAveraging, decimal limit, decimal? comparedValue)
    {
        Statistic = statistic;
        LimitAveraging = limitAveraging;
        Limit = limit;
        ComparedValue = comparedValue;
        Attains = comparedValue is decimal value ? value <= limit : null;
    }

    /// <summary>The statistic compared.</summary>
    public AnnualStatistic Statistic { get; }

    /// <summary>The averaging period of the limit: null for the annual limit, 24 hours, or 8 hours (O3).</summary>
    public AveragingPeriod? LimitAveraging { get; }

    /// <summary>The limit, µg/m³ (CO mg/m³).</summary>
    public decimal Limit { get; }

    /// <summary>
    /// The value compared: the statistic at full precision, or as reported when the assessment compares rounded values;
    /// null when the statistic misses the completeness rule.
    /// </summary>
    public decimal? ComparedValue { get; }

    /// <summary>True when the compared value is at most the limit (a limit is the highest permitted value), null when there is none.</summary>
    public bool? Attains { get; }
}
