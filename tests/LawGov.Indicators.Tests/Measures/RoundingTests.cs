using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests.Measures;

public class RoundingTests
{
    // GB/T 8170-2008 §3.3 examples as quoted in shared/reference/indicators.md §3.2: 1.050 -> 1.0, 0.35 -> 0.4.
    [Theory]
    [InlineData("1.050", 1, "1.0")]
    [InlineData("0.35", 1, "0.4")]
    [InlineData("0.25", 1, "0.2")]
    [InlineData("2.5", 0, "2")]
    [InlineData("3.5", 0, "4")]
    [InlineData("1.0501", 1, "1.1")] // above the midpoint: GB/T 8170 rounds up
    public void Round_HalfEven_FollowsGbT8170(string value, int decimals, string expected)
    {
        decimal rounded = Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, RoundingMode.HalfEven);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    // US EPA: the index is rounded half up (AirNow conc-aqi.js Math.round), so 50.5 -> 51, 50.49 -> 50.
    [Theory]
    [InlineData("50.5", "51")]
    [InlineData("50.49", "50")]
    [InlineData("2.5", "3")]
    public void Round_HalfUp_RoundsMidpointsUp(string value, string expected)
    {
        decimal rounded = Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 0, RoundingMode.HalfUp);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    // US EPA TAD Table: PM2.5 is truncated to one decimal before the index (35.49 -> 35.4, never 35.5).
    [Fact]
    public void Round_Truncate_DropsDigits()
    {
        Assert.Equal(35.4m, Rounding.Round(35.49m, 1, RoundingMode.Truncate));
        Assert.Equal(0.070m, Rounding.Round(0.0709m, 3, RoundingMode.Truncate));
    }

    // HJ 633-2012 §6.2: IAQI is rounded up to an integer, so 54.0000001 -> 55 and 55 stays 55.
    [Fact]
    public void Round_Ceiling_RoundsAnyFractionUp()
    {
        Assert.Equal(55m, Rounding.Round(54.0000001m, 0, RoundingMode.Ceiling));
        Assert.Equal(55m, Rounding.Round(55m, 0, RoundingMode.Ceiling));
    }

    // Hand calculation: floor at one decimal takes −1.21 down to −1.3 and 1.29 down to 1.2.
    [Fact]
    public void Round_Floor_RoundsTowardNegativeInfinity()
    {
        Assert.Equal(-1.3m, Rounding.Round(-1.21m, 1, RoundingMode.Floor));
        Assert.Equal(1.2m, Rounding.Round(1.29m, 1, RoundingMode.Floor));
    }

    [Fact]
    public void Round_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, 29, RoundingMode.HalfEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, -1, RoundingMode.HalfEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, 0, (RoundingMode)42));
    }
}
