using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Writes and reads the state of an <see cref="AirDataSet"/> as JSON, so data sets of parts read elsewhere can be
/// combined with <see cref="AirDataSet.Combine"/> exactly as if read here. The state is what combining needs and no more:
/// per city and day the 24 hourly sums of its stations' values and their counts; per station its daily sums and counts
/// (each pollutant, the best 8-hour window, the 1-hour O3 maximum) and, for its first and last day, the hourly values.
/// </summary>
/// <remarks>
/// <para>
/// Shape: <c>{"rowCount":…,"skippedRowCount":…,"issueCount":…,"maxIssues":…,"parts":…,"issues":[{"part":…,
/// "line":…,"column":…,"message":…}],"cities":[{"name":…,"hours":[{"date":"2024-01-01","sums":{"PM2.5":[24 numbers]…},"counts":{"PM2.5":[24 whole
/// numbers]…}}],"stations":[{"name":…,"days":[{"date":…,"sums":{"PM2.5":240…},"hours":{"PM2.5":24…},
/// "mda8":{"sum":…,"hours":8,"windows":17},"o3Max":…}],"openDays":[{"date":…,"rows":[0,1,…],"values":{"PM2.5":[24
/// numbers or null]…}}]}]}]}</c>. Concentrations are exact decimals in µg/m³ (CO mg/m³), at most 6 decimals; a
/// pollutant without values is left out; <c>name</c> is absent for the city of data without a city column.
/// <c>maxIssues</c> is how many issues are kept at most and <c>parts</c> how many parts the data combines; each
/// issue's <c>part</c> is its <see cref="AirDataIssue.Part"/>.
/// </para>
/// <para>
/// Reading is strict: an unknown or repeated property, a comment, a wrong type, a missing part or an inconsistent
/// state (a negative count, a sum outside count × [0, 9 999 999.999999], more than 6 decimals, a number of issues
/// other than min(issueCount, maxIssues), an issue's part outside 0 to parts − 1, a repeated date, city, station or
/// hour, an hour with values but no row, more stations in an hour than the city has, daily parts that
/// hourly data cannot give: an O3 maximum above the day's O3 sum or below its mean, a window sum above the day's O3
/// sum or more than its hours × the maximum, a window with more hours than the day has or fewer than a day with that
/// many O3 hours allows, more or fewer windows with 6 hours than n O3 hours can fill, no window where n hours always
/// fill one) is a <see cref="JsonException"/> whose message and <see cref="JsonException.Path"/> name the JSON path and
/// what was expected. Nothing invalid becomes a value.
/// </para>
/// </remarks>
public static class AirDataJson
{
    private const string Kind = "Air data";

    private static readonly JsonSerializerOptions Options = JsonMessages.Strict(new(AirDataJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    private static JsonTypeInfo<AirDataStateDto> TypeInfo => (JsonTypeInfo<AirDataStateDto>)Options.GetTypeInfo(typeof(AirDataStateDto));

    /// <summary>Writes the state of a data set.</summary>
    /// <param name="data">The data set.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static string Write(AirDataSet data) => JsonSerializer.Serialize(ToDto(Preconditions.CheckNotNull(data, nameof(data))), TypeInfo);

    /// <summary>Writes the state of a data set as UTF-8 JSON.</summary>
    /// <param name="data">The data set.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AirDataSet data, Stream utf8Json)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonSerializer.Serialize(utf8Json, ToDto(data), TypeInfo);
    }

    /// <summary>Reads the state written by <see cref="Write(AirDataSet)"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a consistent state; the message names the path.</exception>
    public static AirDataSet Read(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return ReadWith(() => JsonSerializer.Deserialize(json, TypeInfo));
    }

    /// <summary>Reads the state from UTF-8 JSON (see <see cref="Read(string)"/>).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a consistent state; the message names the path.</exception>
    public static AirDataSet Read(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return ReadWith(() => JsonSerializer.Deserialize(utf8Json, TypeInfo));
    }

    /// <summary>Deserializes with the strict options, rewrites the serializer's errors to name the path, and checks the state.</summary>
    private static AirDataSet ReadWith(Func<AirDataStateDto?> deserialize)
    {
        AirDataStateDto? dto;
        try
        {
            dto = deserialize();
        }
        catch (JsonException ex)
        {
            throw Rewrite(ex);
        }
        return FromDto(dto ?? throw Error("$", "expected an object, found null"));
    }

    private static AirDataStateDto ToDto(AirDataSet data) => new()
    {
        RowCount = data.RowCount,
        SkippedRowCount = data.SkippedRowCount,
        IssueCount = data.IssueCount,
        MaxIssues = data.IssueLimit,
        Parts = data.PartCount,
        Issues = data.Issues.Select(i => (AirDataIssueDto?)new AirDataIssueDto { Part = i.Part, Line = i.Line, Column = i.Column, Message = i.Message }).ToList(),
        Cities = data.Cities.Select(c => (CityStateDto?)new CityStateDto
        {
            Name = c.Name,
            Hours = c.Hours.OrderBy(d => d.Key).Select(d => (CityDayDto?)ToDto(d.Key, d.Value)).ToList(),
            Stations = c.Stations.Select(s => (StationStateDto?)ToDto(s)).ToList(),
        }).ToList(),
    };

    private static CityDayDto ToDto(int day, CityHours hours)
    {
        var sums = new Dictionary<string, List<decimal>?>(StringComparer.Ordinal);
        var counts = new Dictionary<string, List<int>?>(StringComparer.Ordinal);
        foreach (Pollutant p in Pollutants.All)
        {
            int first = (int)p * 24;
            if (hours.Counts.AsSpan(first, 24).ContainsAnyExcept(0))
            {
                sums.Add(p.Code(), hours.Sums.AsSpan(first, 24).ToArray().Select(Unit).ToList());
                counts.Add(p.Code(), hours.Counts.AsSpan(first, 24).ToArray().ToList());
            }
        }
        return new CityDayDto { Date = Iso(day), Sums = sums, Counts = counts };
    }

    private static StationStateDto ToDto(SiteSeries station)
    {
        var open = station.OpenDays.Select(d => d.Day).ToHashSet();
        return new StationStateDto
        {
            Name = station.Name,
            Days = station.Days.Where(d => !open.Contains(DayNumbers.FromDate(d.Date))).Select(d => (StationDayDto?)ToDto(d)).ToList(),
            OpenDays = station.OpenDays.Select(d => (OpenDayDto?)ToDto(d)).ToList(),
        };
    }

    private static StationDayDto ToDto(DailyConcentrations day)
    {
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var hours = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pollutant p in Pollutants.All)
        {
            (decimal sum, int count) = day.Exact((int)p);
            if (count > 0)
            {
                sums.Add(p.Code(), Normalize(sum));
                hours.Add(p.Code(), count);
            }
        }
        (decimal windowSum, int windowHours) = day.Exact(DailyConcentrations.Mda8Slot);
        return new StationDayDto
        {
            Date = LocalDatePattern.Iso.Format(day.Date),
            Sums = sums,
            Hours = hours,
            Mda8 = day.O3ValidWindows > 0 ? new Mda8Dto { Sum = Normalize(windowSum), Hours = windowHours, Windows = day.O3ValidWindows } : null,
            O3Max = day.IsValid(DailyConcentrations.MaxOneHourSlot) ? Normalize(day.Exact(DailyConcentrations.MaxOneHourSlot).Sum) : null,
        };
    }

    private static OpenDayDto ToDto(StationDayHours day)
    {
        var values = new Dictionary<string, List<decimal?>?>(StringComparer.Ordinal);
        foreach (Pollutant p in Pollutants.All)
        {
            uint present = day.Present[(int)p];
            if (present != 0)
            {
                values.Add(p.Code(), Enumerable.Range(0, 24)
                    .Select(h => (present & (1u << h)) != 0 ? Unit(day.Values[(h * 6) + (int)p]) : (decimal?)null)
                    .ToList());
            }
        }
        return new OpenDayDto
        {
            Date = Iso(day.Day),
            Rows = Enumerable.Range(0, 24).Where(h => (day.Rows & (1u << h)) != 0).ToList(),
            Values = values,
        };
    }

    private static AirDataSet FromDto(AirDataStateDto dto)
    {
        long rows = Count(dto.RowCount, "$.rowCount");
        long skipped = Count(dto.SkippedRowCount, "$.skippedRowCount");
        long issueCount = Count(dto.IssueCount, "$.issueCount");
        if (skipped > rows)
        {
            throw Error("$.skippedRowCount", Invariant($"more rows skipped ({skipped}) than read ({rows})"));
        }
        int maxIssues = dto.MaxIssues is int m and >= 0 ? m : throw Error("$.maxIssues", "missing or negative; expected how many issues are kept at most");
        int parts = dto.Parts is int n and >= 0 ? n : throw Error("$.parts", "missing or negative; expected how many parts the data combines (1 for one read)");
        List<AirDataIssueDto?> issueList = dto.Issues ?? throw Error("$.issues", "missing; expected an array of issues");
        if (issueList.Count > issueCount)
        {
            throw Error("$.issueCount", Invariant($"expected at least the {issueList.Count} issues listed, found {issueCount}"));
        }
        if (issueList.Count != Math.Min(issueCount, maxIssues))
        {
            throw Error("$.issues", Invariant($"expected the first {Math.Min(issueCount, maxIssues)} of the {issueCount} issues (at most maxIssues, {maxIssues}), found {issueList.Count}"));
        }
        var issues = new AirDataIssue[issueList.Count];
        for (int i = 0; i < issues.Length; i++)
        {
            string path = Invariant($"$.issues[{i}]");
            AirDataIssueDto issue = issueList[i] ?? throw Error(path, "expected an issue object, found null");
            int part = issue.Part is int k and >= 0 && k < parts ? k : throw Error(path + ".part", parts == 0 ? "out of range: 'parts' is 0, so there is no part" : Invariant($"missing or out of range; expected the 0-based part, 0 to {parts - 1}"));
            long line = issue.Line is long l and >= 1 ? l : throw Error(path + ".line", "missing or below 1; expected the 1-based line or record number");
            int column = issue.Column is int c and >= 0 ? c : throw Error(path + ".column", "missing or negative; expected the 1-based column, or 0 for the whole row");
            issues[i] = new AirDataIssue(line, column, issue.Message ?? throw Error(path + ".message", "missing; expected a string"), part);
        }
        List<CityStateDto?> cityList = dto.Cities ?? throw Error("$.cities", "missing; expected an array of cities");
        var cities = new CityAirData[cityList.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cities.Length; i++)
        {
            string path = Invariant($"$.cities[{i}]");
            CityStateDto city = cityList[i] ?? throw Error(path, "expected a city object, found null");
            if (city.Name is not null && string.IsNullOrWhiteSpace(city.Name))
            {
                throw Error(path + ".name", "blank; expected the city name, or no 'name' for data without a city column");
            }
            if (!names.Add(city.Name ?? "\0"))
            {
                throw Error(path + ".name", city.Name is null ? "a second city without a name" : $"the city '{city.Name}' appears twice");
            }
            cities[i] = FromDto(city, path);
        }
        return new AirDataSet(cities, issues, issueCount, rows, skipped, maxIssues, parts);
    }

    private static CityAirData FromDto(CityStateDto city, string path)
    {
        List<StationStateDto?> stationList = city.Stations ?? throw Error(path + ".stations", "missing; expected an array of stations");
        var stations = new SiteSeries[stationList.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < stations.Length; i++)
        {
            string at = Invariant($"{path}.stations[{i}]");
            StationStateDto station = stationList[i] ?? throw Error(at, "expected a station object, found null");
            if (string.IsNullOrWhiteSpace(station.Name))
            {
                throw Error(at + ".name", "missing or blank; expected the station name");
            }
            if (!names.Add(station.Name))
            {
                throw Error(at + ".name", $"the station '{station.Name}' appears twice in the city");
            }
            stations[i] = FromDto(station, at);
        }
        List<CityDayDto?> dayList = city.Hours ?? throw Error(path + ".hours", "missing; expected an array of days");
        var hours = new Dictionary<int, CityHours>(dayList.Count);
        for (int i = 0; i < dayList.Count; i++)
        {
            string at = Invariant($"{path}.hours[{i}]");
            CityDayDto day = dayList[i] ?? throw Error(at, "expected a day object, found null");
            int number = Date(day.Date, at + ".date");
            if (hours.ContainsKey(number))
            {
                throw Error(at + ".date", $"the date {day.Date} appears twice");
            }
            hours.Add(number, FromDto(day, at, stations.Length));
        }
        return new CityAirData(city.Name, hours, stations);
    }

    private static CityHours FromDto(CityDayDto day, string path, int stations)
    {
        Dictionary<string, List<decimal>?> sums = day.Sums ?? throw Error(path + ".sums", "missing; expected an object of 24 sums per pollutant");
        Dictionary<string, List<int>?> counts = day.Counts ?? throw Error(path + ".counts", "missing; expected an object of 24 station counts per pollutant");
        var hours = new CityHours();
        foreach (string code in counts.Keys.Where(k => !sums.ContainsKey(k)))
        {
            throw Error(Member(path + ".sums", code), "missing; every pollutant with counts has sums");
        }
        foreach ((string code, List<decimal>? list) in sums)
        {
            string at = Member(path + ".sums", code);
            int p = PollutantIndex(code, at);
            List<int> countList = counts.GetValueOrDefault(code) ?? throw Error(Member(path + ".counts", code), "missing; expected 24 station counts");
            if (list is null || list.Count != 24)
            {
                throw Error(at, "expected an array of 24 sums, one per hour");
            }
            if (countList.Count != 24)
            {
                throw Error(Member(path + ".counts", code), "expected an array of 24 station counts, one per hour");
            }
            for (int h = 0; h < 24; h++)
            {
                int count = countList[h];
                if (count < 0 || count > stations)
                {
                    throw Error(Invariant($"{Member(path + ".counts", code)}[{h}]"), Invariant($"expected 0 to {stations} (the city's stations), found {count}"));
                }
                long sum = Millionths(list[h], Invariant($"{at}[{h}]"), (long)count * FixedPoint.MaxValue);
                if (count == 0 && sum != 0)
                {
                    throw Error(Invariant($"{at}[{h}]"), "an hour without stations has sum 0");
                }
                hours.Sums[(p * 24) + h] = sum;
                hours.Counts[(p * 24) + h] = count;
            }
        }
        return hours;
    }

    private static SiteSeries FromDto(StationStateDto station, string path)
    {
        List<StationDayDto?> dayList = station.Days ?? throw Error(path + ".days", "missing; expected an array of days");
        List<OpenDayDto?> openList = station.OpenDays ?? throw Error(path + ".openDays", "missing; expected an array of days kept as hourly values");
        var days = new SortedDictionary<int, DailyConcentrations>();
        for (int i = 0; i < dayList.Count; i++)
        {
            string at = Invariant($"{path}.days[{i}]");
            StationDayDto day = dayList[i] ?? throw Error(at, "expected a day object, found null");
            int number = Date(day.Date, at + ".date");
            if (!days.TryAdd(number, FromDto(day, number, at)))
            {
                throw Error(at + ".date", $"the date {day.Date} appears twice");
            }
        }
        var open = new SortedDictionary<int, StationDayHours>();
        for (int i = 0; i < openList.Count; i++)
        {
            string at = Invariant($"{path}.openDays[{i}]");
            OpenDayDto day = openList[i] ?? throw Error(at, "expected a day object, found null");
            int number = Date(day.Date, at + ".date");
            StationDayHours hours = FromDto(day, number, at);
            if (!open.TryAdd(number, hours) || !days.TryAdd(number, hours.Summarize()))
            {
                throw Error(at + ".date", $"the date {day.Date} appears twice (a day is either summarized or kept as hours)");
            }
        }
        if (days.Count == 0)
        {
            throw Error(path + ".days", "a station has at least one day");
        }
        return new SiteSeries(station.Name!, days.Values.ToArray(), open.Values.ToArray());
    }

    private static DailyConcentrations FromDto(StationDayDto day, int number, string path)
    {
        Dictionary<string, decimal> sumMap = day.Sums ?? throw Error(path + ".sums", "missing; expected an object of sums per pollutant");
        Dictionary<string, int> hourMap = day.Hours ?? throw Error(path + ".hours", "missing; expected an object of hour counts per pollutant");
        Span<long> sums = stackalloc long[6];
        Span<int> hours = stackalloc int[6];
        foreach ((string code, int count) in hourMap)
        {
            hours[PollutantIndex(code, Member(path + ".hours", code))] = count;
            if (!sumMap.ContainsKey(code))
            {
                throw Error(Member(path + ".sums", code), "missing; every pollutant with hours has a sum");
            }
        }
        foreach ((string code, decimal sum) in sumMap)
        {
            string at = Member(path + ".sums", code);
            int p = PollutantIndex(code, at);
            if (!hourMap.ContainsKey(code))
            {
                throw Error(Member(path + ".hours", code), "missing; every pollutant with a sum has its hour count");
            }
            sums[p] = Millionths(sum, at, long.MaxValue);
        }
        (long, int, int)? mda8 = null;
        if (day.Mda8 is { } window)
        {
            long windowSum = Millionths(window.Sum ?? throw Error(path + ".mda8.sum", "missing; expected the sum of the window's values"), path + ".mda8.sum", long.MaxValue);
            mda8 = (windowSum,
                window.Hours ?? throw Error(path + ".mda8.hours", "missing; expected the window's hours, 6 to 8"),
                window.Windows ?? throw Error(path + ".mda8.windows", "missing; expected the number of windows with at least 6 hours, 1 to 17"));
        }
        long? o3Max = day.O3Max is decimal max ? Millionths(max, path + ".o3Max", FixedPoint.MaxValue) : null;
        return DailyConcentrations.TryFromParts(DayNumbers.ToDate(number), sums, hours, mda8, o3Max, out string? part, out string? error)
            ?? throw Error(path + "." + part, error!);
    }

    private static StationDayHours FromDto(OpenDayDto day, int number, string path)
    {
        List<int> rowList = day.Rows ?? throw Error(path + ".rows", "missing; expected the hours (0–23) that had a row");
        uint rows = 0;
        for (int i = 0; i < rowList.Count; i++)
        {
            int hour = rowList[i];
            if (hour is < 0 or > 23 || (rows & (1u << hour)) != 0)
            {
                throw Error(Invariant($"{path}.rows[{i}]"), Invariant($"expected an hour 0–23 not listed before, found {hour}"));
            }
            rows |= 1u << hour;
        }
        if (rows == 0)
        {
            throw Error(path + ".rows", "a kept day has at least one row");
        }
        Dictionary<string, List<decimal?>?> valueMap = day.Values ?? throw Error(path + ".values", "missing; expected an object of 24 values per pollutant");
        var values = new long[6 * 24];
        var present = new uint[6];
        foreach ((string code, List<decimal?>? list) in valueMap)
        {
            string at = Member(path + ".values", code);
            int p = PollutantIndex(code, at);
            if (list is null || list.Count != 24)
            {
                throw Error(at, "expected an array of 24 values (null for none), one per hour");
            }
            for (int h = 0; h < 24; h++)
            {
                if (list[h] is not decimal value)
                {
                    continue;
                }
                if ((rows & (1u << h)) == 0)
                {
                    throw Error(Invariant($"{at}[{h}]"), Invariant($"hour {h} has a value but is not in 'rows'"));
                }
                values[(h * 6) + p] = Millionths(value, Invariant($"{at}[{h}]"), FixedPoint.MaxValue);
                present[p] |= 1u << h;
            }
        }
        return new StationDayHours(number, values, present, rows);
    }

    /// <summary>The JSON path of a member, as System.Text.Json writes it: <c>$.a.CO</c>, <c>$.a['PM2.5']</c>.</summary>
    internal static string Member(string path, string name) =>
        name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? path + "." + name : path + "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    private static int PollutantIndex(string code, string path)
    {
        foreach (Pollutant p in Pollutants.All)
        {
            if (string.Equals(p.Code(), code, StringComparison.Ordinal))
            {
                return (int)p;
            }
        }
        throw Error(path, $"unknown pollutant '{code}'; expected PM2.5, PM10, SO2, NO2, CO or O3");
    }

    /// <summary>A concentration (or sum of them) as fixed-point millionths: ≥ 0, at most 6 decimals, at most <paramref name="max"/>.</summary>
    private static long Millionths(decimal value, string path, long max)
    {
        if (!FixedPoint.TryFrom(value, out long millionths))
        {
            throw Error(path, Invariant($"expected a number ≥ 0 with at most 6 decimals, below 10^12, found {value}"));
        }
        if (millionths > max)
        {
            throw Error(path, Invariant($"expected at most {Unit(max)}, found {value}"));
        }
        return millionths;
    }

    private static int Date(string? text, string path)
    {
        if (text is null)
        {
            throw Error(path, "missing; expected a date yyyy-MM-dd");
        }
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || parsed.Value.Year < 1)
        {
            throw Error(path, $"expected a date yyyy-MM-dd from year 1 on, found '{text}'");
        }
        return DayNumbers.FromDate(parsed.Value);
    }

    private static long Count(long? value, string path) => value switch
    {
        null => throw Error(path, "missing; expected a whole number ≥ 0"),
        < 0 => throw Error(path, Invariant($"expected a whole number ≥ 0, found {value}")),
        _ => value.Value,
    };

    private static string Iso(int day) => LocalDatePattern.Iso.Format(DayNumbers.ToDate(day));

    private static decimal Unit(long millionths) => Normalize(FixedPoint.ToDecimal(millionths));

    /// <summary>The same value with no trailing zeros (35.000000 → 35).</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>System.Text.Json's own errors (syntax, types, unknown or repeated properties, inexact numbers) in the words every format shares.</summary>
    private static JsonException Rewrite(JsonException ex) => JsonMessages.Rewrite(ex, Kind);

    private static JsonException Error(string path, string message) => JsonMessages.Error(Kind, path, message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
