using System.Runtime.CompilerServices;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A deadline judged from its due date, an optional completion date and an optional as-of date: early, on time or
/// late with signed days, not yet due, overdue, or undetermined.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Days"/> is in calendar days: completion − due for completed work (−5 five days early, +3 three days
/// late), as-of − due for open work (≤ 0 while not yet due, &gt; 0 when overdue), null when undetermined.
/// </para>
/// <para>
/// By default (<see cref="AsOfMode.Literal"/>) a completion date is a fact: completed work is judged by it even when
/// it is after the as-of date, which decides only open work. <see cref="AsOfMode.Snapshot"/> judges the work as it
/// stood on the as-of date: a completion after it had not happened yet, so the work counts as open. Equality compares
/// all parts. <c>default</c> is an early completion of 0 days on 0001-01-01 and is not a meaningful judgment.
/// </para>
/// </remarks>
public readonly struct DeadlineJudgment : IEquatable<DeadlineJudgment>
{
    private DeadlineJudgment(DeadlineStatus status, LocalDate dueDate, int? days)
    {
        Status = status;
        DueDate = dueDate;
        Days = days;
    }

    /// <summary>The outcome.</summary>
    public DeadlineStatus Status { get; }

    /// <summary>The due date judged against.</summary>
    public LocalDate DueDate { get; }

    /// <summary>Signed calendar days from the due date (see remarks), or null when undetermined.</summary>
    public int? Days { get; }

    /// <summary>True when completed on or before the due date.</summary>
    public bool IsMet => Status is DeadlineStatus.Early or DeadlineStatus.OnTime;

    /// <summary>Judges a deadline; a completion date counts whatever the as-of date (<see cref="AsOfMode.Literal"/>).</summary>
    /// <param name="dueDate">The due date, inclusive.</param>
    /// <param name="completed">The completion date, or null when not completed.</param>
    /// <param name="asOf">The date of the judgment, or null to judge completed work only.</param>
    /// <returns>
    /// Early / OnTime / Late when completed; otherwise NotYetDue when <paramref name="asOf"/> ≤ due, Overdue when
    /// after, Undetermined without an as-of date.
    /// </returns>
    public static DeadlineJudgment Judge(LocalDate dueDate, LocalDate? completed, LocalDate? asOf) =>
        Judge(dueDate, completed, asOf, AsOfMode.Literal);

    /// <summary>Judges a deadline, reading a completion after the as-of date as <paramref name="mode"/> says.</summary>
    /// <param name="dueDate">The due date, inclusive.</param>
    /// <param name="completed">The completion date, or null when not completed.</param>
    /// <param name="asOf">The date of the judgment, or null to judge completed work only.</param>
    /// <param name="mode">
    /// <see cref="AsOfMode.Literal"/>: a completion counts whatever its date; <see cref="AsOfMode.Snapshot"/>: a
    /// completion after <paramref name="asOf"/> counts as not completed.
    /// </param>
    /// <returns>
    /// Early / OnTime / Late when completed (in the snapshot mode: on or before <paramref name="asOf"/>); otherwise
    /// NotYetDue when <paramref name="asOf"/> ≤ due, Overdue when after, Undetermined without an as-of date.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static DeadlineJudgment Judge(LocalDate dueDate, LocalDate? completed, LocalDate? asOf, AsOfMode mode)
    {
        Utility.Preconditions.CheckDefined(mode, nameof(mode));
        int due = DayNumbers.FromDate(dueDate);
        DeadlineStatus status = Classify(
            due,
            completed is LocalDate c ? DayNumbers.FromDate(c) : DayNumbers.None,
            asOf is LocalDate a ? DayNumbers.FromDate(a) : DayNumbers.None,
            mode,
            out int days);
        return new DeadlineJudgment(status, dueDate, status == DeadlineStatus.Undetermined ? null : days);
    }

    /// <inheritdoc />
    public bool Equals(DeadlineJudgment other) => Status == other.Status && DueDate == other.DueDate && Days == other.Days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeadlineJudgment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, DueDate, Days);

    /// <summary>Compares two judgments for equality.</summary>
    /// <param name="left">The first judgment.</param>
    /// <param name="right">The second judgment.</param>
    /// <returns>True when status, due date and days are equal.</returns>
    public static bool operator ==(DeadlineJudgment left, DeadlineJudgment right) => left.Equals(right);

    /// <summary>Compares two judgments for inequality.</summary>
    /// <param name="left">The first judgment.</param>
    /// <param name="right">The second judgment.</param>
    /// <returns>True when any part differs.</returns>
    public static bool operator !=(DeadlineJudgment left, DeadlineJudgment right) => !left.Equals(right);

    /// <summary>Formats as <c>Late by 3 days (due 2020-10-09)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string due = " (due " + IsoDates.Format(DueDate) + ")";
        return Status switch
        {
            DeadlineStatus.Early => "Early by " + DayText(-Days!.Value) + due,
            DeadlineStatus.Late => "Late by " + DayText(Days!.Value) + due,
            DeadlineStatus.Overdue => "Overdue by " + DayText(Days!.Value) + due,
            DeadlineStatus.NotYetDue => "Not yet due, " + DayText(-Days!.Value) + " left" + due,
            _ => Status + due,
        };
    }

    /// <summary>
    /// The one classification rule, on day numbers (<see cref="DayNumbers.None"/> for an absent date);
    /// <see cref="TimelinessTally"/> is its branch-free twin for the record hot path (checked equal by a property).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DeadlineStatus Classify(int due, int completed, int asOf, AsOfMode mode, out int days)
    {
        if (completed != DayNumbers.None && (mode == AsOfMode.Literal || asOf == DayNumbers.None || completed <= asOf))
        {
            days = completed - due;
            return days < 0 ? DeadlineStatus.Early : days == 0 ? DeadlineStatus.OnTime : DeadlineStatus.Late;
        }
        if (asOf == DayNumbers.None)
        {
            days = 0;
            return DeadlineStatus.Undetermined;
        }
        days = asOf - due;
        return days <= 0 ? DeadlineStatus.NotYetDue : DeadlineStatus.Overdue;
    }

    /// <summary><c>1 day</c>, <c>0 days</c>, <c>31 days</c>: the one English wording of a number of days.</summary>
    internal static string DayText(decimal days) => days.ToString(System.Globalization.CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days");
}
