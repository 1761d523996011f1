namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One city's daily series: the city series from hourly city values (for each pollutant and hour, the mean of the
/// stations that have a value) and each station's own series.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class CityAirData
{
    internal CityAirData(string? name, SiteSeries city, SiteSeries[] stations)
    {
        Name = name;
        City = city;
        Stations = Array.AsReadOnly(stations);
    }

    /// <summary>The city name from the <c>city</c> column, or null when the input has none (all stations form one city).</summary>
    public string? Name { get; }

    /// <summary>The city's own daily series.</summary>
    public SiteSeries City { get; }

    /// <summary>The stations, in order of their first readable row in the input.</summary>
    public IReadOnlyList<SiteSeries> Stations { get; }
}
