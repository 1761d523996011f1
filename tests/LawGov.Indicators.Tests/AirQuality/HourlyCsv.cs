using System.Globalization;
using System.Text;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

/// <summary>Builds small hourly CSV inputs for tests (hour-beginning labels, header in the documented order).</summary>
internal sealed class HourlyCsv
{
    public const string Header = "station,time,PM2.5,PM10,SO2,NO2,CO,O3";

    private readonly StringBuilder text;

    public HourlyCsv(string header = Header)
    {
        text = new StringBuilder(header).Append('\n');
    }

    public HourlyCsv Line(string line)
    {
        text.Append(line).Append('\n');
        return this;
    }

    public HourlyCsv Row(string station, LocalDateTime time, string pm25 = "10", string pm10 = "20", string so2 = "5", string no2 = "20", string co = "0.5", string o3 = "60")
    {
        text.Append(station).Append(',')
            .Append(time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(',')
            .Append(pm25).Append(',').Append(pm10).Append(',').Append(so2).Append(',')
            .Append(no2).Append(',').Append(co).Append(',').Append(o3).Append('\n');
        return this;
    }

    /// <summary>Rows for every hour of the days from <paramref name="first"/> to <paramref name="last"/>, except the hours <paramref name="skip"/> says to leave out.</summary>
    public HourlyCsv Days(string station, LocalDate first, LocalDate last, Func<LocalDateTime, bool>? skip = null, string pm25 = "10", string o3 = "60")
    {
        for (LocalDate day = first; day <= last; day = day.PlusDays(1))
        {
            for (int h = 0; h < 24; h++)
            {
                LocalDateTime time = day.At(new LocalTime(h, 0));
                if (skip is null || !skip(time))
                {
                    Row(station, time, pm25: pm25, o3: o3);
                }
            }
        }
        return this;
    }

    public override string ToString() => text.ToString();

    public MemoryStream ToStream() => new(Encoding.UTF8.GetBytes(text.ToString()));
}
