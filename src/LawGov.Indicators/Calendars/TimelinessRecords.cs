using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Judges timeliness records already held in memory — a sequence, an async stream, or arrays of start and completion
/// dates — with the same checks, tally and report as <see cref="TimelinessCsv"/> (one mechanism: the same records give
/// the same counts, bad records and overdue list whichever way they come in).
/// </summary>
/// <remarks>
/// <para>
/// A record whose completion is before its start, or whose start the calendar cannot answer, is reported in
/// <see cref="TimelinessReport.Errors"/> and not counted; the others still are. In these reports
/// <see cref="RecordError.Line"/> and <see cref="OverdueRecord.Line"/> are the 1-based position of the record in the
/// input, and the columns are named <c>Start</c> and <c>Completed</c>.
/// </para>
/// <para>Nothing is allocated per record; memory grows with the number of groups (and the overdue list when asked for).</para>
/// </remarks>
public static class TimelinessRecords
{
    /// <summary>How often the async pass checks its cancellation token, in records.</summary>
    private const int CancellationStride = 4096;

    /// <summary>Judges a sequence of records in one pass.</summary>
    /// <param name="records">The records; a record with a key is counted in its group too.</param>
    /// <param name="rule">How records are judged.</param>
    /// <param name="listOverdue">True to list the overdue records.</param>
    /// <param name="maxErrors">How many errors to keep with their messages (all are counted).</param>
    /// <returns>The report; <see cref="TimelinessReport.RecordCount"/> counts every record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is negative.</exception>
    public static TimelinessReport Judge(IEnumerable<TimelinessRecord> records, TimelinessRule rule, bool listOverdue = false, int maxErrors = 100)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var reader = new KeyedReader(rule, listOverdue, maxErrors);
        foreach (TimelinessRecord record in records)
        {
            reader.Add(record);
        }
        return reader.Report();
    }

    /// <summary>Judges an async stream of records in one pass.</summary>
    /// <param name="records">The records; a record with a key is counted in its group too.</param>
    /// <param name="rule">How records are judged.</param>
    /// <param name="listOverdue">True to list the overdue records.</param>
    /// <param name="maxErrors">How many errors to keep with their messages (all are counted).</param>
    /// <param name="cancellationToken">Stops the pass; passed to the stream and checked every 4,096 records.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    public static async ValueTask<TimelinessReport> JudgeAsync(
        IAsyncEnumerable<TimelinessRecord> records,
        TimelinessRule rule,
        bool listOverdue = false,
        int maxErrors = 100,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        var reader = new KeyedReader(rule, listOverdue, maxErrors);
        int sinceCheck = 0;
        await foreach (TimelinessRecord record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            reader.Add(record);
            if (++sinceCheck == CancellationStride)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return reader.Report();
    }

    /// <summary>Judges records held as arrays: record i started on <c>starts[i]</c> and was completed on <c>completed[i]</c>.</summary>
    /// <param name="starts">The start dates.</param>
    /// <param name="completed">The completion dates (null when not completed), as many as <paramref name="starts"/>.</param>
    /// <param name="rule">How records are judged.</param>
    /// <param name="listOverdue">True to list the overdue records.</param>
    /// <param name="maxErrors">How many errors to keep with their messages (all are counted).</param>
    /// <returns>The report, with overall counts only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is negative.</exception>
    public static TimelinessReport Judge(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<LocalDate?> completed, TimelinessRule rule, bool listOverdue = false, int maxErrors = 100)
    {
        Preconditions.CheckArgument(starts.Length == completed.Length, nameof(completed), "There must be one completion entry (or null) per start date.");
        TimelinessJudge judge = NewJudge(rule, listOverdue, maxErrors, 1);
        for (int i = 0; i < starts.Length; i++)
        {
            Add(judge, starts[i], completed[i], 0, i);
        }
        return Report(judge, 1, _ => null, maxErrors);
    }

    /// <summary>
    /// Judges records held as arrays, grouped: record i started on <c>starts[i]</c>, was completed on
    /// <c>completed[i]</c>, and belongs to the group <c>keys[groupIds[i]]</c>.
    /// </summary>
    /// <param name="starts">The start dates.</param>
    /// <param name="completed">The completion dates (null when not completed), as many as <paramref name="starts"/>.</param>
    /// <param name="groupIds">Each record's index into <paramref name="keys"/>, as many as <paramref name="starts"/>.</param>
    /// <param name="keys">The group keys (groups with the same key are counted together).</param>
    /// <param name="rule">How records are judged.</param>
    /// <param name="listOverdue">True to list the overdue records.</param>
    /// <param name="maxErrors">How many errors to keep with their messages (all are counted).</param>
    /// <returns>The report, overall and per group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keys"/> or <paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or a key is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group id is not an index into <paramref name="keys"/>, or
    /// <paramref name="maxErrors"/> is negative.</exception>
    public static TimelinessReport Judge(
        ReadOnlySpan<LocalDate> starts,
        ReadOnlySpan<LocalDate?> completed,
        ReadOnlySpan<int> groupIds,
        IReadOnlyList<string> keys,
        TimelinessRule rule,
        bool listOverdue = false,
        int maxErrors = 100)
    {
        IReadOnlyList<string> groupKeys = Preconditions.CheckNoNulls(Preconditions.CheckNotNull(keys, nameof(keys)), nameof(keys));
        Preconditions.CheckArgument(starts.Length == completed.Length, nameof(completed), "There must be one completion entry (or null) per start date.");
        Preconditions.CheckArgument(starts.Length == groupIds.Length, nameof(groupIds), "There must be one group id per start date.");
        TimelinessJudge judge = NewJudge(rule, listOverdue, maxErrors, groupKeys.Count);
        for (int i = 0; i < starts.Length; i++)
        {
            int group = groupIds[i];
            if ((uint)group >= (uint)groupKeys.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(groupIds), group, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Group id {group} of record {i} is not an index into the {groupKeys.Count} keys."));
            }
            Add(judge, starts[i], completed[i], group, i);
        }
        return Report(judge, groupKeys.Count, group => groupKeys[group], maxErrors);
    }

    private static TimelinessJudge NewJudge(TimelinessRule rule, bool listOverdue, int maxErrors, int groups)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        Preconditions.CheckArgumentRange(nameof(maxErrors), maxErrors, 0, int.MaxValue);
        return new TimelinessJudge(rule, listOverdue, maxErrors, groups, "Start", "Completed");
    }

    private static void Add(TimelinessJudge judge, LocalDate start, LocalDate? completed, int group, long index)
    {
        int startDay = DayNumbers.FromDate(start);
        int endDay = completed is LocalDate done ? DayNumbers.FromDate(done) : DayNumbers.None;
        judge.RecordCount++;
        if (judge.TryDue(startDay, endDay, 0, index, out int due))
        {
            judge.Count(group, startDay, due, endDay, 0, index);
        }
    }

    private static TimelinessReport Report(TimelinessJudge judge, int groups, Func<int, string?> keyOf, int maxErrors) =>
        TimelinessReportBuilder.Build([new TimelinessReportBuilder.Part(judge, groups, keyOf)], (_, index) => index + 1, maxErrors);

    /// <summary>Records with string keys: group 0 holds the records without a key (overall only), keys get 1, 2, ….</summary>
    private sealed class KeyedReader
    {
        private readonly TimelinessJudge judge;
        private readonly int maxErrors;
        private readonly Dictionary<string, int> groups = new(StringComparer.Ordinal);
        private readonly List<string?> keys = [null];
        private long index;

        internal KeyedReader(TimelinessRule rule, bool listOverdue, int maxErrors)
        {
            judge = NewJudge(rule, listOverdue, maxErrors, 1);
            this.maxErrors = maxErrors;
        }

        internal void Add(in TimelinessRecord record)
        {
            int group = 0;
            if (record.Key is { } key && !groups.TryGetValue(key, out group))
            {
                group = keys.Count;
                groups.Add(key, group);
                keys.Add(key);
            }
            TimelinessRecords.Add(judge, record.Start, record.Completed, group, index++);
        }

        internal TimelinessReport Report() => TimelinessRecords.Report(judge, keys.Count, group => keys[group], maxErrors);
    }
}
