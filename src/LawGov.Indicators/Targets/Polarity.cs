namespace LawGov.Indicators.Targets;

/// <summary>Which direction of an indicator is better.</summary>
public enum Polarity
{
    /// <summary>Higher values are better (rates, counts of good days).</summary>
    HigherIsBetter = 0,

    /// <summary>Lower values are better (concentrations, days taken, dates of completion).</summary>
    LowerIsBetter = 1,

    /// <summary>Values closer to a reference value are better.</summary>
    CloserIsBetter = 2,
}
