using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>How the actual value fares against one <see cref="Tier"/> of a target.</summary>
public sealed class TierResult
{
    internal TierResult(Tier tier, TargetStatus status, decimal? margin)
    {
        Tier = tier;
        Status = status;
        Margin = margin;
    }

    /// <summary>The tier.</summary>
    public Tier Tier { get; }

    /// <summary>Met or not met at this tier (or the target's status when no value could be judged).</summary>
    public TargetStatus Status { get; }

    /// <summary>Signed margin against the tier's condition, in the indicator's unit.</summary>
    public decimal? Margin { get; }
}
