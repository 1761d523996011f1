using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One annual statistic compared with its GB 3095 limit: an annual mean with the annual limit, a 24-hour-mean
/// percentile with the 24-hour limit, the O3 MDA8 90th percentile with the 8-hour limit (HJ 663).
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class LimitCheck
{
    /// <param name="statistic">The statistic compared.</param>
    /// <param name="limitAveraging">The limit's averaging period (null: annual).</param>
    /// <param name="limit">The limit.</param>
    /// <param name="comparison">Whether the exact figure (full value) or the reported one is compared.</param>
    internal LimitCheck(AnnualStatistic statistic, AveragingPeriod? limitAveraging, decimal limit, ComparisonMethod comparison)
    {
        Statistic = statistic;
        LimitAveraging = limitAveraging;
        Limit = limit;
        bool rounded = comparison == ComparisonMethod.RoundedValue;
        ComparedValue = !statistic.IsComplete ? null : rounded ? statistic.ReportedValue : statistic.Value;
        // The full value is compared as the exact fraction, not through its decimal (which would give the same answer).
        Attains = ComparedValue is not decimal compared ? null
            : rounded || statistic.Exact is not Fraction exact ? compared <= limit
            : exact.CompareTo(limit) <= 0;
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

    /// <summary>
    /// True when the compared figure is at most the limit (a limit is the highest permitted value), null when there is
    /// none. At full precision the exact figure is compared, so a mean of exactly 35 attains a limit of 35 and one just
    /// above it does not, however many decimals it has.
    /// </summary>
    public bool? Attains { get; }
}
