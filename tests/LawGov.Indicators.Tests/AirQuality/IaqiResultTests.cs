using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class IaqiResultTests
{
    [Fact]
    public void Equality_SameValue_IsEqual()
    {
        var standard = AirQualityStandard.Hj633_2012;
        Contracts.AssertEquality(
            standard.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 100m),
            standard.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 100m),
            standard.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 101m));
    }

    [Fact]
    public void ToString_Undefined_ShowsStatusAndReason()
    {
        IaqiResult result = AirQualityStandard.Hj633_2012.Iaqi(Pollutant.O3, AveragingPeriod.TwentyFourHours, 1m);

        Assert.StartsWith("Undefined: HJ 633-2012 defines no IAQI for O3 24h", result.ToString());
    }
}
