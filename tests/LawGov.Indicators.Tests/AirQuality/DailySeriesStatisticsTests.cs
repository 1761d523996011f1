using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class DailySeriesStatisticsTests
{
    private static Q Exact(Fraction? value) => new(value!.Value.Numerator, value.Value.Denominator);

    [Fact]
    public void Mean_FixedPointMeans_IsExact()
    {
        // Daily means 10 (240/24), 40 (800/20) and 211/21: (10 + 40 + 211/21) / 3 = (1050 + 211) / 63 = 1261/63.
        var series = new DailySeriesStatistics();
        series.Add(240m, 24);
        series.Add(800m, 20);
        series.Add(211m, 21);

        Assert.Equal(0, Exact(series.Mean()).CompareTo(new Q(1261, 63)));
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

        Assert.Equal(0, Exact(series.Percentile(0.90m)).CompareTo(new Q(13, 2)));
    }

    [Fact]
    public void Percentile_BetweenEndlessDecimals_IsExact()
    {
        // Daily means 74 + 1/3 (1784/24) and 75 + 2/3 (1816/24), p = 0.5: k = 1.5, 74 1/3 + (4/3) · 0.5 = 75 exactly.
        var series = new DailySeriesStatistics();
        series.Add(1784m, 24);
        series.Add(1816m, 24);

        Assert.Equal(0, Exact(series.Percentile(0.5m)).CompareTo(new Q(75, 1)));
    }

    [Fact]
    public void Add_FractionNotAKey_SwitchesToFractionsKeepingEarlierValues()
    {
        // A city value such as 1/3 millionth is no multiple of the key unit 1/(10⁶ · 212520): (10 + 1/3 · 10⁻⁶) / 2.
        var series = new DailySeriesStatistics();
        series.Add(200m, 20);
        series.Add(new Fraction(1, 3_000_000));

        Assert.Equal(2, series.Count);
        Assert.Equal(0, Exact(series.Mean()).CompareTo(new Q(30_000_001, 6_000_000)));
        Assert.Equal(0, Exact(series.Percentile(1m)).CompareTo(new Q(10, 1)));
    }

    [Fact]
    public void Add_FractionsOnTheKeyGrid_GiveExactFigures()
    {
        // 1/7 µg/m³ is 10⁶ · 212520 / 7 = 30 360 000 000 key units (212520 = 7 · 30360), taken as integer keys:
        // mean (1/7 + 2/7) / 2 = 3/14; p50 of two values, k = 1.5: 1/7 + (1/7) · 0.5 = 3/14.
        var series = new DailySeriesStatistics();
        series.Add(new Fraction(1, 7));
        series.Add(new Fraction(2, 7));

        Assert.Equal(0, Exact(series.Mean()).CompareTo(new Q(3, 14)));
        Assert.Equal(0, Exact(series.Percentile(0.5m)).CompareTo(new Q(3, 14)));
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
        // Selecting only the top values (high percentiles) or sorting all of them gives the HJ 663 percentile of the sorted
        // series, exactly (reference: BigInteger fractions).
        var gen = from days in Gen.Choose(1, 366)
                  from seed in Gen.Choose(0, int.MaxValue)
                  from p in Gen.Elements(0.90m, 0.95m, 0.98m, 0.5m, 0m, 1m, 0.999m, 0.8m)
                  select (days, seed, p);
        TestSupport.Properties.Check(Prop.ForAll(Arb.From(gen), x =>
        {
            var random = new Random(x.seed);
            var series = new DailySeriesStatistics();
            var means = new List<Q>();
            for (int i = 0; i < x.days; i++)
            {
                int count = random.Next(20, 25);
                decimal sum = random.Next(0, random.Next(1, 3) == 1 ? 50 : 5_000_000) / 100m;
                series.Add(sum, count);
                means.Add(Q.Of(sum).Over(count));
            }
            means.Sort((a, b) => a.CompareTo(b));
            Q expected = Q.Percentile(means, x.p);
            Fraction? actual = series.Percentile(x.p);
            return actual is not null && Exact(actual).CompareTo(expected) == 0 && Exact(series.Percentile(x.p)).CompareTo(expected) == 0;
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
