namespace LawGov.Indicators.AirQuality;

/// <summary>Hourly monitoring data reduced to daily series per city and station, with the issues met while reading.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AirDataSet
{
    internal AirDataSet(CityAirData[] cities, AirDataIssue[] issues, long issueCount, long rowCount, long skippedRowCount)
    {
        Cities = Array.AsReadOnly(cities);
        Issues = Array.AsReadOnly(issues);
        IssueCount = issueCount;
        RowCount = rowCount;
        SkippedRowCount = skippedRowCount;
        Years = Array.AsReadOnly(cities
            .SelectMany(c => c.City.Days)
            .Select(d => d.Date.Year)
            .Distinct()
            .Order()
            .ToArray());
    }

    /// <summary>The cities, in order of first appearance.</summary>
    public IReadOnlyList<CityAirData> Cities { get; }

    /// <summary>The first <see cref="HourlyDataOptions.MaxIssues"/> issues, in input order.</summary>
    public IReadOnlyList<AirDataIssue> Issues { get; }

    /// <summary>How many issues were found in all (each skipped one row).</summary>
    public long IssueCount { get; }

    /// <summary>How many data rows (or observations) were read, skipped ones included; blank lines are not rows.</summary>
    public long RowCount { get; }

    /// <summary>How many rows were skipped because of an issue.</summary>
    public long SkippedRowCount { get; }

    /// <summary>The calendar years that have data, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// Combines data sets read from parts of the same monitoring data split at day boundaries (by month, by quarter, by
    /// file per day…): each city's and station's daily series are joined by date, and counts and issues are added. The
    /// result equals reading the whole data at once, whatever the order of the parts; only the order of stations
    /// follows their first appearance in <paramref name="parts"/>. Parts split inside a day cannot be combined exactly
    /// (a day's 8-hour ozone windows and daily means need all its hours together), so a day may appear in one part only.
    /// </summary>
    /// <param name="parts">The data sets of the parts.</param>
    /// <returns>The combined data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">A city's or station's day appears in more than one part.</exception>
    public static AirDataSet Combine(IEnumerable<AirDataSet> parts)
    {
        var list = Utility.Preconditions.CheckNotNull(parts, nameof(parts)).ToList();
        var cities = list
            .SelectMany(part => part.Cities)
            .GroupBy(city => city.Name, StringComparer.Ordinal)
            .Select(group =>
            {
                // Stations first, so that an overlap is reported with the station's name.
                SiteSeries[] stations = group.SelectMany(city => city.Stations).GroupBy(station => station.Name, StringComparer.Ordinal).Select(JoinDays).ToArray();
                return new CityAirData(group.Key, JoinDays(group.Select(city => city.City)), stations);
            })
            .ToArray();
        return new AirDataSet(
            cities,
            list.SelectMany(part => part.Issues).ToArray(),
            list.Sum(part => part.IssueCount),
            list.Sum(part => part.RowCount),
            list.Sum(part => part.SkippedRowCount));
    }

    private static SiteSeries JoinDays(IEnumerable<SiteSeries> series)
    {
        var list = series.ToList();
        DailyConcentrations[] days = list.SelectMany(s => s.Days).OrderBy(d => d.Date).ToArray();
        for (int i = 1; i < days.Length; i++)
        {
            if (days[i].Date == days[i - 1].Date)
            {
                throw new ArgumentException(
                    $"'{list[0].Name}' has {days[i].Date:uuuu-MM-dd} in more than one part; split hourly data at day boundaries to combine it.",
                    "parts");
            }
        }
        return new SiteSeries(list[0].Name, days);
    }
}
