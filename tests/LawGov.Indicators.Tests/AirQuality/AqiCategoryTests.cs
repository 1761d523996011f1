using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class AqiCategoryTests
{
    [Theory]
    [InlineData(100, true)]
    [InlineData(51, true)]
    [InlineData(50, false)]
    [InlineData(101, false)]
    public void Contains_LevelTwo_Is51To100(int aqi, bool expected)
    {
        // HJ 633-2012 Table 2: level II is 51-100.
        Assert.Equal(expected, AirQualityStandard.Hj633_2012.Categories[1].Contains(aqi));
    }

    [Fact]
    public void Contains_TopLevel_IsOpen()
    {
        Assert.True(AirQualityStandard.Hj633_2012.Categories[5].Contains(9999));
    }
}
