using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class PollutantsTests
{
    [Theory]
    [InlineData(Pollutant.Pm25, "PM2.5")]
    [InlineData(Pollutant.Pm10, "PM10")]
    [InlineData(Pollutant.So2, "SO2")]
    [InlineData(Pollutant.No2, "NO2")]
    [InlineData(Pollutant.Co, "CO")]
    [InlineData(Pollutant.O3, "O3")]
    public void Code_EveryPollutant_RoundTripsThroughTryParse(Pollutant pollutant, string code)
    {
        Assert.Equal(code, pollutant.Code());
        Assert.True(Pollutants.TryParse(code.ToLowerInvariant(), out Pollutant parsed));
        Assert.Equal(pollutant, parsed);
    }

    [Theory]
    [InlineData("PM25")]
    [InlineData("")]
    [InlineData("NOx")]
    public void TryParse_Unknown_Fails(string text)
    {
        Assert.False(Pollutants.TryParse(text, out _));
    }

    [Theory]
    [InlineData(AveragingPeriod.OneHour, "1h")]
    [InlineData(AveragingPeriod.EightHours, "8h")]
    [InlineData(AveragingPeriod.TwentyFourHours, "24h")]
    public void Code_EveryAveragingPeriod_RoundTripsThroughTryParseAveraging(AveragingPeriod averaging, string code)
    {
        Assert.Equal(code, averaging.Code());
        Assert.True(Pollutants.TryParseAveraging(code.ToUpperInvariant(), out AveragingPeriod parsed));
        Assert.Equal(averaging, parsed);
    }

    [Fact]
    public void Code_UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Pollutant)9).Code());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AveragingPeriod)9).Code());
    }
}
