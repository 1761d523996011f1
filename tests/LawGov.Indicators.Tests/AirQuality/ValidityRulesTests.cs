using System.Numerics;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class ValidityRulesTests
{
    [Fact]
    public void WindowBounds_EveryHourSet_AreTheFewestAndMostWindowsWithSixHours()
    {
        // Enumerates all 2^24 sets of a day's hours: for n hours, the fewest and the most of the 17 windows (hours
        // s..s+7, s = 0..16) that hold at least 6 of them (GB 3095 Table 4: an 8-hour mean needs 6 values).
        var fewest = new int[25];
        var most = new int[25];
        Array.Fill(fewest, int.MaxValue);
        for (uint set = 0; set < 1u << 24; set++)
        {
            int windows = 0;
            for (int start = 0; start < 17; start++)
            {
                windows += BitOperations.PopCount((set >> start) & 0xFF) >= 6 ? 1 : 0;
            }
            int n = BitOperations.PopCount(set);
            fewest[n] = Math.Min(fewest[n], windows);
            most[n] = Math.Max(most[n], windows);
        }

        Assert.Equal(fewest, ValidityRules.FewestWindows.ToArray().Select(b => (int)b));
        Assert.Equal(most, ValidityRules.MostWindows.ToArray().Select(b => (int)b));
    }
}
