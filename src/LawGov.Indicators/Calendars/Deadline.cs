using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A deadline from plan wording: a due date ("2017年底前" → 2017-12-31), optionally the window the work belongs to
/// ("2020年下半年" → 2020-07-01..2020-12-31, due at the window's end), optionally recurring every year ("每年第一季度"
/// → by 03-31 each year). Deadlines are inclusive: done on the due date is on time (the period ends at 24:00 China
/// Standard Time).
/// </summary>
/// <remarks>
/// Equality compares the due date, the window start and the recurrence. <c>default</c> is a one-off deadline on
/// 0001-01-01 without a window.
/// </remarks>
public readonly struct Deadline : IEquatable<Deadline>
{
    private readonly LocalDate windowStart;
    private readonly bool hasWindow;

    /// <summary>Initializes a one-off deadline on <paramref name="dueDate"/> without a window.</summary>
    /// <param name="dueDate">The last day, inclusive.</param>
    public Deadline(LocalDate dueDate)
    {
        DueDate = dueDate;
    }

    /// <summary>Initializes a one-off deadline at the end of <paramref name="window"/>.</summary>
    /// <param name="window">The period the work belongs to; its end is the due date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public Deadline(DateInterval window)
    {
        Preconditions.CheckNotNull(window, nameof(window));
        DueDate = window.End;
        windowStart = window.Start;
        hasWindow = true;
    }

    private Deadline(LocalDate dueDate, LocalDate windowStart, bool hasWindow, bool isAnnual)
    {
        DueDate = dueDate;
        this.windowStart = windowStart;
        this.hasWindow = hasWindow;
        IsAnnual = isAnnual;
    }

    /// <summary>The last day, inclusive (for an annual deadline: its occurrence in the year it was made for).</summary>
    public LocalDate DueDate { get; }

    /// <summary>The window the work belongs to, ending on <see cref="DueDate"/>, or null.</summary>
    public DateInterval? Window => hasWindow ? new DateInterval(windowStart, DueDate) : null;

    /// <summary>True when the deadline recurs every year (每年).</summary>
    public bool IsAnnual { get; }

    /// <summary>This deadline recurring every year.</summary>
    /// <returns>The annual deadline.</returns>
    public Deadline Annually() => new(DueDate, windowStart, hasWindow, isAnnual: true);

    /// <summary>
    /// The occurrence of an annual deadline in <paramref name="year"/>, as a one-off deadline. A due date on the last
    /// day of its month stays on the last day of the month (February 28 or 29).
    /// </summary>
    /// <param name="year">The year, 1 to 9998.</param>
    /// <returns>The one-off deadline of that year.</returns>
    /// <exception cref="InvalidOperationException">The deadline is not annual.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public Deadline InYear(int year)
    {
        if (!IsAnnual)
        {
            throw new InvalidOperationException("Only an annual deadline has an occurrence in each year.");
        }
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        int shift = year - DueDate.Year;
        return new Deadline(Shift(DueDate, shift), Shift(windowStart, shift), hasWindow, isAnnual: false);
    }

    /// <summary>Judges this deadline (see <see cref="DeadlineJudgment.Judge"/>); an annual deadline is judged on <see cref="DueDate"/>.</summary>
    /// <param name="completed">The completion date, or null when not completed.</param>
    /// <param name="asOf">The date of the judgment, or null.</param>
    /// <returns>The judgment.</returns>
    public DeadlineJudgment Judge(LocalDate? completed, LocalDate? asOf) => DeadlineJudgment.Judge(DueDate, completed, asOf);

    /// <inheritdoc />
    public bool Equals(Deadline other) =>
        DueDate == other.DueDate && hasWindow == other.hasWindow && windowStart == other.windowStart && IsAnnual == other.IsAnnual;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Deadline other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DueDate, hasWindow, windowStart, IsAnnual);

    /// <summary>Compares two deadlines for equality.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>True when due date, window and recurrence are equal.</returns>
    public static bool operator ==(Deadline left, Deadline right) => left.Equals(right);

    /// <summary>Compares two deadlines for inequality.</summary>
    /// <param name="left">The first deadline.</param>
    /// <param name="right">The second deadline.</param>
    /// <returns>True when any part differs.</returns>
    public static bool operator !=(Deadline left, Deadline right) => !left.Equals(right);

    /// <summary>Formats as <c>by 2017-12-31</c>, <c>2020-07-01..2020-12-31</c> or <c>every year 2020-01-01..2020-03-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string text = hasWindow ? IsoDates.Format(windowStart) + ".." + IsoDates.Format(DueDate) : "by " + IsoDates.Format(DueDate);
        return IsAnnual ? "every year " + text : text;
    }

    private static LocalDate Shift(LocalDate date, int years)
    {
        int year = date.Year + years;
        bool monthEnd = date.Day == DayNumbers.DaysInMonth(date.Year, date.Month);
        int day = monthEnd ? DayNumbers.DaysInMonth(year, date.Month) : Math.Min(date.Day, DayNumbers.DaysInMonth(year, date.Month));
        return new LocalDate(year, date.Month, day);
    }
}
