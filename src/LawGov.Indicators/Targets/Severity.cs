namespace LawGov.Indicators.Targets;

/// <summary>How much a missed target or a finding matters.</summary>
public enum Severity
{
    /// <summary>For information: worth knowing, not a problem in itself.</summary>
    Info = 0,

    /// <summary>A problem to look at; does not by itself make the data unusable.</summary>
    Warning = 1,

    /// <summary>A failure: a missed binding target, or data that cannot be used as stated.</summary>
    Error = 2,
}
