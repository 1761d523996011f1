using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// How records are judged for a timeliness rate: the time limit (or a schedule of limits that changed on dates), the
/// working-day calendar, the as-of date, and whether the extension is allowed. A record is timely when completed on
/// or before its due date, overdue when completed after it or not completed and due before the as-of date, pending
/// when not completed and not yet due.
/// </summary>
/// <remarks>
/// Due dates for every start day the calendar covers are precomputed when the rule is created, so judging a record
/// costs an array read. Completion dates are facts by default (<see cref="AsOfMode.Literal"/>): the as-of date decides
/// only records with no completion date. With <see cref="AsOfMode.Snapshot"/> the records are judged as they stood on
/// the as-of date: a completion after it counts as not completed, and a record started after it, which did not exist
/// then, is counted apart (<see cref="TimelinessReport.NotStartedCount"/>). Immutable and thread-safe; equality is
/// reference equality.
/// </remarks>
public sealed class TimelinessRule
{
    /// <summary>Initializes a rule with a schedule of limits selected by each record's start date.</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="asOf">The date of the judgment (the library never reads the clock).</param>
    /// <param name="extended">True to judge against the extended limit (limit + extension).</param>
    /// <param name="mode">How a completion after <paramref name="asOf"/> counts: as completed (the default) or, in a
    /// snapshot, as not yet completed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public TimelinessRule(TimeLimitSchedule limits, WorkingDayCalendar calendar, LocalDate asOf, bool extended = false, AsOfMode mode = AsOfMode.Literal)
    {
        Limits = Preconditions.CheckNotNull(limits, nameof(limits));
        Calendar = Preconditions.CheckNotNull(calendar, nameof(calendar));
        AsOf = asOf;
        Extended = extended;
        Mode = Preconditions.CheckDefined(mode, nameof(mode));
        AsOfDay = DayNumbers.FromDate(asOf);
        Table = new DueDayTable(limits, calendar, extended);
    }

    /// <summary>Initializes a rule with one limit.</summary>
    /// <param name="limit">The limit.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="asOf">The date of the judgment.</param>
    /// <param name="extended">True to judge against the extended limit.</param>
    /// <param name="mode">How a completion after <paramref name="asOf"/> counts (see the other constructor).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public TimelinessRule(TimeLimit limit, WorkingDayCalendar calendar, LocalDate asOf, bool extended = false, AsOfMode mode = AsOfMode.Literal)
        : this(TimeLimitSchedule.Constant(limit), calendar, asOf, extended, mode)
    {
    }

    /// <summary>The limits, selected by each record's start date.</summary>
    public TimeLimitSchedule Limits { get; }

    /// <summary>The working-day calendar.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>The date of the judgment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>True when records are judged against the extended limit.</summary>
    public bool Extended { get; }

    /// <summary>How a completion after <see cref="AsOf"/> counts: as completed (literal) or as open (snapshot).</summary>
    public AsOfMode Mode { get; }

    internal int AsOfDay { get; }

    internal DueDayTable Table { get; }

    /// <summary>The due date of a record that started on <paramref name="start"/>.</summary>
    /// <param name="start">The start date (not counted).</param>
    /// <returns>The due date, inclusive.</returns>
    /// <exception cref="CalendarCoverageException">A day the count needs is outside the calendar's coverage.</exception>
    public LocalDate DueDate(LocalDate start) => DayNumbers.ToDate(DueDayOrThrow(DayNumbers.FromDate(start)));

    /// <summary>Judges one record.</summary>
    /// <param name="start">The start date.</param>
    /// <param name="completed">The completion date, or null when not completed.</param>
    /// <returns>
    /// The judgment, to be counted with <see cref="TimelinessCounts.Add(DeadlineJudgment)"/>. In the snapshot mode a
    /// record that started after <see cref="AsOf"/> did not exist yet and is judged not yet due here: leave such
    /// records out before counting (start &gt; <see cref="AsOf"/>), as the readers (<see cref="TimelinessCsv"/>,
    /// <see cref="TimelinessRecords"/>) do, which count them apart as <see cref="TimelinessReport.NotStartedCount"/>;
    /// counted as they are, they would be pending.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="completed"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="CalendarCoverageException">A day the count needs is outside the calendar's coverage.</exception>
    public DeadlineJudgment Judge(LocalDate start, LocalDate? completed)
    {
        Preconditions.CheckArgument(completed is null || completed.Value >= start, nameof(completed), "The completion date must not be before the start date.");
        return DeadlineJudgment.Judge(DueDate(start), completed, AsOf, Mode);
    }

    /// <summary>
    /// The due day of a start day: from the table, or for a start the table does not hold (outside the coverage) from
    /// the schedule itself; false and the first uncovered day needed when the calendar cannot answer.
    /// </summary>
    internal bool TryDueDay(int startDay, out int due)
    {
        due = Table.DueDay(startDay);
        return due != DueDayTable.Uncovered || Limits.TryDueDay(startDay, Calendar, Extended, out due);
    }

    private int DueDayOrThrow(int startDay) => TryDueDay(startDay, out int due) ? due : throw Calendar.Uncovered(due);
}
