using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Benchmarks.Calendars;

/// <summary>
/// Judging 10,000,000 records already held as day numbers: the due-day table lookup, the classification and the
/// per-group counters. The baseline is the floor: a plain loop over the same three arrays with a fixed 28-day limit and
/// no calendar, classifying each record without branches (as the tally does, since outcomes are unpredictable record to
/// record) by the same literal rule into the same per-group counters.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TimelinessInMemoryBenchmarks
{
    private const int Records = 10_000_000;

    private TimelinessData data = null!;
    private TimelinessRule rule = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = TimelinessData.Generate(Records);
        rule = new TimelinessRule(TimeLimit.WorkingDays(20), WorkingDayCalendar.ChinaMainland, new LocalDate(2025, 12, 31));
    }

    /// <summary>
    /// The floor: due 28 days after the start; completed when there is a completion (the literal rule the benchmarked
    /// tally applies: a completion counts whatever its date); late when the completion (or, if open, the as-of day) is
    /// after the due day; timely, overdue or pending by arithmetic alone.
    /// </summary>
    [Benchmark(Baseline = true)]
    public TimelinessCounts PlainLoop()
    {
        int[] starts = data.StartDays, ends = data.EndDays, groups = data.Groups;
        int asOf = rule.AsOfDay;
        var counts = new long[3 * TimelinessData.Units];
        for (int i = 0; i < starts.Length; i++)
        {
            int end = ends[i];
            int completed = end != DayNumbers.None ? 1 : 0;
            int last = asOf + ((end - asOf) & -completed); // the end when completed, else the as-of day
            int late = (int)((uint)(starts[i] + 28 - last) >> 31); // 1 when last is after the due day
            counts[(groups[i] * 3) + (late | (((late | completed) ^ 1) << 1))]++;
        }
        return Sum(counts);
    }

    [Benchmark]
    public TimelinessCounts Tally()
    {
        int[] starts = data.StartDays, ends = data.EndDays, groups = data.Groups;
        DueDayTable table = rule.Table;
        var tally = new TimelinessTally(rule.AsOfDay, TimelinessData.Units);
        for (int i = 0; i < starts.Length; i++)
        {
            tally.Add(groups[i], starts[i], table.DueDay(starts[i]), ends[i], out _);
        }
        TimelinessCounts overall = default;
        for (int group = 0; group < TimelinessData.Units; group++)
        {
            overall += tally.CountsOf(group);
        }
        return overall;
    }

    /// <summary>The per-group counters (timely, overdue, pending per group) added up.</summary>
    private static TimelinessCounts Sum(long[] counts)
    {
        TimelinessCounts overall = default;
        for (int group = 0; group < counts.Length; group += 3)
        {
            overall += new TimelinessCounts(counts[group], counts[group + 1], counts[group + 2]);
        }
        return overall;
    }
}
