using BenchmarkDotNet.Running;
using LawGov.Indicators.Benchmarks.AirQuality;
using LawGov.Indicators.Benchmarks.Calendars;

// `-- write-air-csv FILE [STATIONS]` writes the seeded air-quality CSV of the benchmarks (default 1,000 stations × 8,760
// hours, about 430 MB) and `-- write-timeliness-csv FILE [RECORDS]` the seeded timeliness CSV (default 10,000,000
// records, about 250 MB) for timing the CLI end to end; anything else runs BenchmarkDotNet.
if (args.Length >= 2 && args[0] == "write-air-csv")
{
    int stations = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    File.WriteAllBytes(args[1], new SyntheticHourlyData(stations, 8760, seed: 20240101).ToCsv());
    return;
}

if (args.Length >= 2 && args[0] == "write-timeliness-csv")
{
    int records = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
    File.WriteAllBytes(args[1], TimelinessData.Generate(records).ToCsv());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
