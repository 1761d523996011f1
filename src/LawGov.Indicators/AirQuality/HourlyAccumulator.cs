using System.Numerics;
using System.Globalization;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Applies parsed hourly rows in input order: each station keeps one day buffer (24 hours × 6 pollutants) and finishes
/// the day into <see cref="DailyConcentrations"/> when its rows move on to a later day; each city sums its stations'
/// values per hour for the city's hourly means. Memory: one day buffer per station and copies of its first and last
/// day (kept in the data set for joining parts, see <see cref="AirDataSet.Combine"/>), the stations' daily series,
/// and per city one (sum, count) per pollutant-hour of the days seen.
/// </summary>
/// <remarks>
/// Several accumulators may each take a shard of the stations; <see cref="Merge"/> joins them (the cities' hourly sums
/// are added, stations ordered by their first row). Rows of one station must not go back to an earlier day (within a
/// day any order is fine), so files sorted by station then time and files sorted by time across stations both work.
/// A row for an earlier day, or a second row for the same station and hour, is an issue and is skipped (the first row
/// is kept).
/// </remarks>
internal sealed class HourlyAccumulator
{
    private readonly SiteRegistry registry;
    private readonly IssueCollector issues;
    private StationState?[] byId = new StationState?[64];
    private readonly List<CityState> cities = [];
    private readonly Dictionary<string, CityState> citiesByName = new(StringComparer.Ordinal);
    private CityState? unnamedCity;
    private readonly bool holdFirstDay;

    /// <param name="registry">The site ids, shared by the accumulators of one read.</param>
    /// <param name="issues">Where skipped rows are reported.</param>
    /// <param name="holdFirstDay">
    /// For a later part of the input read at the same time as the earlier ones: each station's first day is kept as
    /// hourly values, not summarized, so <see cref="TryAbsorb"/> can join it to the day the earlier part left open.
    /// </param>
    internal HourlyAccumulator(SiteRegistry registry, IssueCollector issues, bool holdFirstDay = false)
    {
        this.registry = registry;
        this.issues = issues;
        this.holdFirstDay = holdFirstDay;
    }

    internal long RowCount { get; private set; }

    internal long SkippedRowCount { get; private set; }

    /// <summary>Counts a row read (good or bad).</summary>
    internal void CountRow() => RowCount++;

    internal void Skip(long line, int column, string message)
    {
        SkippedRowCount++;
        issues.Add(line, column, message);
    }

    /// <summary>Applies one row; <paramref name="line"/> is its absolute line (or record) number.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void Add(in HourRow row, long line)
    {
        StationState? station = (uint)row.Site < (uint)byId.Length ? byId[row.Site] : null;
        station ??= Station(row.Site, line);
        int day = row.Hour / 24;
        int hour = row.Hour - day * 24;
        if (day < station.Day || row.Hour < 0)
        {
            if (row.Hour < 0)
            {
                // The readers never make one (their dates start in year 1); a defence, so no slot outside the day is written.
                Skip(line, 0, $"station '{station.Name}': the time is before the supported range (years from 1 on); skipped");
                return;
            }
            Skip(line, 0, string.Create(CultureInfo.InvariantCulture,
                $"station '{station.Name}': a row for {Describe(row.Hour)} comes after rows of {DayNumbers.ToDate(station.Day):yyyy-MM-dd}; a station's rows must not go back to an earlier day (skipped)"));
            return;
        }
        if (day > station.Day)
        {
            station.FinishDay();
            station.Day = day;
            if (station.FirstDay < 0)
            {
                station.FirstDay = day;
            }
            station.CityDay = station.City.Day(day);
        }
        uint bit = 1u << hour;
        if ((station.RowsSeen & bit) != 0)
        {
            Skip(line, 0, $"station '{station.Name}': a second row for {Describe(row.Hour)}; the first is kept");
            return;
        }
        station.RowsSeen |= bit;
        long[] values = station.Values;
        uint[] present = station.Present;
        long[] sums = station.CityDay!.Sums;
        int[] counts = station.CityDay.Counts;
        for (int p = 0, slot = hour; p < 6; p++, slot += 24)
        {
            if ((row.Present & (1 << p)) != 0)
            {
                long v = row.Values[p];
                values[(hour * 6) + p] = v;
                present[p] |= bit;
                sums[slot] += v;
                counts[slot]++;
            }
        }
    }

    /// <summary>
    /// Joins the accumulator of the part of the input that follows this one's (its lines numbered from 1, this one's
    /// last line + <paramref name="lineOffset"/> being its first), as if its rows had been applied here in order. False,
    /// with nothing changed, when that would not give the same result: a station's rows in the later part start on a
    /// day before the one this part left open, or repeat an hour of it (the sequential read would skip and report those
    /// rows); the caller then reads the later part again in sequence.
    /// </summary>
    internal bool TryAbsorb(HourlyAccumulator later, long lineOffset)
    {
        for (int id = 0; id < later.byId.Length; id++)
        {
            StationState? next = later.byId[id];
            StationState? open = id < byId.Length ? byId[id] : null;
            if (next is null || open is null)
            {
                continue;
            }
            if (next.FirstDay < open.Day || (next.FirstDay == open.Day && (next.FirstDayRows & open.RowsSeen) != 0))
            {
                return false;
            }
        }
        for (int id = 0; id < later.byId.Length; id++)
        {
            if (later.byId[id] is not StationState next)
            {
                continue;
            }
            StationState station = (uint)id < (uint)byId.Length && byId[id] is StationState known ? known : Station(id, next.FirstLine + lineOffset);
            if (station.FirstDay < 0)
            {
                // A station first seen in the later part starts where it starts there (so this accumulator can in turn
                // be absorbed by an earlier one).
                station.FirstDay = next.FirstDay;
            }
            if (next.FirstDay != station.Day)
            {
                station.FinishDay();
                station.Day = next.FirstDay;
            }
            // The later part's first day joins this part's open day (or opens it).
            (long[] values, uint[] present) = next.First is { } held ? (held.Values, held.Present) : (next.Values, next.Present);
            for (int p = 0; p < 6; p++)
            {
                for (uint m = present[p]; m != 0; m &= m - 1)
                {
                    int slot = (BitOperations.TrailingZeroCount(m) * 6) + p;
                    station.Values[slot] = values[slot];
                }
                station.Present[p] |= present[p];
            }
            station.RowsSeen |= next.FirstDayRows;
            if (next.First is not null)
            {
                station.FinishDay();
                station.Days.AddRange(next.Days);
                station.Day = next.Day;
                next.Values.CopyTo(station.Values, 0);
                next.Present.CopyTo(station.Present, 0);
                station.RowsSeen = next.RowsSeen;
            }
            // Rows read here later (a part after this one read again in sequence) add to this accumulator's city hours.
            station.CityDay = station.City.Day(station.Day);
        }
        foreach (CityState city in later.cities)
        {
            CityState target = city.Name is null ? unnamedCity ??= AddCity(null)
                : citiesByName.TryGetValue(city.Name, out CityState? named) ? named : AddNamedCity(city.Name);
            city.AddTo(target.Days);
        }
        issues.Absorb(later.issues, lineOffset);
        RowCount += later.RowCount;
        SkippedRowCount += later.SkippedRowCount;
        return true;
    }

    private CityState AddNamedCity(string name)
    {
        CityState city = AddCity(name);
        citiesByName.Add(name, city);
        return city;
    }

    /// <summary>Finishes every station's open day and joins the accumulators into one data set.</summary>
    internal static AirDataSet Merge(IReadOnlyList<HourlyAccumulator> accumulators)
    {
        var stationsByCity = new Dictionary<string, List<StationState>>(StringComparer.Ordinal);
        var hoursByCity = new Dictionary<string, Dictionary<int, CityHours>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        const string unnamed = "\0";
        foreach (HourlyAccumulator accumulator in accumulators)
        {
            foreach (CityState city in accumulator.cities)
            {
                string key = city.Name ?? unnamed;
                names[key] = city.Name;
                if (!stationsByCity.TryGetValue(key, out List<StationState>? stations))
                {
                    stationsByCity.Add(key, stations = []);
                    hoursByCity.Add(key, []);
                }
                foreach (StationState station in city.Stations)
                {
                    station.Close();
                    stations.Add(station);
                }
                city.AddTo(hoursByCity[key]);
            }
        }
        CityAirData[] result = stationsByCity
            .OrderBy(c => c.Value.Min(s => s.FirstLine))
            .Select(c =>
            {
                SiteSeries[] stations = c.Value.OrderBy(s => s.FirstLine).Select(s => new SiteSeries(s.Name, s.Days.AsReadOnly(), s.OpenDays)).ToArray();
                return new CityAirData(names[c.Key], hoursByCity[c.Key], stations);
            })
            .ToArray();
        int limit = accumulators.Max(a => a.issues.Limit);
        AirDataIssue[] issues = accumulators.SelectMany(a => a.issues.ToArray()).OrderBy(i => i.Line).Take(limit).ToArray();
        return new AirDataSet(
            result,
            issues,
            accumulators.Sum(a => a.issues.Count),
            accumulators.Sum(a => a.RowCount),
            accumulators.Sum(a => a.SkippedRowCount),
            limit);
    }

    private StationState Station(int id, long line)
    {
        if (byId.Length <= id)
        {
            Array.Resize(ref byId, Math.Max(id + 1, byId.Length * 2));
        }
        if (byId[id] is StationState known)
        {
            return known;
        }
        (string? cityName, string name) = registry[id];
        CityState city;
        if (cityName is null)
        {
            city = unnamedCity ??= AddCity(null);
        }
        else if (!citiesByName.TryGetValue(cityName, out city!))
        {
            city = AddCity(cityName);
            citiesByName.Add(cityName, city);
        }
        var station = new StationState(name, city, holdFirstDay) { FirstLine = line };
        city.Stations.Add(station);
        byId[id] = station;
        return station;
    }

    private CityState AddCity(string? name)
    {
        var city = new CityState(name);
        cities.Add(city);
        return city;
    }

    private static string Describe(int hour) =>
        string.Create(CultureInfo.InvariantCulture, $"{DayNumbers.ToDate(hour / 24):yyyy-MM-dd} {hour % 24:00}:00 (hour-beginning)");

    /// <summary>
    /// A station's daily values, in arrays on the pinned object heap: a whole year of them per station is allocated at
    /// once when the stations first appear (about 55 kB each), and in the small-object heap every collection would copy
    /// them to an older generation while the file is read; pinned ones are never moved.
    /// </summary>
    internal sealed class DayList
    {
        private DailyConcentrations[] items = GC.AllocateUninitializedArray<DailyConcentrations>(366, pinned: true);
        private int count;

        internal void Add(in DailyConcentrations day)
        {
            if (count == items.Length)
            {
                DailyConcentrations[] bigger = GC.AllocateUninitializedArray<DailyConcentrations>(items.Length * 2, pinned: true);
                items.AsSpan().CopyTo(bigger);
                items = bigger;
            }
            items[count++] = day;
        }

        internal void AddRange(DayList days)
        {
            foreach (DailyConcentrations day in days.items.AsSpan(0, days.count))
            {
                Add(day);
            }
        }

        internal IReadOnlyList<DailyConcentrations> AsReadOnly() =>
            new System.Collections.ObjectModel.ReadOnlyCollection<DailyConcentrations>(new ArraySegment<DailyConcentrations>(items, 0, count));
    }

    private sealed class StationState(string name, CityState city, bool holdFirstDay)
    {
        /// <summary>The day of the station's first row here, or −1.</summary>
        internal int FirstDay = -1;

        /// <summary>
        /// The first day's hourly values once the day is finished: kept for joining parts, and for a later part read at
        /// the same time not summarized either (see the accumulator's holdFirstDay).
        /// </summary>
        internal StationDayHours? First;

        /// <summary>The first day's hourly values and the last day's, after <see cref="Close"/>.</summary>
        internal StationDayHours[] OpenDays = [];

        /// <summary>The hours of the first day that had a row.</summary>
        internal uint FirstDayRows => First is null ? RowsSeen : First.Rows;

        internal readonly string Name = name;
        internal readonly CityState City = city;
        /// <summary>The open day's values, hour-major (hour × 6 + pollutant).</summary>
        internal readonly long[] Values = new long[6 * 24];
        internal readonly uint[] Present = new uint[6];
        internal readonly DayList Days = new();
        internal int Day = -1;
        internal uint RowsSeen;
        internal long FirstLine;
        internal CityHours? CityDay;

        internal void FinishDay()
        {
            if (RowsSeen != 0)
            {
                bool first = First is null;
                if (first)
                {
                    First = StationDayHours.Copy(Day, Values, Present, RowsSeen);
                }
                if (!first || !holdFirstDay)
                {
                    Days.Add(DaySummarizer.Summarize<long>(DayNumbers.ToDate(Day), Values, Present, hourMajor: true));
                }
            }
            Array.Clear(Present);
            RowsSeen = 0;
        }

        /// <summary>Finishes the open day, keeping the hourly values of the first and the last day.</summary>
        internal void Close()
        {
            StationDayHours? last = RowsSeen != 0 ? StationDayHours.Copy(Day, Values, Present, RowsSeen) : null;
            FinishDay();
            OpenDays = First is null ? [] : last is null || last.Day == First.Day ? [First] : [First, last];
        }
    }

    private sealed class CityState(string? name)
    {
        internal readonly string? Name = name;
        internal readonly List<StationState> Stations = [];
        private readonly Dictionary<int, CityHours> days = [];

        /// <summary>The hourly sums by day.</summary>
        internal Dictionary<int, CityHours> Days => days;
        private int lastDay = -1;
        private CityHours? last;

        internal CityHours Day(int day)
        {
            if (day == lastDay)
            {
                return last!;
            }
            if (!days.TryGetValue(day, out CityHours? hours))
            {
                hours = new CityHours();
                days.Add(day, hours);
            }
            lastDay = day;
            last = hours;
            return hours;
        }

        /// <summary>Adds this accumulator's hourly sums into <paramref name="target"/> (this accumulator is not used afterwards).</summary>
        internal void AddTo(Dictionary<int, CityHours> target)
        {
            foreach ((int day, CityHours hours) in days)
            {
                if (!target.TryGetValue(day, out CityHours? sum))
                {
                    target.Add(day, hours);
                    continue;
                }
                for (int i = 0; i < sum.Sums.Length; i++)
                {
                    sum.Sums[i] += hours.Sums[i];
                    sum.Counts[i] += hours.Counts[i];
                }
            }
        }
    }
}
