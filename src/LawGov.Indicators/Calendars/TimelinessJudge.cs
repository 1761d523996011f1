using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>An error found while judging, with its line relative to its chunk (fixed up when the parts merge).</summary>
internal readonly record struct PendingError(int Chunk, long Line, string? Column, string Message);

/// <summary>An overdue record found while judging, in day numbers.</summary>
internal readonly record struct PendingOverdue(int Chunk, long Line, int Group, int Start, int Due, int End, int Days);

/// <summary>
/// Judges records already reduced to day numbers and a dense group id — the one mechanism behind every timeliness
/// reader (the CSV workers, in-memory records, span batches): the checks each record passes, the due-day lookup, the
/// branch-free tally, the bad records and the overdue list. Not thread-safe: each worker has its own, and
/// <see cref="TimelinessReportBuilder"/> merges them.
/// </summary>
internal sealed class TimelinessJudge
{
    private readonly TimelinessRule rule;
    private readonly DueDayTable table;
    private readonly bool listOverdue;
    private readonly int maxErrors;
    private readonly string? startName;
    private readonly string? endName;
    private readonly TimelinessTally tally;

    internal TimelinessJudge(TimelinessRule rule, bool listOverdue, int maxErrors, int groups, string? startName, string? endName)
    {
        this.rule = rule;
        table = rule.Table;
        this.listOverdue = listOverdue;
        this.maxErrors = maxErrors;
        this.startName = startName;
        this.endName = endName;
        tally = new TimelinessTally(rule.AsOfDay, groups, rule.Mode);
    }

    internal List<PendingError> Errors { get; } = [];

    internal List<PendingOverdue> Overdue { get; } = [];

    internal long ErrorCount { get; private set; }

    /// <summary>Records read, used or not (the reader counts them).</summary>
    internal long RecordCount { get; set; }

    internal TimelinessCounts CountsOf(int group) => tally.CountsOf(group);

    /// <summary>The records of a group that had not started on the as-of date (snapshot mode), in no count.</summary>
    internal long NotStartedOf(int group) => tally.NotStartedOf(group);

    /// <summary>
    /// The due day of a record, after checking that its completion is not before its start; false, with the error
    /// recorded, when the record cannot be judged. The hot path is a comparison and a table read; the rest is out of line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryDue(int startDay, int endDay, int chunk, long line, out int due)
    {
        if (endDay < startDay && endDay != DayNumbers.None)
        {
            due = 0;
            return CompletionBeforeStart(startDay, endDay, chunk, line);
        }
        due = table.DueDay(startDay);
        return due != DueDayTable.Uncovered || TryDueOutsideTable(startDay, chunk, line, out due);
    }

    /// <summary>Counts a record whose due day is known.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Count(int group, int startDay, int due, int endDay, int chunk, long line)
    {
        TimelinessOutcome outcome = tally.Add(group, startDay, due, endDay, out int days);
        if (outcome == TimelinessOutcome.Overdue && listOverdue)
        {
            ListOverdue(group, startDay, due, endDay, days, chunk, line);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CompletionBeforeStart(int startDay, int endDay, int chunk, long line)
    {
        if (CountError())
        {
            KeepError(chunk, line, endName, "the completion date " + DayNumbers.Format(endDay) + " is before the start date " + DayNumbers.Format(startDay));
        }
        return false;
    }

    /// <summary>A start the table does not hold (outside the coverage): the schedule itself, or the coverage error.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryDueOutsideTable(int startDay, int chunk, long line, out int due)
    {
        if (rule.TryDueDay(startDay, out due))
        {
            return true;
        }
        if (CountError())
        {
            KeepError(chunk, line, startName, rule.Calendar.Uncovered(due).Message);
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ListOverdue(int group, int startDay, int due, int endDay, int days, int chunk, long line)
    {
        // In a snapshot a completion after the as-of date had not happened yet: the record is listed as open.
        int shown = rule.Mode == AsOfMode.Snapshot && endDay > rule.AsOfDay ? DayNumbers.None : endDay;
        Overdue.Add(new PendingOverdue(chunk, line, group, startDay, due, shown, days));
    }

    /// <summary>Counts and keeps an error whose message is already made (a constant); see <see cref="CountError"/>.</summary>
    internal void AddError(int chunk, long line, string? column, string message)
    {
        if (CountError())
        {
            KeepError(chunk, line, column, message);
        }
    }

    /// <summary>
    /// Counts one bad record (every one, so <see cref="ErrorCount"/> is exact) and says whether its message is still to
    /// be kept: true while fewer than the cap are kept. A caller whose message costs something to make (a formatted
    /// date, an exception's text) makes it only then and passes it to <see cref="KeepError"/>, so a file of ten
    /// million bad records formats a hundred messages, not ten million.
    /// </summary>
    internal bool CountError()
    {
        ErrorCount++;
        return Errors.Count < maxErrors;
    }

    /// <summary>Keeps the message of an error just counted by <see cref="CountError"/> (which returned true).</summary>
    internal void KeepError(int chunk, long line, string? column, string message) => Errors.Add(new PendingError(chunk, line, column, message));
}

/// <summary>Merges the judges of one read into a <see cref="TimelinessReport"/>.</summary>
internal static class TimelinessReportBuilder
{
    /// <summary>One judge with its number of groups and their keys (null: a group counted in the overall counts only).</summary>
    internal readonly record struct Part(TimelinessJudge Judge, int Groups, Func<int, string?> KeyOf);

    /// <summary>Builds the report; <paramref name="lineOf"/> turns a (chunk, line) pair into the line reported.</summary>
    internal static TimelinessReport Build(IEnumerable<Part> parts, Func<int, long, long> lineOf, int maxErrors)
    {
        var byKey = new Dictionary<string, TimelinessCounts>(StringComparer.Ordinal);
        TimelinessCounts overall = default;
        var errors = new List<RecordError>();
        var overdue = new List<OverdueRecord>();
        long errorCount = 0, recordCount = 0, notStarted = 0;
        foreach (Part part in parts)
        {
            TimelinessJudge judge = part.Judge;
            for (int group = 0; group < part.Groups; group++)
            {
                TimelinessCounts counts = judge.CountsOf(group);
                overall += counts;
                notStarted += judge.NotStartedOf(group);
                // A group exists when one of its records was counted (a key seen only on bad records is no group).
                if (counts.Total > 0 && part.KeyOf(group) is { } key)
                {
                    byKey[key] = byKey.TryGetValue(key, out TimelinessCounts existing) ? existing + counts : counts;
                }
            }
            errorCount += judge.ErrorCount;
            recordCount += judge.RecordCount;
            foreach (PendingError e in judge.Errors)
            {
                errors.Add(new RecordError(lineOf(e.Chunk, e.Line), e.Column, e.Message));
            }
            foreach (PendingOverdue o in judge.Overdue)
            {
                overdue.Add(new OverdueRecord(
                    lineOf(o.Chunk, o.Line),
                    part.KeyOf(o.Group),
                    DayNumbers.ToDate(o.Start),
                    DayNumbers.ToDate(o.Due),
                    o.End == DayNumbers.None ? null : DayNumbers.ToDate(o.End),
                    o.Days));
            }
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count > maxErrors)
        {
            errors.RemoveRange(maxErrors, errors.Count - maxErrors);
        }
        overdue.Sort((a, b) => a.Line.CompareTo(b.Line));
        TimelinessGroup[] groups = byKey
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new TimelinessGroup(p.Key, p.Value))
            .ToArray();
        return new TimelinessReport(overall, Array.AsReadOnly(groups), overdue.AsReadOnly(), errors.AsReadOnly(), errorCount, recordCount, notStarted);
    }
}
