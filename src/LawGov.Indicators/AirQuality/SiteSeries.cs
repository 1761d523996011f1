namespace LawGov.Indicators.AirQuality;

/// <summary>The daily series of one site (a station, or a city from the mean of its stations), in date order.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class SiteSeries
{
    internal SiteSeries(string name, DailyConcentrations[] days)
        : this(name, Array.AsReadOnly(days))
    {
    }

    /// <summary>A series over a read-only view the caller hands over (not copied, not changed afterwards).</summary>
    /// <param name="name">The site's name.</param>
    /// <param name="days">The days, in date order.</param>
    /// <param name="openDays">
    /// For a station, the hourly values of the days that another part of the data may still add hours to (its first and
    /// last day when read), in date order, each also summarized in <paramref name="days"/>; null for none.
    /// </param>
    /// <param name="cityHours">For a city, the exact hourly state its days were summarized from, by day number; null for a station.</param>
    internal SiteSeries(string name, IReadOnlyList<DailyConcentrations> days, IReadOnlyList<StationDayHours>? openDays = null, IReadOnlyDictionary<int, CityHours>? cityHours = null)
    {
        Name = name;
        Days = days;
        OpenDays = openDays ?? [];
        CityHours = cityHours;
    }

    /// <summary>The station or city name.</summary>
    public string Name { get; }

    /// <summary>One entry per day that had at least one row, in date order; days without rows are absent (missing).</summary>
    public IReadOnlyList<DailyConcentrations> Days { get; }

    /// <summary>The hourly values of the days that can still be joined with hours of the same day from another part.</summary>
    internal IReadOnlyList<StationDayHours> OpenDays { get; }

    /// <summary>
    /// For a city, its exact hourly state by day number (every day of <see cref="Days"/> has one), from which the annual
    /// figures take the exact daily values; null for a station, whose days are exact.
    /// </summary>
    internal IReadOnlyDictionary<int, CityHours>? CityHours { get; }
}
