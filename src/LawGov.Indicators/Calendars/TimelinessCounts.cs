using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Counts of timely, overdue and pending records, the mergeable summary behind a timeliness rate: the timely rate is
/// timely / (timely + overdue), pending records excluded.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Merge"/> adds counts, so it is associative and commutative with <c>default</c> (all zero) as identity:
/// the counts of parts merged in any order equal the counts of the whole. Equality compares the three counts.
/// </para>
/// <para>
/// The three counts together never exceed <see cref="long.MaxValue"/>, so <see cref="Judged"/> and <see cref="Total"/>
/// are always exact: the constructor rejects larger counts, and <see cref="Add(TimelinessOutcome)"/> and
/// <see cref="Merge"/> throw <see cref="OverflowException"/> rather than wrap.
/// </para>
/// </remarks>
public readonly struct TimelinessCounts : IEquatable<TimelinessCounts>
{
    /// <summary>Initializes counts.</summary>
    /// <param name="timely">Records completed on or before their due date.</param>
    /// <param name="overdue">Records completed late, or open past their due date.</param>
    /// <param name="pending">Open records not yet due.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">The three counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public TimelinessCounts(long timely, long overdue, long pending)
    {
        Preconditions.CheckArgumentRange(nameof(timely), timely, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(overdue), overdue, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(pending), pending, 0, long.MaxValue);
        Preconditions.CheckArgument(TryTotal(timely, overdue, pending, out _), nameof(pending), TotalTooLarge);
        Timely = timely;
        Overdue = overdue;
        Pending = pending;
    }

    /// <summary>Records completed on or before their due date.</summary>
    public long Timely { get; }

    /// <summary>Records completed after their due date, or not completed with the due date before the as-of date.</summary>
    public long Overdue { get; }

    /// <summary>Records not completed and not yet due (excluded from the rate).</summary>
    public long Pending { get; }

    /// <summary>Records the rate judges: timely + overdue.</summary>
    public long Judged => Timely + Overdue;

    /// <summary>All records: timely + overdue + pending.</summary>
    public long Total => Timely + Overdue + Pending;

    /// <summary>The exact timely rate, timely / (timely + overdue); undefined (0/0) when nothing was judged.</summary>
    public Rate TimelyRate => new(Timely, Judged);

    /// <summary>These counts with one more record of <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The record's outcome.</param>
    /// <returns>The new counts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    /// <exception cref="OverflowException">The total would exceed <see cref="long.MaxValue"/>.</exception>
    public TimelinessCounts Add(TimelinessOutcome outcome)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        _ = checked(Total + 1);
        return outcome switch
        {
            TimelinessOutcome.Timely => new(Timely + 1, Overdue, Pending),
            TimelinessOutcome.Overdue => new(Timely, Overdue + 1, Pending),
            _ => new(Timely, Overdue, Pending + 1),
        };
    }

    /// <summary>
    /// These counts with one more judged record: early or on time is timely, late or overdue is overdue, not yet due
    /// is pending.
    /// </summary>
    /// <param name="judgment">A judgment with an as-of date (not <see cref="DeadlineStatus.Undetermined"/>).</param>
    /// <returns>The new counts.</returns>
    /// <exception cref="ArgumentException">The judgment is undetermined.</exception>
    /// <exception cref="OverflowException">The total would exceed <see cref="long.MaxValue"/>.</exception>
    public TimelinessCounts Add(DeadlineJudgment judgment) => Add(OutcomeOf(judgment.Status));

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="other">The other counts.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The merged total exceeds <see cref="long.MaxValue"/>.</exception>
    public TimelinessCounts Merge(TimelinessCounts other)
    {
        _ = checked(Total + other.Total); // each count is at most the total, so no single sum below can overflow
        return new(Timely + other.Timely, Overdue + other.Overdue, Pending + other.Pending);
    }

    /// <summary>Adds two sets of counts (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The merged total exceeds <see cref="long.MaxValue"/>.</exception>
    public static TimelinessCounts operator +(TimelinessCounts left, TimelinessCounts right) => left.Merge(right);

    /// <summary>Adds two sets of counts (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The merged total exceeds <see cref="long.MaxValue"/>.</exception>
    public static TimelinessCounts Add(TimelinessCounts left, TimelinessCounts right) => left.Merge(right);

    /// <inheritdoc />
    public bool Equals(TimelinessCounts other) => Timely == other.Timely && Overdue == other.Overdue && Pending == other.Pending;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimelinessCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Timely, Overdue, Pending);

    /// <summary>Compares two sets of counts for equality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>True when all three counts are equal.</returns>
    public static bool operator ==(TimelinessCounts left, TimelinessCounts right) => left.Equals(right);

    /// <summary>Compares two sets of counts for inequality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>True when a count differs.</returns>
    public static bool operator !=(TimelinessCounts left, TimelinessCounts right) => !left.Equals(right);

    /// <summary>Formats as <c>timely 197, overdue 3, pending 5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"timely {Timely}, overdue {Overdue}, pending {Pending}");

    /// <summary>The message of counts whose total does not fit.</summary>
    internal const string TotalTooLarge = "timely + overdue + pending must not exceed 9223372036854775807 (long.MaxValue)";

    /// <summary>timely + overdue + pending, or false when that exceeds <see cref="long.MaxValue"/> (counts ≥ 0).</summary>
    internal static bool TryTotal(long timely, long overdue, long pending, out long total)
    {
        total = timely;
        if (overdue > long.MaxValue - total)
        {
            return false;
        }
        total += overdue;
        if (pending > long.MaxValue - total)
        {
            return false;
        }
        total += pending;
        return true;
    }

    internal static TimelinessOutcome OutcomeOf(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Early or DeadlineStatus.OnTime => TimelinessOutcome.Timely,
        DeadlineStatus.Late or DeadlineStatus.Overdue => TimelinessOutcome.Overdue,
        DeadlineStatus.NotYetDue => TimelinessOutcome.Pending,
        _ => throw new ArgumentException("An undetermined judgment (no completion, no as-of date) cannot be counted.", nameof(status)),
    };
}
