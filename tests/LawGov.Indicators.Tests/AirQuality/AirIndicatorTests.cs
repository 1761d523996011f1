using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirIndicatorTests
{
    [Fact]
    public void Equality_SamePollutantAndAveraging_IsEqual()
    {
        Contracts.AssertEquality(
            new AirIndicator(Pollutant.O3, AveragingPeriod.EightHours),
            new AirIndicator(Pollutant.O3, AveragingPeriod.EightHours),
            new AirIndicator(Pollutant.O3, AveragingPeriod.OneHour));
    }

    [Fact]
    public void ToString_ShowsCodes()
    {
        Assert.Equal("PM2.5 24h", new AirIndicator(Pollutant.Pm25, AveragingPeriod.TwentyFourHours).ToString());
    }

    [Fact]
    public void Constructor_UndefinedPollutant_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AirIndicator((Pollutant)7, AveragingPeriod.OneHour));
    }
}
