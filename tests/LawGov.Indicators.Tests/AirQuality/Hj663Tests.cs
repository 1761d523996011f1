using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class Hj663Tests
{
    [Fact]
    public void Percentile_HJ663AppendixAExample_Is6Point5()
    {
        // HJ 663-2013 Appendix A example: {3,4,8,2,5,4}, p = 0.90 -> sorted {2,3,4,4,5,8}, k = 1 + 5*0.9 = 5.5,
        // X(5) + (X(6) - X(5)) * 0.5 = 5 + 3 * 0.5 = 6.5.
        decimal[] sorted = [2, 3, 4, 4, 5, 8];

        Assert.Equal(6.5m, Hj663.Percentile(sorted, 0.90m));
    }

    [Fact]
    public void Percentile_KAtTheLastValue_IsTheMaximum()
    {
        // p = 1: k = n -> X(n).
        Assert.Equal(8m, Hj663.Percentile([2m, 3m, 8m], 1m));
    }

    [Fact]
    public void Percentile_OneValue_IsThatValue()
    {
        Assert.Equal(7m, Hj663.Percentile([7m], 0.95m));
    }

    [Fact]
    public void Percentile_365Values_InterpolatesAtK()
    {
        // Values 1..365, p = 0.98: k = 1 + 364*0.98 = 357.72 -> 357 + (358 - 357) * 0.72 = 357.72.
        decimal[] sorted = Enumerable.Range(1, 365).Select(i => (decimal)i).ToArray();

        Assert.Equal(357.72m, Hj663.Percentile(sorted, 0.98m));
    }

    [Theory]
    [InlineData(Pollutant.So2, "0.98")]
    [InlineData(Pollutant.No2, "0.98")]
    [InlineData(Pollutant.Pm10, "0.95")]
    [InlineData(Pollutant.Pm25, "0.95")]
    [InlineData(Pollutant.Co, "0.95")]
    [InlineData(Pollutant.O3, "0.90")]
    public void PercentileOf_EachPollutant_FollowsHj663Table(Pollutant pollutant, string expected)
    {
        // HJ 663-2013 annual items: SO2/NO2 24h p98, PM10/PM2.5/CO 24h p95, O3 MDA8 p90.
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Hj663.PercentileOf(pollutant));
    }
}
