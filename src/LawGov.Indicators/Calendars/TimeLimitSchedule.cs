using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A time limit that changed on given dates, such as the reply limit for information-disclosure applications: 15 + 15
/// working days before 2019-05-15, 20 + 20 working days from then (政府信息公开条例, 国务院令第711号).
/// </summary>
/// <remarks>
/// <para>
/// The rule is selected by the <b>start date</b> (the day the application was received or the trigger occurred): a
/// matter started before a change keeps the limit in force when it started. This is the library's convention (the
/// regulations state no transition rule in the stored sources); a caller who needs another selecting date passes it
/// to <see cref="LimitOn"/> and computes <see cref="TimeLimit.DueDate"/> itself.
/// </para>
/// <para>Immutable. Equality is reference equality.</para>
/// </remarks>
public sealed class TimeLimitSchedule
{
    private readonly LocalDate[] effectiveFrom;
    private readonly TimeLimit[] limits;

    private TimeLimitSchedule(LocalDate[] effectiveFrom, TimeLimit[] limits)
    {
        this.effectiveFrom = effectiveFrom;
        this.limits = limits;
    }

    /// <summary>A schedule with one limit for every start date.</summary>
    /// <param name="limit">The limit.</param>
    /// <returns>The schedule.</returns>
    public static TimeLimitSchedule Constant(TimeLimit limit) => new([], [limit]);

    /// <summary>The limit before the first change (for start dates before every effective date).</summary>
    public TimeLimit Initial => limits[0];

    /// <summary>The longest total length (limit plus extension) of any rule, in days of its kind.</summary>
    internal int MaxTotalLength => limits.Max(l => l.Length + l.Extension);

    /// <summary>This schedule with <paramref name="limit"/> in force for start dates on or after <paramref name="effective"/>.</summary>
    /// <param name="effective">The first start date the new limit applies to; after every earlier change.</param>
    /// <param name="limit">The new limit.</param>
    /// <returns>The new schedule; this one is unchanged.</returns>
    /// <exception cref="ArgumentException"><paramref name="effective"/> is not after the last change.</exception>
    public TimeLimitSchedule ChangedOn(LocalDate effective, TimeLimit limit)
    {
        Preconditions.CheckArgument(
            effectiveFrom.Length == 0 || effective > effectiveFrom[^1],
            nameof(effective),
            "Changes must be added in date order, each after the last.");
        return new([.. effectiveFrom, effective], [.. limits, limit]);
    }

    /// <summary>The limit in force for a matter that started on <paramref name="start"/>.</summary>
    /// <param name="start">The start date.</param>
    /// <returns>The limit of the last change on or before <paramref name="start"/>, else <see cref="Initial"/>.</returns>
    public TimeLimit LimitOn(LocalDate start)
    {
        int index = 0;
        while (index < effectiveFrom.Length && effectiveFrom[index] <= start)
        {
            index++;
        }
        return limits[index];
    }

    /// <summary>The due date of a matter that started on <paramref name="start"/>, under the limit in force then.</summary>
    /// <param name="start">The start date (not counted).</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="extended">True to include the extension.</param>
    /// <returns>The due date, inclusive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day the count needs is outside the calendar's coverage.</exception>
    public LocalDate DueDate(LocalDate start, WorkingDayCalendar calendar, bool extended = false) =>
        LimitOn(start).DueDate(start, calendar, extended);

    /// <summary>Formats as <c>15wd+15wd; from 2019-05-15 20wd+20wd</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join("; ", limits.Select((l, i) => i == 0 ? l.ToString() : "from " + IsoDates.Format(effectiveFrom[i - 1]) + " " + l));

    /// <summary>The due day for a start day number under the rule in force then; false and the first uncovered day on failure.</summary>
    internal bool TryDueDay(int startDay, WorkingDayCalendar calendar, bool extended, out int due) =>
        LimitOn(DayNumbers.ToDate(startDay)).TryDueDay(startDay, calendar, extended, out due);
}
