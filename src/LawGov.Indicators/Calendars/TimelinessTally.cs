using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The mutable per-group counters behind a timeliness evaluation, indexed by dense group ids: one classification
/// (<see cref="DeadlineJudgment.Classify"/>) and one increment per record. Memory grows with the number of groups
/// only. Not thread-safe: each worker has its own, and they merge as <see cref="TimelinessCounts"/>.
/// </summary>
internal sealed class TimelinessTally
{
    // DeadlineStatus → TimelinessOutcome: Early, OnTime → Timely; Late → Overdue; NotYetDue → Pending; Overdue → Overdue.
    private static ReadOnlySpan<byte> OutcomeOfStatus => [0, 0, 1, 2, 1, 2];

    private readonly int asOfDay;
    private long[] counts;

    internal TimelinessTally(int asOfDay, int groups = 1)
    {
        this.asOfDay = asOfDay;
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
        int outcome = OutcomeOfStatus[(int)DeadlineJudgment.Classify(dueDay, endDay, asOfDay, out days)];
        counts[(group * 3) + outcome]++;
        return (TimelinessOutcome)outcome;
    }

    internal TimelinessCounts CountsOf(int group) =>
        new(counts[group * 3], counts[(group * 3) + 1], counts[(group * 3) + 2]);

    private void Grow(int group) => Array.Resize(ref counts, 3 * Math.Max(group + 1, GroupCapacity * 2));
}
