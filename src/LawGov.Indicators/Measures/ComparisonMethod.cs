namespace LawGov.Indicators.Measures;

/// <summary>
/// How an actual value is compared with a limit (GB/T 8170-2008 §4.3).
/// </summary>
public enum ComparisonMethod
{
    /// <summary>
    /// Full-value comparison (全数值比较法): the unrounded actual value is compared with the limit. 99.95 % does
    /// not reach 100 %. The library default.
    /// </summary>
    FullValue = 0,

    /// <summary>
    /// Rounded-value comparison (修约值比较法): the actual value is first rounded to the declared precision with
    /// the declared mode, then compared. 99.95 % rounded half-even to one decimal is 100.0 % and reaches 100 %.
    /// </summary>
    RoundedValue = 1,
}
