namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One city's daily series: the city series from hourly city values (for each pollutant and hour, the mean of the
/// stations that have a value) and each station's own series.
/// </summary>
/// <remarks>
/// Immutable; equality is reference equality. The city series is summarized from the hourly state when
/// <see cref="City"/> is first read (once, thread-safe), so combining parts two at a time does not summarize the
/// intermediate cities.
/// </remarks>
public sealed class CityAirData
{
    private readonly Lazy<SiteSeries> city;

    /// <param name="name">The city name, or null.</param>
    /// <param name="hours">The city's exact hourly state by day number; kept, not copied, and never changed afterwards.</param>
    /// <param name="stations">The stations.</param>
    internal CityAirData(string? name, IReadOnlyDictionary<int, CityHours> hours, SiteSeries[] stations)
    {
        Name = name;
        Hours = hours;
        city = new Lazy<SiteSeries>(() => new SiteSeries(name ?? UnnamedCity, CityHours.Summarize(hours), cityHours: hours), LazyThreadSafetyMode.ExecutionAndPublication);
        Stations = Array.AsReadOnly(stations);
    }

    /// <summary>The name of the city's series when the input has no <c>city</c> column.</summary>
    internal const string UnnamedCity = "all stations";

    /// <summary>The city name from the <c>city</c> column, or null when the input has none (all stations form one city).</summary>
    public string? Name { get; }

    /// <summary>The city's own daily series (summarized on first read).</summary>
    public SiteSeries City => city.Value;

    /// <summary>Whether <see cref="City"/> has been summarized yet.</summary>
    internal bool IsCitySummarized => city.IsValueCreated;

    /// <summary>The stations, in order of their first readable row in the input.</summary>
    public IReadOnlyList<SiteSeries> Stations { get; }

    /// <summary>The exact hourly state the city series is computed from: what combining parts adds up.</summary>
    internal IReadOnlyDictionary<int, CityHours> Hours { get; }
}
