using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Benchmarks.Calendars;

/// <summary>
/// Judging 10,000,000 records already held as day numbers: the due-day table lookup, the classification and the
/// per-group counters. The baseline is a plain loop over the same arrays with a fixed 28-day limit and no calendar.
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

    [Benchmark(Baseline = true)]
    public long PlainLoop()
    {
        int[] starts = data.StartDays, ends = data.EndDays;
        long timely = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (ends[i] != DayNumbers.None && ends[i] <= starts[i] + 28)
            {
                timely++;
            }
        }
        return timely;
    }

    [Benchmark]
    public TimelinessCounts Tally()
    {
        int[] starts = data.StartDays, ends = data.EndDays, groups = data.Groups;
        DueDayTable table = rule.Table;
        var tally = new TimelinessTally(rule.AsOfDay, TimelinessData.Units);
        for (int i = 0; i < starts.Length; i++)
        {
            tally.Add(groups[i], table.DueDay(starts[i]), ends[i], out _);
        }
        TimelinessCounts overall = default;
        for (int group = 0; group < TimelinessData.Units; group++)
        {
            overall += tally.CountsOf(group);
        }
        return overall;
    }
}
