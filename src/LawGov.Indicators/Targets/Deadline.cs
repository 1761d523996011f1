using System.Globalization;
using LawGov.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Targets;

/// <summary>
/// When a milestone is due. The due date is inclusive: done on the due date is on time (the library's reading
/// of 前; the period ends at 24:00 China Standard Time).
/// </summary>
/// <remarks>Equality compares kind and dates.</remarks>
public sealed class Deadline : IEquatable<Deadline>
{
    private Deadline(DeadlineKind kind, LocalDate? due, AnnualDate? annualDue, DateInterval? window)
    {
        Kind = kind;
        Due = due;
        AnnualDue = annualDue;
        Window = window;
    }

    /// <summary>How the deadline is stated.</summary>
    public DeadlineKind Kind { get; }

    /// <summary>For <see cref="DeadlineKind.Fixed"/> and <see cref="DeadlineKind.Window"/>: the due date.</summary>
    public LocalDate? Due { get; }

    /// <summary>For <see cref="DeadlineKind.Annual"/>: the month and day due each year.</summary>
    public AnnualDate? AnnualDue { get; }

    /// <summary>For <see cref="DeadlineKind.Window"/>: the window; its end is the due date.</summary>
    public DateInterval? Window { get; }

    /// <summary>Due on or before <paramref name="due"/>.</summary>
    /// <param name="due">The last day that is on time.</param>
    /// <returns>The deadline.</returns>
    public static Deadline On(LocalDate due) => new(DeadlineKind.Fixed, due, null, null);

    /// <summary>Due on or before the same day each year.</summary>
    /// <param name="due">Month and day, e.g. 03-31 for 每年第一季度.</param>
    /// <returns>The deadline.</returns>
    public static Deadline EachYear(AnnualDate due) => new(DeadlineKind.Annual, null, due, null);

    /// <summary>Due within a window; the window's end is the due date.</summary>
    /// <param name="window">The window, e.g. 2020-07-01..2020-12-31 for 2020年下半年.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public static Deadline Within(DateInterval window)
    {
        Preconditions.CheckNotNull(window, nameof(window));
        return new(DeadlineKind.Window, window.End, null, window);
    }

    /// <summary>The due date of an annual deadline in <paramref name="year"/> (29 February falls on 28 February in common years).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The due date that year.</returns>
    /// <exception cref="InvalidOperationException">The deadline is not annual.</exception>
    public LocalDate DueIn(int year) =>
        Kind == DeadlineKind.Annual
            ? AnnualDue!.Value.InYear(year)
            : throw new InvalidOperationException("Only an annual deadline has a due date in each year.");

    /// <summary>
    /// The due dates that fall to a target's period: one for fixed and window deadlines, and for annual ones each
    /// year's date that lies inside the period (a 29 February annual date falls on 28 February in common years).
    /// </summary>
    /// <param name="period">The target's period.</param>
    /// <returns>The due dates in ascending order.</returns>
    public IReadOnlyList<LocalDate> DueDatesFor(DateInterval period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        if (Kind != DeadlineKind.Annual)
        {
            return [Due!.Value];
        }
        var dates = new List<LocalDate>();
        for (int year = period.Start.Year; year <= period.End.Year; year++)
        {
            LocalDate due = DueIn(year);
            if (period.Contains(due))
            {
                dates.Add(due);
            }
        }
        return dates;
    }

    /// <inheritdoc />
    public bool Equals(Deadline? other) =>
        other is not null && Kind == other.Kind && Due == other.Due && AnnualDue == other.AnnualDue && Equals(Window, other.Window);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Due, AnnualDue);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Deadline? left, Deadline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Deadline? left, Deadline? right) => !(left == right);

    /// <summary><c>by 2017-12-31</c>, <c>by 03-31 each year</c>, <c>within 2020-07-01/2020-12-31</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        DeadlineKind.Fixed => "by " + LocalDatePattern.Iso.Format(Due!.Value),
        DeadlineKind.Annual => "by " + AnnualDatePattern.Iso.Format(AnnualDue!.Value) + " each year",
        _ => string.Create(CultureInfo.InvariantCulture, $"within {LocalDatePattern.Iso.Format(Window!.Start)}/{LocalDatePattern.Iso.Format(Window.End)}"),
    };

    /// <summary>The deadline in Chinese: <c>2017-12-31前</c>, <c>每年03-31前</c>.</summary>
    /// <returns>The text.</returns>
    public string ToStringZh() => Kind switch
    {
        DeadlineKind.Annual => "每年" + AnnualDatePattern.Iso.Format(AnnualDue!.Value) + "前",
        _ => LocalDatePattern.Iso.Format(Due!.Value) + "前",
    };
}
