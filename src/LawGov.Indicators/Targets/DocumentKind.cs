namespace LawGov.Indicators.Targets;

/// <summary>What kind of document a target or figure comes from.</summary>
public enum DocumentKind
{
    /// <summary>A plan, work programme or key-points document that sets targets.</summary>
    Plan = 0,

    /// <summary>A report that states achieved figures.</summary>
    Report = 1,

    /// <summary>A law, regulation or normative document.</summary>
    Regulation = 2,

    /// <summary>A technical standard (GB, HJ, 40 CFR).</summary>
    Standard = 3,

    /// <summary>A data file or any other source.</summary>
    Other = 4,
}
