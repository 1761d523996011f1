using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class DailySeriesStatisticsTests
{
    [Fact]
    public void Mean_FixedPointMeans_IsExact()
    {
        // Daily means 10 (240/24), 40 (800/20) and 211/21: (10 + 40 + 211/21) / 3 = (1050 + 211) / 63 = 1261/63.
        var series = new DailySeriesStatistics();
        series.Add(240m, 24);
        series.Add(800m, 20);
        series.Add(211m, 21);

        Assert.Equal(1261m / 63m, series.Mean());
    }

    [Fact]
    public void Percentile_FixedPointMeans_UsesHj663Formula()
    {
        // HJ 663 Appendix A example {3,4,8,2,5,4}, p = 0.90 -> 6.5, given as sums of 20 hours.
        var series = new DailySeriesStatistics();
        foreach (int v in new[] { 3, 4, 8, 2, 5, 4 })
        {
            series.Add(v * 20m, 20);
        }

        Assert.Equal(6.5m, series.Percentile(0.90m));
    }

    [Fact]
    public void Add_DecimalSum_SwitchesToDecimalsKeepingEarlierValues()
    {
        // A city sum with more than 6 decimals cannot be fixed point: 10 and 1/3 * 3 / 3 -> mean (10 + 1/3) / 2.
        var series = new DailySeriesStatistics();
        series.Add(200m, 20);
        series.Add(1m / 3m, 1); // count 1 divides 212520, but 1/3 has 28 decimals

        Assert.Equal(2, series.Count);
        Assert.Equal((10m + 1m / 3m) / 2, series.Mean());
        Assert.Equal(10m, series.Percentile(1m));
    }

    [Fact]
    public void Mean_Empty_IsNull()
    {
        Assert.Null(new DailySeriesStatistics().Mean());
        Assert.Null(new DailySeriesStatistics().Percentile(0.9m));
    }

    [Fact]
    public void RadixSort_SortsLikeArraySort()
    {
        var gen = from keys in FsCheck.Fluent.Gen.Choose(0, int.MaxValue).Select(i => (long)i).ListOf()
                  from scale in FsCheck.Fluent.Gen.Elements(1L, 1_000L, 212_520_000_000L, 1L << 40)
                  select keys.Select(k => (long)((ulong)k * (ulong)scale % (ulong)(long.MaxValue / 2))).ToArray();
        TestSupport.Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(gen), keys =>
        {
            long[] expected = keys.ToArray();
            Array.Sort(expected);
            DailySeriesStatistics.RadixSort(keys);
            return expected.SequenceEqual(keys);
        }), maxTest: 500);
    }

    [Fact]
    public void RadixSort_LongSeries_UsesAPooledBuffer()
    {
        long[] keys = Enumerable.Range(0, 2000).Select(i => (long)((i * 7919L) % 2000) << 33).ToArray();

        DailySeriesStatistics.RadixSort(keys);

        Assert.Equal(Enumerable.Range(0, 2000).Select(i => (long)i << 33), keys);
    }

    [Fact]
    public void Percentile_FromTheTopValues_IsThePercentileOfAllSorted()
    {
        // Selecting only the top values (high percentiles) or sorting all of them gives the HJ 663 percentile of the sorted series.
        var gen = from days in Gen.Choose(1, 366)
                  from seed in Gen.Choose(0, int.MaxValue)
                  from p in Gen.Elements(0.90m, 0.95m, 0.98m, 0.5m, 0m, 1m, 0.999m, 0.8m)
                  select (days, seed, p);
        TestSupport.Properties.Check(Prop.ForAll(Arb.From(gen), x =>
        {
            var random = new Random(x.seed);
            var series = new DailySeriesStatistics();
            var means = new List<decimal>();
            for (int i = 0; i < x.days; i++)
            {
                int count = random.Next(20, 25);
                decimal sum = random.Next(0, random.Next(1, 3) == 1 ? 50 : 5_000_000) / 100m;
                series.Add(sum, count);
                means.Add(sum / count);
            }
            means.Sort();
            decimal expected = Hj663.Percentile(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(means), x.p);
            decimal? actual = series.Percentile(x.p);
            return actual is decimal a && Math.Abs(a - expected) < 1e-20m && series.Percentile(x.p) == actual;
        }), maxTest: 500);
    }

    [Fact]
    public void Largest_KeepsTheTopValuesWithRepeats()
    {
        long[] keys = [5, 1, 9, 9, 3, 9, 7, 2];
        Span<long> top = stackalloc long[4];

        DailySeriesStatistics.Largest(keys, top);

        Assert.Equal([7L, 9, 9, 9], top.ToArray());
    }
}
