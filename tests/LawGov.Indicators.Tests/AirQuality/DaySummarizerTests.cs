using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class DaySummarizerTests
{
    private static readonly LocalDate Day = new(2024, 7, 1);

    /// <summary>Fills hours of one pollutant with whole µg/m³ values (fixed point × 10⁶).</summary>
    private static (long[] Values, uint[] Present) Hours(Pollutant pollutant, IEnumerable<int> hours, Func<int, long> value)
    {
        var values = new long[6 * 24];
        var present = new uint[6];
        foreach (int h in hours)
        {
            values[(int)pollutant * 24 + h] = value(h) * 1_000_000;
            present[(int)pollutant] |= 1u << h;
        }
        return (values, present);
    }

    private static DailyConcentrations Summarize((long[] Values, uint[] Present) hours) =>
        DaySummarizer.Summarize<long>(Day, hours.Values, hours.Present);

    [Fact]
    public void Summarize_20Hours_DailyMeanIsValid()
    {
        // GB 3095 Table 4: a 24-hour mean needs >= 20 hourly values. Hours 0..19 valued 1..20: mean 210/20 = 10.5.
        DailyConcentrations day = Summarize(Hours(Pollutant.Pm25, Enumerable.Range(0, 20), h => h + 1));

        Assert.Equal(10.5m, day.DailyMean(Pollutant.Pm25));
        Assert.Equal(20, day.ValidHours(Pollutant.Pm25));
    }

    [Fact]
    public void Summarize_19Hours_DailyMeanIsMissing()
    {
        DailyConcentrations day = Summarize(Hours(Pollutant.Pm25, Enumerable.Range(0, 19), _ => 10));

        Assert.Null(day.DailyMean(Pollutant.Pm25));
        Assert.Equal(19, day.ValidHours(Pollutant.Pm25));
    }

    [Fact]
    public void Summarize_NonTerminatingMean_IsCorrectTo28Digits()
    {
        // 21 hours: 20 of 10 and one of 11 -> 211/21 = 10.047619047619... (decimal division, 28 significant digits).
        DailyConcentrations day = Summarize(Hours(Pollutant.So2, Enumerable.Range(0, 21), h => h == 0 ? 11 : 10));

        Assert.Equal(211m / 21m, day.DailyMean(Pollutant.So2));
    }

    [Fact]
    public void Summarize_Mda8_IsTheLargestInDayWindowMean()
    {
        // O3 100 all day, 200 in hours 10-17: the window 10-17 has mean 200 (GB 3095-2026 §3.9: largest 8-hour mean of the day).
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 24), h => h is >= 10 and <= 17 ? 200 : 100));

        Assert.Equal(200m, day.O3Mda8);
        Assert.Equal(17, day.O3ValidWindows);
    }

    [Fact]
    public void Summarize_LastWindow_IsHours16To23()
    {
        // Hour-beginning labels: the 17th window is hours 16-23; a spike of 300 there gives MDA8 300; no window crosses midnight.
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 24), h => h >= 16 ? 300 : 100));

        Assert.Equal(300m, day.O3Mda8);
    }

    [Fact]
    public void Summarize_Mda8_ComparesMeansNotSums()
    {
        // Hours 0-7 at 190 (8 values, mean 190); hours 8-13 at 200 and 14,15 missing; later hours 100.
        // Window 8-15 has 6 values of 200: mean 200 > 190 although its sum (1200) is smaller than 1520.
        var hours = Enumerable.Range(0, 24).Where(h => h is not (14 or 15));
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, hours, h => h < 8 ? 190 : h < 14 ? 200 : 100));

        Assert.Equal(200m, day.O3Mda8);
    }

    [Fact]
    public void Summarize_WindowWithFiveHours_IsNotValid()
    {
        // Hours 0-5 only: window 0-7 has 6 values (valid); window 1-8 has 5 (not). One valid window -> MDA8 not valid (< 14, 100 <= 160).
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 6), _ => 100));

        Assert.Equal(1, day.O3ValidWindows);
        Assert.Null(day.O3Mda8);
    }

    [Fact]
    public void Summarize_14ValidWindows_Mda8IsValid()
    {
        // Hours 0-18: windows starting 0-11 have 8 values, 12 has 7, 13 has 6, 14 has 5 -> 14 valid windows (HJ 663: >= 14 of 17).
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 19), _ => 100));

        Assert.Equal(14, day.O3ValidWindows);
        Assert.Equal(100m, day.O3Mda8);
    }

    [Fact]
    public void Summarize_13ValidWindows_Mda8IsNotValid()
    {
        // Hours 0-17: windows 0-12 valid (13 has 5 values) -> 13 < 14, and 100 does not exceed 160.
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 18), _ => 100));

        Assert.Equal(13, day.O3ValidWindows);
        Assert.Null(day.O3Mda8);
    }

    [Fact]
    public void Summarize_13ValidWindowsAbove160_Mda8StillCounts()
    {
        // HJ 663 exception: fewer than 14 windows, but MDA8 161 exceeds the GB 3095 grade II limit 160 -> valid.
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 18), _ => 161));

        Assert.Equal(161m, day.O3Mda8);
    }

    [Fact]
    public void Summarize_13ValidWindowsAt160_Mda8IsNotValid()
    {
        // Exactly 160 does not exceed the limit.
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 18), _ => 160));

        Assert.Null(day.O3Mda8);
    }

    [Fact]
    public void Summarize_O3MaxOneHour_IsTheLargestHour()
    {
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 24), h => h == 15 ? 250 : 100));

        Assert.Equal(250m, day.O3MaxOneHour);
    }

    [Fact]
    public void Summarize_O3MaxOneHourWith19Hours_IsNotValid()
    {
        // Library decision: the daily maximum 1-hour value needs >= 20 hours, like the daily mean.
        DailyConcentrations day = Summarize(Hours(Pollutant.O3, Enumerable.Range(0, 19), _ => 100));

        Assert.Null(day.O3MaxOneHour);
    }

    [Fact]
    public void Summarize_DecimalHours_GiveTheSameMeans()
    {
        // The decimal reference path sums decimals; the same hourly values give the same daily mean as the fixed-point path.
        (long[] values, uint[] present) = Hours(Pollutant.No2, Enumerable.Range(0, 22), h => h * 3);
        decimal[] decimals = values.Select(v => v / 1_000_000m).ToArray();

        DailyConcentrations fromDecimal = DaySummarizer.Summarize<decimal>(Day, decimals, present);

        Assert.Equal(Summarize((values, present)), fromDecimal);
    }

    [Fact]
    public void Summarize_FixedPointHours_AgreeWithTheDecimalPath()
    {
        // The station path (fixed-point integers, hour-major or not, sliding MDA8 window sums) is the reference path (decimals,
        // each window summed afresh) on the same hours, whatever the gaps and whatever stale values the absent slots hold.
        var gen = from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
                  from density in FsCheck.Fluent.Gen.Choose(0, 100)
                  select (seed, density);
        TestSupport.Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(gen), x =>
        {
            var random = new Random(x.seed);
            var values = new long[6 * 24];
            var present = new uint[6];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = random.Next(0, 1_000_000) * (long)random.Next(1, 1000);
                if (random.Next(100) < x.density)
                {
                    present[i / 24] |= 1u << (i % 24);
                }
            }
            decimal[] decimals = values.Select(v => v / 1_000_000m).ToArray();
            var hourMajor = new long[6 * 24];
            for (int i = 0; i < values.Length; i++)
            {
                hourMajor[(i % 24 * 6) + (i / 24)] = values[i];
            }
            DailyConcentrations expected = DaySummarizer.Summarize<decimal>(Day, decimals, present);
            return DaySummarizer.Summarize<long>(Day, values, present) == expected
                && DaySummarizer.Summarize<long>(Day, hourMajor, present, hourMajor: true) == expected;
        }), maxTest: 500);
    }
}
