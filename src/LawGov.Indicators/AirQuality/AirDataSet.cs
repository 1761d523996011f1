namespace LawGov.Indicators.AirQuality;

/// <summary>Hourly monitoring data reduced to daily series per city and station, with the issues met while reading.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AirDataSet
{
    /// <param name="cities">The cities.</param>
    /// <param name="issues">The kept issues: the first <paramref name="issueLimit"/> (all when fewer).</param>
    /// <param name="issueCount">All issues.</param>
    /// <param name="rowCount">Rows read.</param>
    /// <param name="skippedRowCount">Rows skipped.</param>
    /// <param name="issueLimit">How many issues are kept at most (<see cref="HourlyDataOptions.MaxIssues"/>).</param>
    /// <param name="partCount">How many parts the data set combines (1 for one read, 0 for none).</param>
    internal AirDataSet(CityAirData[] cities, AirDataIssue[] issues, long issueCount, long rowCount, long skippedRowCount, int issueLimit, int partCount = 1)
    {
        Cities = Array.AsReadOnly(cities);
        Issues = Array.AsReadOnly(issues);
        IssueCount = issueCount;
        RowCount = rowCount;
        SkippedRowCount = skippedRowCount;
        IssueLimit = issueLimit;
        PartCount = partCount;
        // From the cities' hourly state (every city day has one), so the city series need not be summarized here.
        Years = Array.AsReadOnly(cities
            .SelectMany(c => c.Hours.Keys)
            .Select(day => DayNumbers.ToDate(day).Year)
            .Distinct()
            .Order()
            .ToArray());
    }

    /// <summary>How many issues <see cref="Issues"/> holds at most: the read's <see cref="HourlyDataOptions.MaxIssues"/>, for combined parts the smallest of theirs.</summary>
    internal int IssueLimit { get; }

    /// <summary>How many parts this data set combines: 1 for one read, the parts' sum for <see cref="Combine"/>, 0 for none.</summary>
    internal int PartCount { get; }

    /// <summary>The cities, in order of first appearance.</summary>
    public IReadOnlyList<CityAirData> Cities { get; }

    /// <summary>
    /// The first <see cref="HourlyDataOptions.MaxIssues"/> issues, in input order; for combined parts, in the order of the
    /// parts (see <see cref="AirDataIssue.Part"/>), at most the smallest of the parts' limits.
    /// </summary>
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
    /// Combines data sets read from parts of the same monitoring data, however it was split: by station (a file per
    /// station), by time (by month, or a file cut at any hour), or both. For each city the exact hourly sums and counts
    /// of its stations add, so the city series is the one of the whole; each station's days are joined by date, a day
    /// split between parts being joined from the hourly values kept for a part's first and last day of the station.
    /// The result equals reading the whole data at once, whatever the order and grouping of the parts (the merge is
    /// associative and commutative), with two exceptions: the order of cities, stations and issues follows the parts
    /// (issues keep their part's lines, see <see cref="AirDataIssue.Part"/>), and rows of a station that go back to an
    /// earlier day across a cut — skipped and reported in a whole read — are accepted in parts, since each part's rows
    /// are in order by themselves.
    /// </summary>
    /// <remarks>
    /// The parts must not overlap: a station's hour may be in one part only (else its row would count twice), and a day
    /// of a station may be split only between parts where it is the station's first or last day (where the day lies
    /// between other days of the station, only its summary was kept). Such overlaps throw. Rows a part skipped, and the
    /// rule that a station's rows must not go back to an earlier day, apply within each part.
    /// </remarks>
    /// <param name="parts">The data sets of the parts.</param>
    /// <returns>The combined data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">Parts overlap: a station has the same hour in two parts, or the same day in two
    /// parts where one of them kept only its summary.</exception>
    /// <exception cref="OverflowException">A city's hourly sum overflows (more than about 900 000 stations).</exception>
    public static AirDataSet Combine(IEnumerable<AirDataSet> parts)
    {
        var list = Utility.Preconditions.CheckNotNull(parts, nameof(parts)).ToList();
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(parts), $"parts[{i}] is null.");
            }
        }
        if (list.Count == 1)
        {
            return list[0];
        }
        var cities = list
            .SelectMany(part => part.Cities)
            .GroupBy(city => city.Name, StringComparer.Ordinal)
            .Select(group =>
            {
                SiteSeries[] stations = group.SelectMany(city => city.Stations).GroupBy(station => station.Name, StringComparer.Ordinal).Select(JoinStation).ToArray();
                return new CityAirData(group.Key, AddHours(group.Select(city => city.Hours)), stations);
            })
            .ToArray();
        // The first issues of the parts in order, as many as the smallest limit: each part kept its own first ones (all
        // of them, or as many as its limit, which is at least that), so these are the first of all.
        int limit = list.Count == 0 ? int.MaxValue : list.Min(part => part.IssueLimit);
        var issues = new List<AirDataIssue>();
        int partCount = 0;
        foreach (AirDataSet part in list)
        {
            foreach (AirDataIssue issue in part.Issues)
            {
                if (issues.Count == limit)
                {
                    break;
                }
                issues.Add(issue.InPart(partCount + issue.Part));
            }
            partCount += part.PartCount;
        }
        return new AirDataSet(
            cities,
            issues.ToArray(),
            list.Sum(part => part.IssueCount),
            list.Sum(part => part.RowCount),
            list.Sum(part => part.SkippedRowCount),
            limit,
            partCount);
    }

    /// <summary>Combines this data set with another (see <see cref="Combine"/>).</summary>
    /// <param name="other">The data set of another part.</param>
    /// <returns>The combined data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The parts overlap (see <see cref="Combine"/>).</exception>
    /// <exception cref="OverflowException">A city's hourly sum overflows.</exception>
    public AirDataSet Merge(AirDataSet other) => Combine([this, Utility.Preconditions.CheckNotNull(other, nameof(other))]);

    /// <summary>The cities' hourly states added per day; the inputs are not changed (a day in one part only is shared).</summary>
    private static Dictionary<int, CityHours> AddHours(IEnumerable<IReadOnlyDictionary<int, CityHours>> parts)
    {
        var sum = new Dictionary<int, CityHours>();
        foreach (IReadOnlyDictionary<int, CityHours> part in parts)
        {
            foreach ((int day, CityHours hours) in part)
            {
                sum[day] = sum.TryGetValue(day, out CityHours? earlier) ? CityHours.Sum(earlier, hours) : hours;
            }
        }
        return sum;
    }

    /// <summary>One station's series from its parts: days joined by date, a day in several parts from their hours.</summary>
    private static SiteSeries JoinStation(IEnumerable<SiteSeries> series)
    {
        var list = series.ToList();
        if (list.Count == 1)
        {
            return list[0];
        }
        string name = list[0].Name;
        var days = new SortedDictionary<NodaTime.LocalDate, (DailyConcentrations Summary, StationDayHours? Hours)>();
        foreach (SiteSeries part in list)
        {
            var open = part.OpenDays.ToDictionary(d => d.Day);
            foreach (DailyConcentrations day in part.Days)
            {
                StationDayHours? hours = open.GetValueOrDefault(DayNumbers.FromDate(day.Date));
                if (!days.TryGetValue(day.Date, out var earlier))
                {
                    days.Add(day.Date, (day, hours));
                    continue;
                }
                if (earlier.Hours is null || hours is null)
                {
                    throw new ArgumentException(
                        $"Station '{name}' has {day.Date:uuuu-MM-dd} in more than one part, and in one of them the day lies between other days of the station, so only its summary was kept; parts must not overlap in time for a station (a day may be split only at a part's first or last day of the station).",
                        "parts");
                }
                uint both = earlier.Hours.Rows & hours.Rows;
                if (both != 0)
                {
                    throw new ArgumentException(
                        $"Station '{name}' has a row for {day.Date:uuuu-MM-dd} {System.Numerics.BitOperations.TrailingZeroCount(both):00}:00 (hour-beginning) in more than one part; each hour may be in one part only.",
                        "parts");
                }
                StationDayHours joined = StationDayHours.Join(earlier.Hours, hours);
                days[day.Date] = (joined.Summarize(), joined);
            }
        }
        return new SiteSeries(
            name,
            days.Values.Select(d => d.Summary).ToArray(),
            days.Values.Where(d => d.Hours is not null).Select(d => d.Hours!).ToArray());
    }
}
