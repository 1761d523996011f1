using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One station's hourly concentrations for one hour, the in-memory form of a row of the hourly CSV: µg/m³ except CO
/// in mg/m³; null (or negative) is a missing value.
/// </summary>
/// <remarks>Equality compares every field. <c>default</c> has no station and is rejected by the reader.</remarks>
public readonly record struct HourlyObservation
{
    /// <summary>Initializes an observation.</summary>
    /// <param name="station">The station name.</param>
    /// <param name="time">The hour, labelled as <see cref="HourlyDataOptions.HourLabel"/> says (minutes must be zero).</param>
    /// <param name="pm25">PM2.5, µg/m³.</param>
    /// <param name="pm10">PM10, µg/m³.</param>
    /// <param name="so2">SO2, µg/m³.</param>
    /// <param name="no2">NO2, µg/m³.</param>
    /// <param name="co">CO, mg/m³.</param>
    /// <param name="o3">O3, µg/m³.</param>
    /// <param name="city">The city, or null when all stations form one city.</param>
    public HourlyObservation(string station, LocalDateTime time, decimal? pm25, decimal? pm10, decimal? so2, decimal? no2, decimal? co, decimal? o3, string? city = null)
    {
        Station = station;
        Time = time;
        Pm25 = pm25;
        Pm10 = pm10;
        So2 = so2;
        No2 = no2;
        Co = co;
        O3 = o3;
        City = city;
    }

    /// <summary>The station name.</summary>
    public string Station { get; }

    /// <summary>The city, or null.</summary>
    public string? City { get; }

    /// <summary>The hour's label.</summary>
    public LocalDateTime Time { get; }

    /// <summary>PM2.5, µg/m³.</summary>
    public decimal? Pm25 { get; }

    /// <summary>PM10, µg/m³.</summary>
    public decimal? Pm10 { get; }

    /// <summary>SO2, µg/m³.</summary>
    public decimal? So2 { get; }

    /// <summary>NO2, µg/m³.</summary>
    public decimal? No2 { get; }

    /// <summary>CO, mg/m³.</summary>
    public decimal? Co { get; }

    /// <summary>O3, µg/m³.</summary>
    public decimal? O3 { get; }

    internal decimal? Get(int pollutant) => pollutant switch
    {
        0 => Pm25,
        1 => Pm10,
        2 => So2,
        3 => No2,
        4 => Co,
        _ => O3,
    };
}
