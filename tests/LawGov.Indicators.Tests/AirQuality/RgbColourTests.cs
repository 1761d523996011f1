using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class RgbColourTests
{
    [Fact]
    public void Equality_SameChannels_IsEqual()
    {
        Contracts.AssertEquality(new RgbColour(0, 228, 0), new RgbColour(0, 228, 0), new RgbColour(0, 228, 1));
    }

    [Fact]
    public void ToString_IsHex()
    {
        // HJ 633 Appendix A green 0,228,0.
        Assert.Equal("#00E400", new RgbColour(0, 228, 0).ToString());
    }
}
