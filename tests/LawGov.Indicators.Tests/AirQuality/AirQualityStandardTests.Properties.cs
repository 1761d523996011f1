using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public partial class AirQualityStandardTests
{
    [Fact]
    public void Iaqi_ConcentrationRises_IndexNeverFalls()
    {
        var gen =
            from standard in AirQualityGenerators.Standard
            from pollutant in AirQualityGenerators.Pollutant
            from averaging in AirQualityGenerators.Averaging
            from a in AirQualityGenerators.Concentration
            from b in AirQualityGenerators.Concentration
            select (standard, pollutant, averaging, low: Math.Min(a, b), high: Math.Max(a, b));

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            IaqiResult low = x.standard.Iaqi(x.pollutant, x.averaging, x.low);
            IaqiResult high = x.standard.Iaqi(x.pollutant, x.averaging, x.high);
            return !low.IsDefined || !high.IsDefined || low.Value <= high.Value;
        }), maxTest: 2000);
    }

    [Fact]
    public void Aqi_CompleteDailySet_IsTheLargestSubIndex()
    {
        var gen =
            from standard in AirQualityGenerators.ChineseStandard
            from values in Gen.ArrayOf(AirQualityGenerators.Concentration, 7)
            select (standard, values);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var pairs = x.standard.DailyIndicators
                .Select((indicator, i) => new KeyValuePair<AirIndicator, decimal?>(indicator, indicator.Pollutant == Pollutant.Co ? x.values[i] / 10 : x.values[i]))
                .ToArray();
            AqiResult result = x.standard.Aqi(pairs);
            return result.Value == result.SubIndices.Values.Max(r => r.Value);
        }));
    }

    [Fact]
    public void ComputeDailyAqi_AnyDay_AgreesWithAqiOfTheDailyValues()
    {
        // The annual path (exact sums and counts, integer fast path) and the public Aqi of the decimal daily values agree.
        var gen =
            from standard in AirQualityGenerators.ChineseStandard
            from hours in Gen.ArrayOf(Gen.Choose(-200, 9000), 6 * 24)
            select (standard, hours);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var values = new long[6 * 24];
            var present = new uint[6];
            for (int i = 0; i < values.Length; i++)
            {
                if (x.hours[i] >= 0)
                {
                    values[i] = x.hours[i] * 100_000L; // tenths of a unit
                    present[i / 24] |= 1u << (i % 24);
                }
            }
            DailyConcentrations day = DaySummarizer.Summarize<long>(new NodaTime.LocalDate(2024, 1, 1), values, present);
            AirIndicator[] indicators = x.standard.DailyIndicators.ToArray();
            int[] slots = indicators.Select(DailyConcentrations.SlotOf).ToArray();

            AirQualityStandard.AqiCore fast = x.standard.ComputeDailyAqi(day, indicators, slots, new IaqiResult[indicators.Length]);
            AqiResult slow = x.standard.Aqi(indicators.Select(i => new KeyValuePair<AirIndicator, decimal?>(i, day.Value(i))));

            return fast.Published == slow.Value;
        }), maxTest: 500);
    }
}
