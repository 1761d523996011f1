using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Cli.Output;

/// <summary>Qualifiers of a target or figure as table text: "soft", "implied", "soft, implied" or empty.</summary>
internal static class QualifierText
{
    public static string Of(Qualifiers qualifiers) => (qualifiers.HasFlag(Qualifiers.Soft), qualifiers.HasFlag(Qualifiers.Implied)) switch
    {
        (true, true) => "soft, implied",
        (true, false) => "soft",
        (false, true) => "implied",
        _ => string.Empty,
    };
}
