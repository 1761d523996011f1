namespace LawGov.Indicators.Evaluation;

/// <summary>How statuses of parts combine into the status of a whole.</summary>
internal static class StatusRules
{
    /// <summary>
    /// All of the parts must hold: any NotMet decides; otherwise Invalid, Indeterminate and NoData (in that
    /// order) keep the whole from being judged; parts that are not applicable are left out; all not applicable
    /// makes the whole not applicable.
    /// </summary>
    internal static TargetStatus AllOf(IEnumerable<TargetStatus> statuses)
    {
        bool any = false, invalid = false, indeterminate = false, noData = false, met = false;
        foreach (TargetStatus status in statuses)
        {
            any = true;
            switch (status)
            {
                case TargetStatus.NotMet:
                    return TargetStatus.NotMet;
                case TargetStatus.Invalid:
                    invalid = true;
                    break;
                case TargetStatus.Indeterminate:
                    indeterminate = true;
                    break;
                case TargetStatus.NoData:
                    noData = true;
                    break;
                case TargetStatus.Met:
                    met = true;
                    break;
            }
        }
        return invalid ? TargetStatus.Invalid
            : indeterminate ? TargetStatus.Indeterminate
            : noData ? TargetStatus.NoData
            : met ? TargetStatus.Met
            : any ? TargetStatus.NotApplicable
            : TargetStatus.NoData;
    }

    /// <summary>Several statements of one figure: their common status, or Indeterminate when they disagree.</summary>
    internal static TargetStatus Agreeing(TargetStatus[] statuses) =>
        Array.TrueForAll(statuses, s => s == statuses[0]) ? statuses[0] : TargetStatus.Indeterminate;
}
