using System.Diagnostics;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Benchmarks;

/// <summary>Times the phases of the CLI's two bulk workloads in process, for quick before/after comparisons.</summary>
internal static class Phases
{
    private static readonly int ChunkSize = int.TryParse(Environment.GetEnvironmentVariable("PHASES_CHUNK"), out int size) ? size : 1 << 22;

    internal static void Run(string path, string workload, int runs, int threads)
    {
        var times = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        using var process = Process.GetCurrentProcess();
        void Time(string phase, Action action)
        {
            process.Refresh();
            TimeSpan cpuStart = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            action();
            (times.TryGetValue(phase, out List<double>? list) ? list : times[phase] = []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            process.Refresh();
            (cpu.TryGetValue(phase, out list) ? list : cpu[phase] = []).Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
        }

        for (int run = 0; run < runs; run++)
        {
            if (workload == "air")
            {
                AirDataSet? data = null;
                Time("read", () =>
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                    data = HourlyAirData.ReadCsv(stream, new HourlyDataOptions(HourLabel.HourBeginning, threads, 1000, ChunkSize)).Value;
                });
                var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, maxDegreeOfParallelism: threads);
                Time("annual", () => AirQualityAssessment.Annual(data!.Cities[0], options));
            }
            else
            {
                var rule = new TimelinessRule(TimeLimit.WorkingDays(20), WorkingDayCalendar.ChinaMainland, new LocalDate(2025, 12, 31));
                var options = new TimelinessCsvOptions("received", "replied", rule, "unit", maxDegreeOfParallelism: threads);
                Time("read", () =>
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
                    TimelinessCsv.Read(stream, options);
                });
            }
        }
        foreach ((string phase, List<double> list) in times)
        {
            List<double> cpuList = cpu[phase];
            list.Sort();
            cpuList.Sort();
            Console.WriteLine($"{phase}: wall best {list[0]:F0} ms, median {list[list.Count / 2]:F0} ms; CPU best {cpuList[0]:F0} ms, median {cpuList[list.Count / 2]:F0} ms");
        }
    }
}
