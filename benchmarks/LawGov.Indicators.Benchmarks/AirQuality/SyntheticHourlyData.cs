using System.Globalization;
using System.Text;
using LawGov.Indicators.AirQuality;
using NodaTime;

namespace LawGov.Indicators.Benchmarks.AirQuality;

/// <summary>
/// Seeded synthetic hourly data: one value per station, hour and pollutant, in a flat array (station-major, then hour,
/// then pollutant). Values are whole µg/m³; CO is stored in tenths of mg/m³. About 2 % of values are missing (−1).
/// </summary>
public sealed class SyntheticHourlyData
{
    public const int Pollutants = 6;

    public SyntheticHourlyData(int stations, int hours, int seed)
    {
        Stations = stations;
        Hours = hours;
        Values = new short[stations * hours * Pollutants];
        var random = new Random(seed);
        int[] lows = [5, 10, 2, 5, 1, 10];
        int[] spans = [150, 250, 40, 90, 30, 220];
        for (int i = 0; i < Values.Length; i++)
        {
            int p = i % Pollutants;
            Values[i] = random.Next(50) == 0 ? (short)-1 : (short)(lows[p] + random.Next(spans[p]));
        }
    }

    public int Stations { get; }

    public int Hours { get; }

    public short[] Values { get; }

    public static readonly LocalDateTime Start = new(2023, 1, 1, 0, 0);

    public static string StationName(int station) => "Station" + station.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The observations, generated on the fly (hour-major: all stations for hour 0, then hour 1, …).</summary>
    public IEnumerable<HourlyObservation> Observations()
    {
        string[] names = Enumerable.Range(0, Stations).Select(StationName).ToArray();
        for (int h = 0; h < Hours; h++)
        {
            LocalDateTime time = Start.PlusHours(h);
            for (int s = 0; s < Stations; s++)
            {
                int i = (s * Hours + h) * Pollutants;
                yield return new HourlyObservation(names[s], time, Value(i), Value(i + 1), Value(i + 2), Value(i + 3), Co(i + 4), Value(i + 5));
            }
        }
    }

    private decimal? Value(int i) => Values[i] < 0 ? null : Values[i];

    private decimal? Co(int i) => Values[i] < 0 ? null : Values[i] / 10m;

    /// <summary>The same data as hourly CSV (UTF-8), hour-major like a CNEMC export, about 49 bytes a row.</summary>
    public byte[] ToCsv()
    {
        var text = new StringBuilder("station,time,PM2.5,PM10,SO2,NO2,CO,O3\n", Stations * Hours * 50);
        for (int h = 0; h < Hours; h++)
        {
            string time = Start.PlusHours(h).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            for (int s = 0; s < Stations; s++)
            {
                int i = (s * Hours + h) * Pollutants;
                text.Append(StationName(s)).Append(',').Append(time);
                for (int p = 0; p < Pollutants; p++)
                {
                    text.Append(',');
                    short v = Values[i + p];
                    if (v < 0)
                    {
                        text.Append("NA");
                    }
                    else if (p == 4)
                    {
                        text.Append(v / 10).Append('.').Append(v % 10);
                    }
                    else
                    {
                        text.Append(v);
                    }
                }
                text.Append('\n');
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
