namespace LawGov.Indicators.AirQuality;

/// <summary>The daily series of one site (a station, or a city from the mean of its stations), in date order.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class SiteSeries
{
    internal SiteSeries(string name, DailyConcentrations[] days)
    {
        Name = name;
        Days = Array.AsReadOnly(days);
    }

    /// <summary>A series over a read-only view the caller hands over (not copied, not changed afterwards).</summary>
    internal SiteSeries(string name, IReadOnlyList<DailyConcentrations> days)
    {
        Name = name;
        Days = days;
    }

    /// <summary>The station or city name.</summary>
    public string Name { get; }

    /// <summary>One entry per day that had at least one row, in date order; days without rows are absent (missing).</summary>
    public IReadOnlyList<DailyConcentrations> Days { get; }
}
