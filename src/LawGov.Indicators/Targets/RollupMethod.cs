namespace LawGov.Indicators.Targets;

/// <summary>
/// How values of child units combine into a parent's value (city from counties, county from departments).
/// Declared per indicator, because averaging rates and adding their counts give different answers.
/// </summary>
public enum RollupMethod
{
    /// <summary>Σ numerators / Σ denominators: the default for rates.</summary>
    RatioOfSums = 0,

    /// <summary>The sum of child values: the default for counts.</summary>
    Sum = 1,

    /// <summary>The unweighted mean of child values (China: city concentration = mean over stations).</summary>
    MeanOfUnits = 2,

    /// <summary>The worst child value by the indicator's polarity.</summary>
    WorstChild = 3,

    /// <summary>The number of children that meet the target.</summary>
    CountMeetingTarget = 4,

    /// <summary>The largest child value (US EPA: the highest monitor).</summary>
    Maximum = 5,
}
