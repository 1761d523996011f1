using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Benchmarks.Calendars;

/// <summary>
/// Judging 10,000,000 records (about 260 MB) from CSV bytes in memory, grouped by 1,000 units, on one and two threads,
/// plain and with every field quoted (about 320 MB, every record on the quoted path: the chunker follows quote parity
/// and the worker unquotes each field). The baseline is a plain loop counting line breaks in the same bytes.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class TimelinessCsvBenchmarks
{
    private const int Records = 10_000_000;

    private byte[] csv = [];
    private TimelinessRule rule = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>True for the file with every field quoted.</summary>
    [Params(false, true)]
    public bool Quoted { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        csv = TimelinessData.Generate(Records).ToCsv(Quoted);
        rule = new TimelinessRule(TimeLimit.WorkingDays(20), WorkingDayCalendar.ChinaMainland, new LocalDate(2025, 12, 31));
    }

    [Benchmark(Baseline = true)]
    public long CountLines()
    {
        byte[] bytes = csv;
        long lines = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines++;
            }
        }
        return lines;
    }

    [Benchmark]
    public TimelinessCounts ReadCsv()
    {
        var options = new TimelinessCsvOptions("received", "replied", rule, groupByColumn: "unit", maxDegreeOfParallelism: Threads);
        using var stream = new MemoryStream(csv, writable: false);
        return TimelinessCsv.Read(stream, options).Report!.Overall;
    }
}
