using LawGov.Indicators.Evaluation;

namespace LawGov.Indicators.Cli.Output;

/// <summary>Short status names for tables.</summary>
internal static class StatusText
{
    public static string Of(TargetStatus status) => status switch
    {
        TargetStatus.Met => "met",
        TargetStatus.NotMet => "NOT MET",
        TargetStatus.NotApplicable => "n/a",
        TargetStatus.NoData => "no data",
        TargetStatus.Indeterminate => "indeterminate",
        _ => "INVALID",
    };
}
