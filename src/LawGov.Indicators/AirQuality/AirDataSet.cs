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
}
