using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A working-day calendar over an explicit range of dates (its <see cref="Coverage"/>): which days are working days
/// and which are rest days (weekends and official holidays), with adjusted working weekend days (调休) counted as
/// working days. <see cref="ChinaMainland"/> holds the State Council holiday notices 2015–2026.
/// </summary>
/// <remarks>
/// <para>
/// Every question about a date outside <see cref="Coverage"/> throws <see cref="CalendarCoverageException"/> naming
/// the uncovered year: the calendar never guesses the holidays of a year no notice has declared.
/// </para>
/// <para>
/// Day counting follows one convention throughout: the start day is not counted and the last day is
/// (民法典 art. 201, see time-limits.md §2). <see cref="AddWorkingDays"/> and <see cref="CountDays"/> are inverses.
/// All queries are O(1): a per-day cumulative working-day index is built once when the calendar is created.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; the <c>With…</c> methods and <see cref="Load"/> return new calendars.
/// Equality is reference equality.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string ChinaMainlandResource = "LawGov.Indicators.Calendars.Data.china-holidays.json";

    private static readonly Lazy<WorkingDayCalendar> LazyChinaMainland = new(LoadChinaMainland);

    private readonly int firstDay;
    private readonly DayStatus[] statuses;
    private readonly Holiday?[] holidays;

    // workingBefore[i] = number of working days among the first i days of the coverage (length = days + 1).
    private readonly int[] workingBefore;

    // workingDays[k] = offset from firstDay of the (k+1)-th working day of the coverage.
    private readonly int[] workingDays;

    private WorkingDayCalendar(string name, int firstDay, DayStatus[] statuses, Holiday?[] holidays)
    {
        Name = name;
        this.firstDay = firstDay;
        this.statuses = statuses;
        this.holidays = holidays;
        Coverage = new DateInterval(DayNumbers.ToDate(firstDay), DayNumbers.ToDate(firstDay + statuses.Length - 1));
        workingBefore = new int[statuses.Length + 1];
        var working = new List<int>(statuses.Length);
        for (int i = 0; i < statuses.Length; i++)
        {
            bool isWorking = IsWorking(statuses[i]);
            workingBefore[i + 1] = workingBefore[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(i);
            }
        }
        workingDays = working.ToArray();
        Holidays = Array.AsReadOnly(holidays.Where(h => h is not null).Distinct().Cast<Holiday>().ToArray());
    }

    /// <summary>
    /// Mainland China (name <c>China mainland</c>) from the State Council holiday notices (国办发明电) for 2015 to 2026, with their amendments
    /// applied: the 2015 Victory-anniversary holiday, the 2019 Labour Day extension and the 2020 COVID-19 Spring
    /// Festival extension. Coverage 2015-01-01 to 2026-12-31. National rest days only: local measures are not
    /// included. Loaded once from the data embedded in the package.
    /// </summary>
    public static WorkingDayCalendar ChinaMainland => LazyChinaMainland.Value;

    /// <summary>The calendar's name, used in messages.</summary>
    public string Name { get; }

    /// <summary>The dates the calendar knows, both ends inclusive.</summary>
    public DateInterval Coverage { get; }

    /// <summary>The holiday blocks in the coverage, in date order.</summary>
    public IReadOnlyList<Holiday> Holidays { get; }

    /// <summary>
    /// A calendar without holidays: Monday to Friday are working days, Saturday and Sunday rest days. Add holidays
    /// with <see cref="WithRestDays"/> and adjusted working days with <see cref="WithWorkingDays"/>.
    /// </summary>
    /// <param name="name">The calendar's name.</param>
    /// <param name="coverage">The dates it covers.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> is null.</exception>
    public static WorkingDayCalendar WeekendsOnly(string name, DateInterval coverage)
    {
        Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckNotNull(coverage, nameof(coverage));
        int first = DayNumbers.FromDate(coverage.Start);
        var statuses = new DayStatus[coverage.Length];
        FillWeekends(statuses, first, 0, statuses.Length);
        return new WorkingDayCalendar(name, first, statuses, new Holiday?[statuses.Length]);
    }

    /// <summary>
    /// Reads a calendar from UTF-8 JSON in the shape of the embedded State Council data: an object with a
    /// <c>years</c> array whose entries carry <c>year</c>, <c>holidays</c> (<c>name_zh</c>, optional <c>name_en</c>,
    /// <c>start</c>, <c>end</c>), <c>adjusted_workdays</c> and an optional <c>working_days_in_year</c> that is checked
    /// against the dates; an optional top-level <c>name</c>. Dates are looked up across all entries (a notice may
    /// reach into the previous December). Each year must state <c>holidays</c> (<c>[]</c> for none) or
    /// <c>working_days_in_year</c>, so a misspelt member cannot turn it into a plain Monday-to-Friday year. The
    /// provenance members of the embedded file (<c>description</c>, <c>conventions</c>; per year <c>notice</c>,
    /// <c>issued</c>, <c>source_url</c>, <c>amendments</c>) are accepted and not used; any other member, or a member
    /// given twice, is an error. The calendar is named by <c>name</c>, else after <paramref name="basedOn"/>, else
    /// <c>custom</c>. The file covers January 1 of its first year to December 31 of its last year; its years must be
    /// consecutive.
    /// </summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="basedOn">
    /// A calendar the file is applied on top of (its coverage is extended to the file's years, and the file's dates
    /// replace the base's status for those dates), or null for a calendar of the file alone.
    /// </param>
    /// <returns>The calendar.</returns>
    /// <exception cref="System.Text.Json.JsonException">
    /// The JSON is malformed or breaks a rule; the message names the JSON path (e.g.
    /// <c>$.years[3].holidays[1].start</c>) and what was expected.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static WorkingDayCalendar Load(Stream utf8Json, WorkingDayCalendar? basedOn = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return CalendarJson.Load(utf8Json, basedOn, basedOn?.Name ?? "custom");
    }

    /// <summary>True when <paramref name="date"/> is a working day.</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>True for working days, including adjusted working weekend days.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    public bool IsWorkingDay(LocalDate date) => IsWorking(GetStatus(date));

    /// <summary>True when <paramref name="date"/> is a rest day (a weekend day or a holiday).</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>True for rest days.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    public bool IsRestDay(LocalDate date) => !IsWorkingDay(date);

    /// <summary>What <paramref name="date"/> is: a working day, weekend, holiday or adjusted working day.</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>The status.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    public DayStatus GetStatus(LocalDate date) => statuses[IndexOf(date)];

    /// <summary>The holiday block <paramref name="date"/> lies in, if it is a holiday.</summary>
    /// <param name="date">A covered date.</param>
    /// <returns>The holiday, or null when the date is not a holiday.</returns>
    /// <exception cref="CalendarCoverageException"><paramref name="date"/> is outside <see cref="Coverage"/>.</exception>
    public Holiday? GetHoliday(LocalDate date) => holidays[IndexOf(date)];

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="start"/>; the start day is not counted,
    /// so 1 working day after a Friday is the next Monday (when that is a working day).
    /// </summary>
    /// <param name="start">The day of the trigger (receipt, publication); it may be a rest day.</param>
    /// <param name="count">Working days, 0 or more; 0 returns <paramref name="start"/>.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="CalendarCoverageException">A day after <paramref name="start"/> up to the result is not covered.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int count)
    {
        Preconditions.CheckArgumentRange(nameof(count), count, 0, int.MaxValue);
        return ToDateOrThrow(TryAddWorkingDays(DayNumbers.FromDate(start), count, out int result), result);
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    /// <param name="date">A covered date.</param>
    /// <returns><paramref name="date"/> when it is a working day, otherwise the next working day.</returns>
    /// <exception cref="CalendarCoverageException">A day from <paramref name="date"/> up to the result is not covered.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) =>
        ToDateOrThrow(TryNextWorkingDayOnOrAfter(DayNumbers.FromDate(date), out int result), result);

    /// <summary>The number of working days in <paramref name="interval"/>, both ends included (as NodaTime's <see cref="DateInterval"/>).</summary>
    /// <param name="interval">Covered dates.</param>
    /// <returns>The count, e.g. 249 for 2015-01-01..2015-12-31.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day of the interval is not covered.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        int start = IndexOf(interval.Start);
        int end = IndexOf(interval.End);
        return workingBefore[end + 1] - workingBefore[start];
    }

    /// <summary>
    /// The length of the span from <paramref name="start"/> to <paramref name="end"/> with the start day not counted
    /// and the end day counted: calendar days (2020-09-08 to 2020-10-08 is 30 days) or working days (the number of
    /// working days after <paramref name="start"/> up to and including <paramref name="end"/>). Used for
    /// minimum-duration targets such as 公开征求意见期限不少于30天.
    /// </summary>
    /// <param name="start">The first day of the span, not counted.</param>
    /// <param name="end">The last day, counted; not before <paramref name="start"/>.</param>
    /// <param name="kind">Calendar days (the calendar is not consulted) or working days.</param>
    /// <returns>The length, 0 when the dates are equal.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="CalendarCoverageException">Working days were asked and a day after the start up to the end is not covered.</exception>
    public int CountDays(LocalDate start, LocalDate end, DayKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(end >= start, nameof(end), "The end must not be before the start.");
        int startDay = DayNumbers.FromDate(start);
        int endDay = DayNumbers.FromDate(end);
        if (kind == DayKind.Calendar || startDay == endDay)
        {
            return endDay - startDay;
        }
        int first = startDay + 1 - firstDay;
        if (first < 0)
        {
            throw Uncovered(startDay + 1);
        }
        if (endDay - firstDay >= statuses.Length)
        {
            throw Uncovered(Math.Max(startDay + 1, firstDay + statuses.Length));
        }
        return workingBefore[endDay - firstDay + 1] - workingBefore[first];
    }

    /// <summary>A calendar with the dates of <paramref name="days"/> made rest days of one holiday (a local rule, a new notice).</summary>
    /// <param name="days">The block of days off, within <see cref="Coverage"/>.</param>
    /// <param name="nameZh">The holiday's Chinese name.</param>
    /// <param name="nameEn">Its English name, or null to use the Chinese name.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    /// <exception cref="CalendarCoverageException">A day of the block is not covered.</exception>
    public WorkingDayCalendar WithRestDays(DateInterval days, string nameZh, string? nameEn = null)
    {
        Preconditions.CheckNotNull(days, nameof(days));
        var holiday = new Holiday(nameZh, nameEn ?? nameZh, days);
        int start = IndexOf(days.Start);
        int end = IndexOf(days.End);
        DayStatus[] newStatuses = (DayStatus[])statuses.Clone();
        Holiday?[] newHolidays = (Holiday?[])holidays.Clone();
        for (int i = start; i <= end; i++)
        {
            newStatuses[i] = DayStatus.Holiday;
            newHolidays[i] = holiday;
        }
        return new WorkingDayCalendar(Name, firstDay, newStatuses, newHolidays);
    }

    /// <summary>
    /// A calendar with <paramref name="dates"/> made working days; a date that would otherwise be a rest day becomes
    /// an <see cref="DayStatus.AdjustedWorkingDay"/>.
    /// </summary>
    /// <param name="dates">Covered dates.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A date is not covered.</exception>
    public WorkingDayCalendar WithWorkingDays(IEnumerable<LocalDate> dates)
    {
        Preconditions.CheckNotNull(dates, nameof(dates));
        DayStatus[] newStatuses = (DayStatus[])statuses.Clone();
        Holiday?[] newHolidays = (Holiday?[])holidays.Clone();
        foreach (LocalDate date in dates)
        {
            int i = IndexOf(date);
            newStatuses[i] = IsWeekend(firstDay + i) || newStatuses[i] == DayStatus.Holiday ? DayStatus.AdjustedWorkingDay : DayStatus.Working;
            newHolidays[i] = null;
        }
        return new WorkingDayCalendar(Name, firstDay, newStatuses, newHolidays);
    }

    /// <summary>
    /// A calendar covering <paramref name="coverage"/>, which must contain the current coverage. Added days follow
    /// the plain week (Monday to Friday working, weekends rest) until holidays are added to them.
    /// </summary>
    /// <param name="coverage">The new coverage.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coverage"/> does not contain the current coverage.</exception>
    public WorkingDayCalendar WithCoverage(DateInterval coverage)
    {
        Preconditions.CheckNotNull(coverage, nameof(coverage));
        Preconditions.CheckArgument(
            coverage.Contains(Coverage.Start) && coverage.Contains(Coverage.End),
            nameof(coverage),
            "The new coverage must contain the current coverage " + IsoDates.Format(Coverage.Start) + ".." + IsoDates.Format(Coverage.End) + ".");
        return Extend(DayNumbers.FromDate(coverage.Start), DayNumbers.FromDate(coverage.End));
    }

    /// <summary>The calendar's name and coverage.</summary>
    /// <returns>E.g. <c>China mainland (2015-01-01..2026-12-31)</c>.</returns>
    public override string ToString() => Name + " (" + IsoDates.Format(Coverage.Start) + ".." + IsoDates.Format(Coverage.End) + ")";

    /// <summary>Day number of the first covered date.</summary>
    internal int FirstDay => firstDay;

    /// <summary>Day number of the last covered date.</summary>
    internal int LastDay => firstDay + statuses.Length - 1;

    /// <summary>
    /// The day <paramref name="count"/> working days after <paramref name="startDay"/> (start not counted). On
    /// failure returns false and, in <paramref name="result"/>, the first day needed that is not covered.
    /// </summary>
    internal bool TryAddWorkingDays(int startDay, int count, out int result)
    {
        if (count == 0)
        {
            result = startDay;
            return true;
        }
        int index = startDay - firstDay;
        if (index < -1)
        {
            result = startDay + 1;
            return false;
        }
        if (index >= statuses.Length)
        {
            result = startDay + 1;
            return false;
        }
        long ordinal = (long)workingBefore[index + 1] + count;
        if (ordinal > workingDays.Length)
        {
            result = firstDay + statuses.Length;
            return false;
        }
        result = firstDay + workingDays[ordinal - 1];
        return true;
    }

    /// <summary>The first working day on or after <paramref name="day"/>, or false and the first uncovered day needed.</summary>
    internal bool TryNextWorkingDayOnOrAfter(int day, out int result)
    {
        int index = day - firstDay;
        if ((uint)index >= (uint)statuses.Length)
        {
            result = day;
            return false;
        }
        int ordinal = workingBefore[index];
        if (ordinal >= workingDays.Length)
        {
            result = firstDay + statuses.Length;
            return false;
        }
        result = firstDay + workingDays[ordinal];
        return true;
    }

    /// <summary>The coverage error for a day number, which may lie past 9999-12-31.</summary>
    internal CalendarCoverageException Uncovered(int day) => new(Name, Coverage, day);

    /// <summary>A copy of the per-day state over [<paramref name="first"/>, <paramref name="last"/>], which contains the coverage.</summary>
    internal WorkingDayCalendar Extend(int first, int last, string? name = null)
    {
        first = Math.Min(first, firstDay);
        last = Math.Max(last, LastDay);
        var newStatuses = new DayStatus[last - first + 1];
        var newHolidays = new Holiday?[newStatuses.Length];
        int offset = firstDay - first;
        FillWeekends(newStatuses, first, 0, offset);
        Array.Copy(statuses, 0, newStatuses, offset, statuses.Length);
        Array.Copy(holidays, 0, newHolidays, offset, holidays.Length);
        FillWeekends(newStatuses, first, offset + statuses.Length, newStatuses.Length);
        return new WorkingDayCalendar(name ?? Name, first, newStatuses, newHolidays);
    }

    /// <summary>Builds a calendar from per-day state (used by the JSON loader).</summary>
    internal static WorkingDayCalendar FromDays(string name, int firstDay, DayStatus[] statuses, Holiday?[] holidays) =>
        new(name, firstDay, statuses, holidays);

    /// <summary>Copies of the per-day state, for the JSON loader to modify.</summary>
    internal (DayStatus[] Statuses, Holiday?[] Holidays) CopyDays() => ((DayStatus[])statuses.Clone(), (Holiday?[])holidays.Clone());

    internal static bool IsWeekend(int dayNumber)
    {
        // 1970-01-01 (day 0) was a Thursday; Monday = 0 .. Sunday = 6.
        int dayOfWeek = (int)((((long)dayNumber % 7) + 7 + 3) % 7);
        return dayOfWeek >= 5;
    }

    private static bool IsWorking(DayStatus status) => status is DayStatus.Working or DayStatus.AdjustedWorkingDay;

    private static void FillWeekends(DayStatus[] statuses, int firstDay, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            statuses[i] = IsWeekend(firstDay + i) ? DayStatus.Weekend : DayStatus.Working;
        }
    }

    private int IndexOf(LocalDate date)
    {
        int day = DayNumbers.FromDate(date);
        int index = day - firstDay;
        if ((uint)index >= (uint)statuses.Length)
        {
            throw Uncovered(day);
        }
        return index;
    }

    private LocalDate ToDateOrThrow(bool success, int day) => success ? DayNumbers.ToDate(day) : throw Uncovered(day);

    private static WorkingDayCalendar LoadChinaMainland()
    {
        using Stream stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream(ChinaMainlandResource)
            ?? throw new InvalidOperationException("The embedded resource " + ChinaMainlandResource + " is missing from the package.");
        return CalendarJson.Load(stream, null, "China mainland");
    }
}
