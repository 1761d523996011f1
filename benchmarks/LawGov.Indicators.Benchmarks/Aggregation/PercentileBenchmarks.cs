using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Aggregation;

namespace LawGov.Indicators.Benchmarks.Aggregation;

/// <summary>
/// The HJ 663 95th percentile of 1,000 station-years of 366 daily values (seeded, one decimal, 5.0–250.0). The
/// baseline is the floor: copy each station's array, sort it, apply the formula.
/// </summary>
[MemoryDiagnoser]
public class PercentileBenchmarks
{
    private const int Stations = 1_000;
    private const int Days = 366;

    private decimal[][] series = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20201231);
        series = new decimal[Stations][];
        for (int s = 0; s < Stations; s++)
        {
            series[s] = new decimal[Days];
            for (int d = 0; d < Days; d++)
            {
                series[s][d] = random.Next(50, 2501) / 10m;
            }
        }
    }

    [Benchmark(Baseline = true)]
    public decimal PlainLoop()
    {
        decimal total = 0m;
        var scratch = new decimal[Days];
        foreach (decimal[] values in series)
        {
            values.CopyTo(scratch, 0);
            Array.Sort(scratch);
            decimal k = 1 + ((Days - 1) * 0.95m);
            int s = (int)decimal.Floor(k);
            total += scratch[s - 1] + ((scratch[s] - scratch[s - 1]) * (k - s));
        }
        return total;
    }

    /// <summary>One distribution per station from its buffer, then the percentile.</summary>
    [Benchmark]
    public decimal Distribution()
    {
        decimal total = 0m;
        foreach (decimal[] values in series)
        {
            total += ValueDistribution.Of(values).Percentile(0.95m)!.Value;
        }
        return total;
    }

    /// <summary>Four quarterly distributions per station, merged, then the percentile: the cost of mergeability.</summary>
    [Benchmark]
    public decimal MergedQuarters()
    {
        decimal total = 0m;
        foreach (decimal[] values in series)
        {
            ReadOnlySpan<decimal> all = values;
            ValueDistribution year = ValueDistribution.Of(all[..91]) + ValueDistribution.Of(all[91..182])
                + ValueDistribution.Of(all[182..274]) + ValueDistribution.Of(all[274..]);
            total += year.Percentile(0.95m)!.Value;
        }
        return total;
    }
}
