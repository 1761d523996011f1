namespace LawGov.Indicators.Evaluation;

/// <summary>The outcome of judging a target.</summary>
public enum TargetStatus
{
    /// <summary>The target holds (达标).</summary>
    Met = 0,

    /// <summary>The target does not hold (未达标).</summary>
    NotMet = 1,

    /// <summary>
    /// Nothing to judge (不适用): the denominator is 0 (a district that filed no documents), or the target is not
    /// yet due as of the evaluation date.
    /// </summary>
    NotApplicable = 2,

    /// <summary>No figure was reported for the target's indicator, scope and period (无数据). Zero is data; missing is not.</summary>
    NoData = 3,

    /// <summary>
    /// The figures cannot decide (无法判定): a partial-period figure, a sampled rate whose interval straddles the
    /// threshold, a value stated only as a bound, or conflicting statements that disagree on the outcome.
    /// </summary>
    Indeterminate = 4,

    /// <summary>The figure is impossible as stated (数据无效): a share above 100 %, negative counts, n/0.</summary>
    Invalid = 5,
}
