using BenchmarkDotNet.Running;
using LawGov.Indicators.Benchmarks.AirQuality;
using LawGov.Indicators.Benchmarks.Calendars;

// `-- write-air-csv FILE [STATIONS]` writes the seeded air-quality CSV of the benchmarks (default 1,000 stations × 8,760
// hours, about 430 MB) and `-- write-timeliness-csv FILE [RECORDS] [--quoted]` the seeded timeliness CSV (default
// 10,000,000 records, about 259 MB; with --quoted every field quoted, about 320 MB) for timing the CLI end to end;
// anything else runs BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "write-air-csv")
{
    int stations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    File.WriteAllBytes(args[1], new SyntheticHourlyData(stations, 8760, seed: 20240101).ToCsv());
    return;
}

if (args.Length >= 2 && args[0] == "write-timeliness-csv")
{
    string[] rest = args[2..];
    string? count = rest.FirstOrDefault(a => a != "--quoted");
    int records = count is null ? 10_000_000 : int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    File.WriteAllBytes(args[1], TimelinessData.Generate(records).ToCsv(quoted: rest.Contains("--quoted")));
    return;
}

// `-- phases FILE.csv air|timeliness [RUNS] [THREADS]` times the library's phases on a file in the page cache, in process
// (no start-up), best and median of the runs.
if (args.Length >= 3 && args[0] == "phases")
{
    LawGov.Indicators.Benchmarks.Phases.Run(args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
