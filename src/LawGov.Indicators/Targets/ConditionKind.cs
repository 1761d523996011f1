namespace LawGov.Indicators.Targets;

/// <summary>The shape of a <see cref="Condition"/>, as plans word it.</summary>
public enum ConditionKind
{
    /// <summary>≥ x: 以上, 不少于, 不低于, 达到.</summary>
    AtLeast = 0,

    /// <summary>≤ x: 以下, 不超过, 以内, 控制在…以下.</summary>
    AtMost = 1,

    /// <summary>= x.</summary>
    Exactly = 2,

    /// <summary>&gt; x: 超过, N多.</summary>
    MoreThan = 3,

    /// <summary>&lt; x: 不满, 低于.</summary>
    LessThan = 4,

    /// <summary>Between two values, each end inclusive or exclusive.</summary>
    Between = 5,
}
