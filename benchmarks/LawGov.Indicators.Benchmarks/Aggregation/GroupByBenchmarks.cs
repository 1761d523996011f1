using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Benchmarks.Calendars;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Benchmarks.Aggregation;

/// <summary>
/// Issue 6 W1 in memory: the timely rate of each of 1,000 units over 10,000,000 records (the seeded timeliness data;
/// a record is timely when completed within 28 days of its start), as a group-by of hit flags. The baseline is the
/// floor: a plain loop over the same two arrays incrementing two counters per record.
/// </summary>
[MemoryDiagnoser]
public class GroupByBenchmarks
{
    private const int Records = 10_000_000;

    private int[] groups = [];
    private bool[] hits = [];
    private string[] units = [];
    private LocalDate[] dates = [];
    private Reply[] replies = [];

    [GlobalSetup]
    public void Setup()
    {
        TimelinessData data = TimelinessData.Generate(Records);
        groups = data.Groups;
        hits = new bool[Records];
        for (int i = 0; i < Records; i++)
        {
            hits[i] = data.EndDays[i] != DayNumbers.None && data.EndDays[i] <= data.StartDays[i] + 28;
        }
        units = Enumerable.Range(0, TimelinessData.Units).Select(u => "unit-" + u.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        dates = new LocalDate[Records];
        replies = new Reply[Records];
        for (int i = 0; i < Records; i++)
        {
            dates[i] = DayNumbers.ToDate(data.StartDays[i]);
            replies[i] = new Reply(units[groups[i]], dates[i], hits[i]);
        }
    }

    /// <summary>The floor: records and hits per group in two arrays.</summary>
    [Benchmark(Baseline = true)]
    public long[] PlainLoop()
    {
        var counts = new long[2 * TimelinessData.Units];
        int[] ids = groups;
        bool[] flags = hits;
        for (int i = 0; i < ids.Length; i++)
        {
            counts[2 * ids[i]]++;
            counts[(2 * ids[i]) + 1] += flags[i] ? 1 : 0;
        }
        return counts;
    }

    /// <summary>The span entry point on this thread.</summary>
    [Benchmark]
    public GroupedRates Tally() => GroupedRates.Tally(groups, hits, units);

    /// <summary>The same arrays cut in two, one worker each, counters added.</summary>
    [Benchmark]
    public GroupedRates TallyTwoThreads() => GroupedRates.TallyParallel(groups, hits, units, 2);

    /// <summary>The span entry point with dates, per unit and month, on this thread: 1,000 units × 114 months.</summary>
    [Benchmark]
    public GroupedRates TallyArraysByMonth() => GroupedRates.Tally(groups, dates, hits, units, PeriodKind.Month);

    /// <summary>The records entry point (unit key, date, hit selectors), per unit and month: 1,000 units × 114 months.</summary>
    [Benchmark]
    public GroupedRates TallyRecordsByMonth() => GroupedRates.Tally(replies, r => r.Unit, r => r.Received, r => r.Timely, PeriodKind.Month);

    private readonly record struct Reply(string Unit, LocalDate Received, bool Timely);
}
