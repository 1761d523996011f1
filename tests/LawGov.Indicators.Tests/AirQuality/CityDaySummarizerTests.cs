using System.Numerics;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class CityDaySummarizerTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);
    private static readonly AirIndicator Pm25Daily = new(Pollutant.Pm25, AveragingPeriod.TwentyFourHours);

    /// <summary>The exact PM2.5 24-hour IAQI of a day through both routes of the library: the integer one and the decimal one.</summary>
    private static (int Exact, int Decimal) Pm25Iaqi(DailyConcentrations day)
    {
        var iaqis = new IaqiResult[1];
        AirQualityStandard.Hj633_2012.ComputeDailyAqi(day, [Pm25Daily], [DailyConcentrations.SlotOf(Pm25Daily)], iaqis);
        var series = new SiteSeries("city", [day]);
        AqiResult daily = AirQualityAssessment.Daily(series, AirQualityStandard.Hj633_2012).Single().Aqi;
        return (iaqis[0].Value, daily.SubIndices[Pm25Daily].Value);
    }

    [Fact]
    public void ReadCsv_ThreeStationsWhoseCityMeanIsExactly35_GivesIaqi50()
    {
        // Hand calculation: every hour the three stations read (33,34,34), (34,35,35), (36,37,37) in turn, so the city's
        // hourly values are 101/3, 104/3 and 110/3, eight times each; the daily mean is 8 × 315/3 / 24 = 2520/72 = 35
        // exactly. HJ 633-2012 Table 1, PM2.5 24h: 35 µg/m³ is the breakpoint of IAQI 50. Summing the hourly means as
        // rounded decimals put the mean a hair above 35 and gave 51.
        int[][] cycle = [[33, 34, 34], [34, 35, 35], [36, 37, 37]];
        var csv = new HourlyCsv();
        for (int h = 0; h < 24; h++)
        {
            for (int s = 0; s < 3; s++)
            {
                csv.Row("S" + s, Day.At(new LocalTime(h, 0)), pm25: cycle[h % 3][s].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        DailyConcentrations city = Assert.Single(HourlyAirData.ReadCsv(csv.ToStream()).Value.Cities[0].City.Days);

        Assert.Equal(35m, city.DailyMean(Pollutant.Pm25));
        Assert.Equal((50, 50), Pm25Iaqi(city));
    }

    [Fact]
    public void Summarize_OneStationPerHour_IsTheStationPath()
    {
        // With one station an hour the city's hourly values are that station's: the same exact statistics.
        var random = new Random(5);
        var sums = new long[6 * 24];
        var counts = new int[6 * 24];
        var values = new long[6 * 24];
        var present = new uint[6];
        for (int i = 0; i < sums.Length; i++)
        {
            if (random.Next(10) > 0)
            {
                sums[i] = values[i] = random.Next(0, 300_000_000);
                counts[i] = 1;
                present[i / 24] |= 1u << (i % 24);
            }
        }

        Assert.Equal(DaySummarizer.Summarize<long>(Day, values, present), CityDaySummarizer.Summarize(Day, sums, counts));
    }

    [Theory]
    [InlineData(new long[] { 1, 1 }, new[] { 3, 3 }, 0, false)] // 2/3
    [InlineData(new long[] { 1, 2 }, new[] { 3, 3 }, 1, true)] // 1/3 + 2/3 = 1
    [InlineData(new long[] { 1, 1, 1 }, new[] { 2, 3, 6 }, 1, true)] // 1/2 + 1/3 + 1/6 = 1, the bounds straddle 1
    [InlineData(new long[] { 1, 1, 1 }, new[] { 2, 4, 4 }, 1, true)] // 1/2 + 2/4: binary fractions, exact bounds
    [InlineData(new long[] { 1, 1 }, new[] { 2, 4 }, 0, false)] // 3/4
    [InlineData(new long[] { 6, 5 }, new[] { 7, 7 }, 1, false)] // 11/7
    [InlineData(new long[] { 999_999_999, 1 }, new[] { 1_000_000_000, 1_000_000_001 }, 0, false)] // just below 1
    public void FractionSum_Examples_AreExact(long[] rests, int[] denominators, long floor, bool whole)
    {
        Assert.Equal((floor, whole), CityDaySummarizer.FractionSum(rests, denominators));
    }

    [Fact]
    public void FractionSum_IsTheExactSum()
    {
        // Reference: the sum as a BigInteger fraction. Small denominators make whole and nearly whole sums common.
        var gen = from n in Gen.Choose(0, 24)
                  from denominators in Gen.ArrayOf(Gen.OneOf(Gen.Choose(2, 12), Gen.Choose(2, 2000)), n)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (denominators, seed);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var random = new Random(x.seed);
            long[] rests = x.denominators.Select(d => (long)random.Next(1, d)).ToArray();
            BigInteger numerator = 0, denominator = 1;
            for (int i = 0; i < rests.Length; i++)
            {
                numerator = (numerator * x.denominators[i]) + (rests[i] * denominator);
                denominator *= x.denominators[i];
            }
            BigInteger floor = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
            return CityDaySummarizer.FractionSum(rests, x.denominators) == ((long)floor, remainder.IsZero);
        }), maxTest: 2000);
    }

    /// <summary>A city day: 1–7 stations, values in millionths (whole µg/m³ or with decimals), some missing.</summary>
    private static readonly FsCheck.Gen<(long[] Sums, int[] Counts)> CityDay =
        from stations in Gen.Choose(1, 7)
        from seed in Gen.Choose(0, int.MaxValue)
        from missing in Gen.Choose(0, 40)
        from whole in Gen.Elements(true, false)
        select Build(stations, seed, missing, whole);

    private static (long[] Sums, int[] Counts) Build(int stations, int seed, int missingPercent, bool wholeValues)
    {
        var random = new Random(seed);
        var sums = new long[6 * 24];
        var counts = new int[6 * 24];
        for (int i = 0; i < sums.Length; i++)
        {
            for (int s = 0; s < stations; s++)
            {
                if (random.Next(100) < missingPercent)
                {
                    continue;
                }
                sums[i] += wholeValues ? random.Next(0, 400) * FixedPoint.One : random.Next(0, 400_000_000);
                counts[i]++;
            }
        }
        return (sums, counts);
    }

    /// <summary>
    /// The library's (sum, count) of a slot against the exact value in µg/m³: equal when the value has at most 18
    /// decimals, otherwise inside the same interval of 10⁻¹⁸; and a fixed-point sum whenever the exact sum is one. The
    /// exact value recomputed from the hours (what the annual figures use) is the exact value itself.
    /// </summary>
    private static bool Agrees(DailyConcentrations day, int slot, Q exact, Q exactSum, (long[] Sums, int[] Counts) hours)
    {
        // The exact value the annual figures take is the reference itself.
        Fraction recomputed = CityDaySummarizer.Exact(hours.Sums, hours.Counts, slot);
        if (new Q(recomputed.Numerator, recomputed.Denominator).CompareTo(exact) != 0)
        {
            return false;
        }
        (decimal sum, int count) = day.Exact(slot);
        Q stored = Q.Of(sum).Over(count);
        BigInteger grid = BigInteger.Pow(10, 18);
        BigInteger cell = BigInteger.DivRem(exact.N * grid, exact.D, out BigInteger rest);
        bool fixedSum = (exactSum.N * FixedPoint.One) % exactSum.D == 0;
        if (fixedSum && !FixedPoint.TryFrom(sum, out _))
        {
            return false;
        }
        if (rest.IsZero)
        {
            return stored.CompareTo(exact) == 0;
        }
        BigInteger storedCell = BigInteger.DivRem(stored.N * grid, stored.D, out BigInteger storedRest);
        return storedCell == cell && !storedRest.IsZero;
    }

    [Fact]
    public void Summarize_RandomStationCounts_AgreesWithExactFractions()
    {
        // Reference: each hourly value S/n, the daily mean, the 8-hour windows (≥ 6 hours) and the 1-hour maximum as
        // BigInteger fractions, in µg/m³.
        Properties.Check(Prop.ForAll(CityDay.ToArbitrary(), x =>
        {
            DailyConcentrations day = CityDaySummarizer.Summarize(Day, x.Sums, x.Counts);
            Q Hour(int i) => new(x.Sums[i], (BigInteger)x.Counts[i] * FixedPoint.One);
            for (int p = 0; p < 6; p++)
            {
                int[] hours = Enumerable.Range(p * 24, 24).Where(i => x.Counts[i] > 0).ToArray();
                if (hours.Length == 0)
                {
                    continue;
                }
                Q sum = hours.Select(Hour).Aggregate((a, b) => a + b);
                if (day.ValidHours((Pollutant)p) != hours.Length || !Agrees(day, p, sum.Over(hours.Length), sum, x))
                {
                    return false;
                }
            }
            int o3 = (int)Pollutant.O3 * 24;
            Q? best = null;
            int windows = 0;
            for (int start = 0; start < 17; start++)
            {
                int[] hours = Enumerable.Range(o3 + start, 8).Where(i => x.Counts[i] > 0).ToArray();
                if (hours.Length < 6)
                {
                    continue;
                }
                windows++;
                Q mean = hours.Select(Hour).Aggregate((a, b) => a + b).Over(hours.Length);
                if (best is null || mean.CompareTo(best.Value) > 0)
                {
                    best = mean;
                }
            }
            if (day.O3ValidWindows != windows)
            {
                return false;
            }
            if (best is Q mda8)
            {
                (_, int n) = day.Exact(DailyConcentrations.Mda8Slot);
                bool exceeds = mda8.CompareTo(new Q(160, 1)) > 0;
                if (!Agrees(day, DailyConcentrations.Mda8Slot, mda8, new Q(mda8.N * n, mda8.D), x)
                    || day.IsValid(DailyConcentrations.Mda8Slot) != (windows >= 14 || exceeds))
                {
                    return false;
                }
            }
            int[] o3Hours = Enumerable.Range(o3, 24).Where(i => x.Counts[i] > 0).ToArray();
            if (o3Hours.Length >= 20)
            {
                Q max = o3Hours.Select(Hour).Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
                return Agrees(day, DailyConcentrations.MaxOneHourSlot, max, max, x);
            }
            return !day.IsValid(DailyConcentrations.MaxOneHourSlot);
        }), maxTest: 400);
    }

    /// <summary>HJ 633-2012 Table 1, PM2.5 24h: breakpoints (µg/m³) and their IAQI.</summary>
    private static readonly (int Low, int High, int IndexLow, int IndexHigh)[] Pm25Bands =
        [(0, 35, 0, 50), (35, 75, 50, 100), (75, 115, 100, 150), (115, 150, 150, 200), (150, 250, 200, 300), (250, 350, 300, 400), (350, 500, 400, 500)];

    /// <summary>The HJ 633-2012 IAQI of an exact concentration: the first band whose top is at least C, interpolated, ceiling (§6.2).</summary>
    private static int ExactIaqi(Q c)
    {
        foreach ((int low, int high, int indexLow, int indexHigh) in Pm25Bands)
        {
            if (c.CompareTo(new Q(high, 1)) <= 0)
            {
                // (I_hi − I_lo)(C − BP_lo) / (BP_hi − BP_lo) + I_lo, rounded up.
                BigInteger numerator = (indexHigh - indexLow) * ((c.N) - (low * c.D));
                BigInteger denominator = (high - low) * c.D;
                BigInteger whole = BigInteger.DivRem(numerator, denominator, out BigInteger rest);
                return (int)whole + indexLow + (rest.IsZero ? 0 : 1);
            }
        }
        throw new InvalidOperationException("above the table");
    }

    [Fact]
    public void Summarize_MeansOnAndNearBreakpoints_GiveTheExactIaqi()
    {
        // Every station reports every hour, and the day's total is a breakpoint or an exact IAQI step (×24 × n), give or
        // take a millionth: the daily mean is on the step or a sliver off it, the case where rounded division went wrong.
        int[] targets = [35, 75, 115, 150, 250, 350];
        var gen = from stations in Gen.Choose(2, 7)
                  from target in Gen.Elements(targets)
                  from nudge in Gen.Choose(-1, 1)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (stations, target, nudge, seed);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var random = new Random(x.seed);
            var sums = new long[6 * 24];
            var counts = new int[6 * 24];
            long total = (x.target * FixedPoint.One * 24 * x.stations) + x.nudge;
            for (int h = 0; h < 24; h++)
            {
                // Spread the total over the hours unevenly; the last hour takes the rest.
                long share = h == 23 ? total : Math.Min(total, total / (24 - h) * random.Next(50, 150) / 100);
                sums[h] = share;
                total -= share;
                counts[h] = x.stations;
            }
            for (int i = 24; i < sums.Length; i++)
            {
                sums[i] = 10 * FixedPoint.One * x.stations;
                counts[i] = x.stations;
            }
            DailyConcentrations day = CityDaySummarizer.Summarize(Day, sums, counts);
            Q mean = Enumerable.Range(0, 24).Select(h => new Q(sums[h], (BigInteger)counts[h] * FixedPoint.One)).Aggregate((a, b) => a + b).Over(24);
            int expected = ExactIaqi(mean);
            return Pm25Iaqi(day) == (expected, expected);
        }), maxTest: 300);
    }
}
