using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The mutable per-group counters behind a timeliness evaluation, indexed by dense group ids: one branch-free
/// classification (the rule of <see cref="DeadlineJudgment.Classify"/>, checked equal by a property test) and one
/// increment per record. Memory grows with the number of groups
/// only. Not thread-safe: each worker has its own, and they merge as <see cref="TimelinessCounts"/>.
/// </summary>
internal sealed class TimelinessTally
{
    private readonly int asOfDay;

    // A completion counts as such when on or before this day: the as-of day in the snapshot mode, otherwise any day.
    private readonly int completedBy;
    private long[] counts;

    internal TimelinessTally(int asOfDay, int groups = 1, AsOfMode mode = AsOfMode.Literal)
    {
        this.asOfDay = asOfDay;
        completedBy = mode == AsOfMode.Snapshot ? asOfDay : int.MaxValue;
        counts = new long[3 * Math.Max(groups, 1)];
    }

    internal int GroupCapacity => counts.Length / 3;

    /// <summary>Counts one record of <paramref name="group"/> with its due day; returns its outcome and the signed days from the due day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal TimelinessOutcome Add(int group, int dueDay, int endDay, out int days)
    {
        if ((uint)((group * 3) + 2) >= (uint)counts.Length)
        {
            Grow(group);
        }
        // DeadlineJudgment.Classify's rule without branches (outcomes are unpredictable record to record): completed
        // means a completion (in the snapshot mode: one on or before the as-of date); days run from the due day to the
        // completion or the as-of date; late (days > 0) is overdue, otherwise completed is timely and open is pending.
        int completed = (endDay != DayNumbers.None) & (endDay <= completedBy) ? 1 : 0;
        days = (completed != 0 ? endDay : asOfDay) - dueDay;
        int late = days > 0 ? 1 : 0;
        int outcome = late | (((late | completed) ^ 1) << 1);
        counts[(group * 3) + outcome]++;
        return (TimelinessOutcome)outcome;
    }

    /// <summary>The counts of a group; zero for a group that never had a record counted.</summary>
    internal TimelinessCounts CountsOf(int group) => group < GroupCapacity
        ? new(counts[group * 3], counts[(group * 3) + 1], counts[(group * 3) + 2])
        : default;

    private void Grow(int group) => Array.Resize(ref counts, 3 * Math.Max(group + 1, GroupCapacity * 2));
}
