namespace LawGov.Indicators.Calendars;

/// <summary>
/// The result of judging a set of records: overall and per-group counts (with exact timely rates), the overdue
/// records when asked for, and the records that could not be used.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class TimelinessReport
{
    internal TimelinessReport(
        TimelinessCounts overall,
        IReadOnlyList<TimelinessGroup> groups,
        IReadOnlyList<OverdueRecord> overdueRecords,
        IReadOnlyList<RecordError> errors,
        long errorCount,
        long recordCount,
        long notStartedCount)
    {
        Overall = overall;
        Groups = groups;
        OverdueRecords = overdueRecords;
        Errors = errors;
        ErrorCount = errorCount;
        RecordCount = recordCount;
        NotStartedCount = notStartedCount;
    }

    /// <summary>The counts over all usable records.</summary>
    public TimelinessCounts Overall { get; }

    /// <summary>
    /// The counts per group, ordered by key (ordinal); a group appears when at least one of its records was counted.
    /// Empty when records were not grouped.
    /// </summary>
    public IReadOnlyList<TimelinessGroup> Groups { get; }

    /// <summary>The overdue records in input order, when they were asked for; otherwise empty.</summary>
    public IReadOnlyList<OverdueRecord> OverdueRecords { get; }

    /// <summary>The first errors in input order (at most the configured number); <see cref="ErrorCount"/> counts all.</summary>
    public IReadOnlyList<RecordError> Errors { get; }

    /// <summary>The number of records that could not be used.</summary>
    public long ErrorCount { get; }

    /// <summary>
    /// The number of records read, used or not: the non-blank records after the header (a record spans lines when a
    /// quoted field holds a line break), or the records given in memory.
    /// </summary>
    public long RecordCount { get; }

    /// <summary>
    /// In a snapshot (<see cref="AsOfMode.Snapshot"/>): the records that started after the as-of date, which did not
    /// exist on it — they are in no count (neither pending nor in a group) and counted here instead. Always 0 in the
    /// literal mode, which judges every record. Included in <see cref="RecordCount"/>.
    /// </summary>
    public long NotStartedCount { get; }
}
