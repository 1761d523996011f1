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
    /// <param name="precision">The statistic's reporting rule: its comparison says whether the full value or the
    /// rounded one is compared (the same rule as a target's, <see cref="Evaluation.ValueJudgment.Compared"/>).</param>
    internal LimitCheck(AnnualStatistic statistic, AveragingPeriod? limitAveraging, decimal limit, RoundingRule precision)
    {
        Statistic = statistic;
        LimitAveraging = limitAveraging;
        Limit = limit;
        // Rounding the full value gives the reported figure (it rounds as the exact figure does to up to 19 decimals).
        ComparedValue = statistic.IsComplete ? Evaluation.ValueJudgment.Compared(precision, statistic.Value!.Value) : null;
        // The full value is compared as the exact fraction, not through its decimal (which would give the same answer).
        Attains = ComparedValue is not decimal compared ? null
            : precision.Comparison == ComparisonMethod.RoundedValue || statistic.Exact is not Fraction exact ? compared <= limit
            : exact.CompareTo(limit) <= 0;
    }

    /// <summary>The statistic compared.</summary>
    public AnnualStatistic Statistic { get; }

    /// <summary>The averaging period of the limit: null for the annual limit, 24 hours, or 8 hours (O3).</summary>
    public AveragingPeriod? LimitAveraging { get; }

    /// <summary>The limit, µg/m³ (CO mg/m³).</summary>
    public decimal Limit { get; }

    /// <summary>
    /// The value compared: the statistic at full precision (<see cref="AnnualStatistic.Value"/>: exact, or 21 decimals for
    /// a figure with endless decimals), or as reported when its precision rule compares rounded values; null when the
    /// statistic misses the completeness rule.
    /// </summary>
    public decimal? ComparedValue { get; }

    /// <summary>
    /// True when the compared figure is at most the limit (a limit is the highest permitted value), null when there is
    /// none. At full precision the exact figure is compared, so a mean of exactly 35 attains a limit of 35 and one just
    /// above it does not, however many decimals it has.
    /// </summary>
    public bool? Attains { get; }
}
