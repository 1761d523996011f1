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
}
