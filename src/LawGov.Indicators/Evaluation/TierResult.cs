using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>How the actual value fares against one <see cref="Tier"/> of a target.</summary>
public sealed class TierResult
{
    private readonly RoundingRule rounding;
    private readonly Observation? actual;

    internal TierResult(Tier tier, TargetStatus status, RoundingRule rounding, Observation? actual)
    {
        Tier = tier;
        Status = status;
        this.rounding = rounding;
        this.actual = actual;
    }

    /// <summary>The tier.</summary>
    public Tier Tier { get; }

    /// <summary>Met or not met at this tier (or the target's status when no value could be judged).</summary>
    public TargetStatus Status { get; }

    /// <summary>Signed margin against the tier's condition, in the indicator's unit (see <see cref="TargetResult.Margin"/>).</summary>
    public decimal? Margin => actual is null ? null : ValueJudgment.Margin(Tier.Condition, rounding, actual);
}
