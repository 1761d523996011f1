using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LawGov.Indicators.Serialization;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Reads calendars from JSON in the shape of the embedded State Council data (see
/// <see cref="WorkingDayCalendar.Load"/>). Every failure is a <see cref="JsonException"/> naming the JSON path. As strict
/// as the catalog format: unknown and repeated members, comments and trailing commas are errors, and numbers are read
/// exactly (a year of 2030.5 or 1e10 is refused, not rounded or wrapped).
/// </summary>
internal static class CalendarJson
{
    private const string Kind = "Calendar";

    private static readonly JsonSerializerOptions Options = JsonMessages.Strict(new(CalendarJsonContext.Default.Options));

    internal static WorkingDayCalendar Load(Stream utf8Json, WorkingDayCalendar? basedOn, string defaultName)
    {
        CalendarFileDto file = Deserialize(utf8Json);
        if (file.Years is null || file.Years.Count == 0)
        {
            throw Error("$.years", "expected a non-empty array of years");
        }

        int minYear = int.MaxValue, maxYear = int.MinValue;
        var seen = new HashSet<int>();
        for (int i = 0; i < file.Years.Count; i++)
        {
            CalendarYearDto entry = file.Years[i] ?? throw Error(Path(i), "expected an object, found null");
            // Up to 9999, the last year a date holds: a file reaches as far as a calendar built in code (to 9999-12-31).
            int year = entry.Year ?? throw Error(Path(i) + ".year", "expected the notice year, a number from 1 to 9999");
            if (year < 1 || year > 9999)
            {
                throw Error(Path(i) + ".year", Invariant($"expected a year from 1 to 9999, found {year}"));
            }
            if (!seen.Add(year))
            {
                throw Error(Path(i) + ".year", Invariant($"the year {year} appears twice"));
            }
            minYear = Math.Min(minYear, year);
            maxYear = Math.Max(maxYear, year);
        }
        if (maxYear - minYear + 1 != seen.Count)
        {
            int missing = Enumerable.Range(minYear, maxYear - minYear + 1).First(y => !seen.Contains(y));
            throw Error("$.years", Invariant($"the years must be consecutive: {minYear} to {maxYear} lacks {missing}"));
        }

        int fileFirst = DayNumbers.FromDate(minYear, 1, 1);
        int fileLast = DayNumbers.FromDate(maxYear, 12, 31);
        string name = string.IsNullOrWhiteSpace(file.Name) ? defaultName : file.Name;
        if (basedOn is not null && (fileFirst > basedOn.LastDay + 1 || fileLast < basedOn.FirstDay - 1))
        {
            throw Error("$.years", Invariant($"the years {minYear} to {maxYear} leave a gap to the coverage of '{basedOn.Name}' ({IsoDates.Format(basedOn.Coverage.Start)}..{IsoDates.Format(basedOn.Coverage.End)})"));
        }
        WorkingDayCalendar start = basedOn is null
            ? WorkingDayCalendar.WeekendsOnly(name, new DateInterval(DayNumbers.ToDate(fileFirst), DayNumbers.ToDate(fileLast)))
            : basedOn.Extend(fileFirst, fileLast, name);

        (DayStatus[] statuses, Holiday?[] holidays) = start.CopyDays();
        int first = start.FirstDay;
        int last = start.LastDay;
        var declaredOff = new HashSet<int>();
        var declaredWorking = new Dictionary<int, string>();
        for (int i = 0; i < file.Years.Count; i++)
        {
            CalendarYearDto entry = file.Years[i]!;
            if (entry.Holidays is null && entry.WorkingDaysInYear is null)
            {
                // Without either, a typo such as "holiday" would silently make the year a plain Monday-to-Friday year.
                throw Error(Path(i), Invariant($"the year {entry.Year} states neither 'holidays' (the notice's days off; [] for none) nor 'working_days_in_year'"));
            }
            List<CalendarHolidayDto?> blocks = entry.Holidays ?? [];
            for (int j = 0; j < blocks.Count; j++)
            {
                string path = Path(i) + Invariant($".holidays[{j}]");
                CalendarHolidayDto block = blocks[j] ?? throw Error(path, "expected an object, found null");
                if (string.IsNullOrWhiteSpace(block.NameZh))
                {
                    throw Error(path + ".name_zh", "expected the holiday's Chinese name");
                }
                int from = ParseDate(block.Start, path + ".start", first, last);
                int to = ParseDate(block.End, path + ".end", first, last);
                if (to < from)
                {
                    throw Error(path + ".end", Invariant($"the end {block.End} is before the start {block.Start}"));
                }
                var holiday = new Holiday(block.NameZh, string.IsNullOrWhiteSpace(block.NameEn) ? block.NameZh : block.NameEn, new DateInterval(DayNumbers.ToDate(from), DayNumbers.ToDate(to)));
                for (int day = from; day <= to; day++)
                {
                    declaredOff.Add(day);
                    statuses[day - first] = DayStatus.Holiday;
                    holidays[day - first] = holiday;
                }
            }

            List<string?> adjusted = entry.AdjustedWorkdays ?? [];
            for (int j = 0; j < adjusted.Count; j++)
            {
                string path = Path(i) + Invariant($".adjusted_workdays[{j}]");
                int day = ParseDate(adjusted[j], path, first, last);
                if (!WorkingDayCalendar.IsWeekend(day))
                {
                    throw Error(path, Invariant($"an adjusted working day must be a Saturday or Sunday, but {adjusted[j]} is a weekday"));
                }
                declaredWorking[day] = path;
                statuses[day - first] = DayStatus.AdjustedWorkingDay;
                holidays[day - first] = null;
            }
        }

        // No day may be both off and working, whichever entry declares it (the order of entries must not matter).
        foreach (KeyValuePair<int, string> working in declaredWorking)
        {
            if (declaredOff.Contains(working.Key))
            {
                throw Error(working.Value, Invariant($"{IsoDates.Format(DayNumbers.ToDate(working.Key))} is also in a holiday block"));
            }
        }

        WorkingDayCalendar calendar = WorkingDayCalendar.FromDays(name, first, statuses, holidays);
        for (int i = 0; i < file.Years.Count; i++)
        {
            CalendarYearDto entry = file.Years[i]!;
            if (entry.WorkingDaysInYear is int stated)
            {
                int year = entry.Year!.Value;
                int actual = calendar.CountWorkingDays(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
                if (actual != stated)
                {
                    throw Error(Path(i) + ".working_days_in_year", Invariant($"the file states {stated} working days in {year}, but its dates give {actual}"));
                }
            }
        }
        return calendar;
    }

    private static CalendarFileDto Deserialize(Stream utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<CalendarFileDto>)Options.GetTypeInfo(typeof(CalendarFileDto)))
                ?? throw Error("$", "expected an object with a 'years' array, found null");
        }
        catch (JsonException ex) when (!JsonMessages.IsWorded(ex, Kind))
        {
            // System.Text.Json's own errors (syntax, types, numbers, unknown or repeated properties), path kept.
            throw JsonMessages.Rewrite(ex, Kind);
        }
    }

    private static int ParseDate(string? text, string path, int first, int last)
    {
        if (!IsoDates.TryParse(text, out LocalDate date))
        {
            throw Error(path, "expected an ISO date yyyy-MM-dd, found " + (text is null ? "null" : "'" + text + "'"));
        }
        int day = DayNumbers.FromDate(date);
        if (day < first || day > last)
        {
            throw Error(path, Invariant($"{text} is outside the calendar's coverage ({IsoDates.Format(DayNumbers.ToDate(first))}..{IsoDates.Format(DayNumbers.ToDate(last))})"));
        }
        return day;
    }

    private static string Path(int yearIndex) => Invariant($"$.years[{yearIndex}]");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static JsonException Error(string path, string message) => JsonMessages.Error(Kind, path, message);
}

/// <summary>The calendar file: an optional name, free-text description and conventions, and the notice years.</summary>
internal sealed class CalendarFileDto
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("conventions")]
    public Dictionary<string, string>? Conventions { get; set; }

    [JsonPropertyName("years")]
    public List<CalendarYearDto?>? Years { get; set; }
}

/// <summary>One notice year.</summary>
internal sealed class CalendarYearDto
{
    [JsonPropertyName("year")]
    public int? Year { get; set; }

    /// <summary>The notice's document number (kept for provenance, not used).</summary>
    [JsonPropertyName("notice")]
    public string? Notice { get; set; }

    [JsonPropertyName("issued")]
    public string? Issued { get; set; }

    [JsonPropertyName("source_url")]
    public string? SourceUrl { get; set; }

    [JsonPropertyName("amendments")]
    public List<CalendarAmendmentDto?>? Amendments { get; set; }

    [JsonPropertyName("holidays")]
    public List<CalendarHolidayDto?>? Holidays { get; set; }

    [JsonPropertyName("adjusted_workdays")]
    public List<string?>? AdjustedWorkdays { get; set; }

    [JsonPropertyName("working_days_in_year")]
    public int? WorkingDaysInYear { get; set; }
}

/// <summary>One holiday block.</summary>
internal sealed class CalendarHolidayDto
{
    [JsonPropertyName("name_zh")]
    public string? NameZh { get; set; }

    [JsonPropertyName("name_en")]
    public string? NameEn { get; set; }

    [JsonPropertyName("start")]
    public string? Start { get; set; }

    [JsonPropertyName("end")]
    public string? End { get; set; }
}

/// <summary>A later notice that changed the year (provenance only: its effect is already in the dates).</summary>
internal sealed class CalendarAmendmentDto
{
    [JsonPropertyName("notice")]
    public string? Notice { get; set; }

    [JsonPropertyName("date")]
    public string? Date { get; set; }

    [JsonPropertyName("summary")]
    public string? Summary { get; set; }
}

/// <summary>
/// Source-generated metadata for the calendar file: strict (unknown and repeated properties, comments and trailing commas
/// are errors), whole numbers through the catalog format's exact converter.
/// </summary>
[JsonSourceGenerationOptions(
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters = [typeof(ExactInt32Converter)])]
[JsonSerializable(typeof(CalendarFileDto))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext
{
}
