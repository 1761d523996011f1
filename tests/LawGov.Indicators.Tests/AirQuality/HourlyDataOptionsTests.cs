using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class HourlyDataOptionsTests
{
    [Theory]
    [InlineData(128)]
    [InlineData(255)]
    [InlineData(1024)]
    [InlineData(-256)]
    public void FastPathVectorBits_OtherThanTheTwoWidths_Throws(int bits)
    {
        // The fast path splits its 64-byte window with one 512-bit or two 256-bit vectors; no other width exists.
        Assert.Throws<ArgumentOutOfRangeException>(() => new HourlyDataOptions { FastPathVectorBits = bits });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    [InlineData(512)]
    public void FastPathVectorBits_ZeroOrAWidth_IsKept(int bits)
    {
        Assert.Equal(bits, new HourlyDataOptions { FastPathVectorBits = bits }.FastPathVectorBits);
    }
}
