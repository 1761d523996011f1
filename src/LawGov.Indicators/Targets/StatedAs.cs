namespace LawGov.Indicators.Targets;

/// <summary>
/// How a document states a value: exactly, or only as a bound (1500多人 = more than 1500 persons).
/// </summary>
public enum StatedAs
{
    /// <summary>The value as stated, at the precision stated.</summary>
    Exact = 0,

    /// <summary>More than the value (N多, 超过N).</summary>
    MoreThan = 1,

    /// <summary>At least the value (N以上, 不少于N).</summary>
    AtLeast = 2,

    /// <summary>At most the value (N以下, 不超过N).</summary>
    AtMost = 3,

    /// <summary>Less than the value (不足N, 不满N).</summary>
    LessThan = 4,

    /// <summary>About the value (约N, 近N).</summary>
    Approximately = 5,
}
