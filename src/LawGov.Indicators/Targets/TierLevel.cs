namespace LawGov.Indicators.Targets;

/// <summary>Which of several thresholds on one indicator a tier is.</summary>
public enum TierLevel
{
    /// <summary>A legal or statutory minimum (e.g. a GB 3095 limit).</summary>
    Statutory = 0,

    /// <summary>A national or higher-level target the local plan sits under.</summary>
    National = 1,

    /// <summary>The plan's own target.</summary>
    Plan = 2,

    /// <summary>A stretch goal beyond the plan.</summary>
    Stretch = 3,
}
