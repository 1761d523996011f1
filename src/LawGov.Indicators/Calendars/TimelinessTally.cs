using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The mutable per-group counters behind a timeliness evaluation, indexed by dense group ids: one branch-free
/// classification (the rule of <see cref="DeadlineJudgment.Classify"/>, checked equal by a property test) and one
/// increment per record. Memory grows with the number of groups
/// only. Not thread-safe: each worker has its own, and they merge as <see cref="TimelinessCounts"/>.
/// </summary>
/// <remarks>
/// In the snapshot mode a record that started after the as-of date did not exist on that date: it is counted apart, as
/// <see cref="NotStarted"/>, in no count of <see cref="TimelinessCounts"/> (it would otherwise be pending, a record
/// nobody had received yet). Each group has four counters: timely, overdue, pending, not started.
/// </remarks>
internal sealed class TimelinessTally
{
    /// <summary>The outcome of a record that started after the as-of date, in the snapshot mode (not a public outcome).</summary>
    internal const TimelinessOutcome NotStarted = (TimelinessOutcome)3;

    private readonly int asOfDay;

    // A completion counts as such when on or before this day: the as-of day in the snapshot mode, otherwise any day.
    private readonly int completedBy;

    // A record exists when it started on or before this day: the as-of day in the snapshot mode, otherwise any day.
    private readonly int startedBy;
    private long[] counts;

    internal TimelinessTally(int asOfDay, int groups = 1, AsOfMode mode = AsOfMode.Literal)
    {
        this.asOfDay = asOfDay;
        completedBy = mode == AsOfMode.Snapshot ? asOfDay : int.MaxValue;
        startedBy = completedBy;
        counts = new long[4 * Math.Max(groups, 1)];
    }

    internal int GroupCapacity => counts.Length / 4;

    /// <summary>
    /// Counts one record of <paramref name="group"/> with its start and due day; returns its outcome (or
    /// <see cref="NotStarted"/>) and the signed days from the due day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TimelinessOutcome Add(int group, int startDay, int dueDay, int endDay, out int days)
    {
        if ((uint)((group * 4) + 3) >= (uint)counts.Length)
        {
            Grow(group);
        }
        // DeadlineJudgment.Classify's rule without branches (outcomes are unpredictable record to record): completed
        // means a completion (in the snapshot mode: one on or before the as-of date); days run from the due day to the
        // completion or the as-of date; late (days > 0) is overdue, otherwise completed is timely and open is pending.
        // A record not yet started (snapshot only) takes the fourth counter whatever the rest says: 0, 1 or 2 | 3 = 3.
        int completed = (endDay != DayNumbers.None) & (endDay <= completedBy) ? 1 : 0;
        days = (completed != 0 ? endDay : asOfDay) - dueDay;
        int late = days > 0 ? 1 : 0;
        int outcome = late | (((late | completed) ^ 1) << 1) | (startDay > startedBy ? 3 : 0);
        counts[(group * 4) + outcome]++;
        return (TimelinessOutcome)outcome;
    }

    /// <summary>The counts of a group; zero for a group that never had a record counted.</summary>
    internal TimelinessCounts CountsOf(int group) => group < GroupCapacity
        ? new(counts[group * 4], counts[(group * 4) + 1], counts[(group * 4) + 2])
        : default;

    /// <summary>The records of a group that had not started on the as-of date (snapshot mode; 0 otherwise).</summary>
    internal long NotStartedOf(int group) => group < GroupCapacity ? counts[(group * 4) + 3] : 0;

    private void Grow(int group) => Array.Resize(ref counts, 4 * Math.Max(group + 1, GroupCapacity * 2));
}
