using LawGov.Indicators.AirQuality;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

/// <summary>
/// A city of three stations that report every hour of a year, built from each day's total: the 72 station-hour values
/// of a pollutant are whole µg/m³ summing to the total, so the city's daily mean (Σ over 24 hours of the three stations'
/// sum / 3, over 24) is total / 72 exactly. With 72 = 2³ · 3², a total not divisible by 9 gives a daily mean with
/// endlessly many decimals. Pollutants without a total have no values.
/// </summary>
internal static class ThreeStationCity
{
    /// <param name="year">The year, every day of which has rows.</param>
    /// <param name="pm25">PM2.5 total of day index 0, 1, … (January 1 is 0).</param>
    /// <param name="pm10">PM10 total of each day, or null for none.</param>
    public static CityAirData Build(int year, Func<int, int> pm25, Func<int, int>? pm10 = null)
    {
        var observations = new List<HourlyObservation>();
        int index = 0;
        for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1), index++)
        {
            int pm25Total = pm25(index);
            int? pm10Total = pm10?.Invoke(index);
            for (int h = 0; h < 24; h++)
            {
                for (int s = 0; s < 3; s++)
                {
                    int slot = (h * 3) + s;
                    observations.Add(new HourlyObservation(
                        "S" + s, day.At(new LocalTime(h, 0)), Share(pm25Total, slot), pm10Total is int t ? Share(t, slot) : null, null, null, null, null));
                }
            }
        }
        AirDataSet data = HourlyAirData.FromObservations(observations);
        Assert.Empty(data.Issues);
        return Assert.Single(data.Cities);
    }

    /// <summary>The value of station-hour <paramref name="slot"/> (0–71): the total spread as evenly as whole numbers allow.</summary>
    private static decimal Share(int total, int slot) => (total / 72) + (slot < total % 72 ? 1 : 0);

    /// <summary>A daily total that cycles through <paramref name="cycle"/> by day index.</summary>
    public static Func<int, int> Cycle(params int[] cycle) => day => cycle[day % cycle.Length];
}
