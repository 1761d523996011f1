using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// A statutory or local time limit: N calendar days or N working days, with an optional extension of the same kind,
/// such as 20 + 20 working days (<c>20wd+20wd</c>) or 60 + 30 days (<c>60d+30d</c>).
/// </summary>
/// <remarks>
/// <para>
/// Counting (time-limits.md §2): the start day (receipt, publication) is not counted; for calendar days a last day
/// on a rest day moves to the next working day (民法典 art. 203); a working-day limit ends on its N-th working day.
/// The period ends at 24:00 China Standard Time of that day, so the due date is an inclusive local date. An extension
/// starts after the original period ends: extended calendar-day limits are counted from the (possibly moved) original
/// due date; for working days this equals counting length + extension working days.
/// </para>
/// <para>Equality compares length, kind and extension. <c>default</c> is 0 calendar days with no extension.</para>
/// </remarks>
public readonly struct TimeLimit : IEquatable<TimeLimit>
{
    /// <summary>The longest length or extension accepted (100 years of days).</summary>
    public const int MaxLength = 36_600;

    /// <summary>Initializes a time limit.</summary>
    /// <param name="length">The length, 0 to <see cref="MaxLength"/>.</param>
    /// <param name="kind">Calendar or working days.</param>
    /// <param name="extension">The longest extension, in the same kind of days, 0 to <see cref="MaxLength"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public TimeLimit(int length, DayKind kind, int extension = 0)
    {
        Preconditions.CheckArgumentRange(nameof(length), length, 0, MaxLength);
        Preconditions.CheckArgumentRange(nameof(extension), extension, 0, MaxLength);
        Length = length;
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Extension = extension;
    }

    /// <summary>The length in <see cref="Kind"/> days.</summary>
    public int Length { get; }

    /// <summary>Whether the limit counts calendar or working days.</summary>
    public DayKind Kind { get; }

    /// <summary>The longest permitted extension, in <see cref="Kind"/> days (0 when none).</summary>
    public int Extension { get; }

    /// <summary>True when the limit may be extended.</summary>
    public bool HasExtension => Extension > 0;

    /// <summary>A limit of <paramref name="days"/> calendar days.</summary>
    /// <param name="days">Days, 0 to <see cref="MaxLength"/>.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit CalendarDays(int days) => new(days, DayKind.Calendar);

    /// <summary>A limit of <paramref name="days"/> working days.</summary>
    /// <param name="days">Working days, 0 to <see cref="MaxLength"/>.</param>
    /// <returns>The limit.</returns>
    public static TimeLimit WorkingDays(int days) => new(days, DayKind.Working);

    /// <summary>This limit with an extension of <paramref name="days"/> days of the same kind.</summary>
    /// <param name="days">The extension, 0 to <see cref="MaxLength"/>.</param>
    /// <returns>The limit.</returns>
    public TimeLimit WithExtension(int days) => new(Length, Kind, days);

    /// <summary>
    /// The last day of the period that starts on <paramref name="start"/> (not counted): the due date, inclusive.
    /// </summary>
    /// <param name="start">The day of the trigger (receipt of the application, publication).</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="extended">True for the due date including the extension.</param>
    /// <returns>The due date: 30 days from 2020-09-08 is 2020-10-09 (day 30, 10-08, is a holiday).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="CalendarCoverageException">A day the count needs is outside the calendar's coverage.</exception>
    public LocalDate DueDate(LocalDate start, WorkingDayCalendar calendar, bool extended = false)
    {
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        return TryDueDay(DayNumbers.FromDate(start), calendar, extended, out int due)
            ? DayNumbers.ToDate(due)
            : throw calendar.Uncovered(due);
    }

    /// <summary>The limit as a quantity: <see cref="Unit.Days"/> or <see cref="Unit.WorkingDays"/>.</summary>
    /// <param name="extended">True to include the extension.</param>
    /// <returns>The quantity, e.g. 40 working days for 20wd+20wd extended.</returns>
    public Quantity ToQuantity(bool extended = false) =>
        new(Length + (extended ? Extension : 0), Kind == DayKind.Working ? Unit.WorkingDays : Unit.Days);

    /// <summary>
    /// Parses <c>30d</c>, <c>20wd</c> or an extended limit <c>20wd+20wd</c>, <c>60d+30d</c> (ASCII, no spaces
    /// inside a term; surrounding white space ignored).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a time limit; the message says what was expected.</exception>
    public static TimeLimit Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out TimeLimit limit, out string? error) ? limit : throw new FormatException(error);
    }

    /// <summary>Parses a time limit (see <see cref="Parse"/>) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="limit">The limit, when the text is valid.</param>
    /// <returns>True when the text is a time limit.</returns>
    public static bool TryParse(string? text, out TimeLimit limit) => TryParse(text, out limit, out _);

    /// <inheritdoc />
    public bool Equals(TimeLimit other) => Length == other.Length && Kind == other.Kind && Extension == other.Extension;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Length, Kind, Extension);

    /// <summary>Compares two limits for equality.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns>True when length, kind and extension are equal.</returns>
    public static bool operator ==(TimeLimit left, TimeLimit right) => left.Equals(right);

    /// <summary>Compares two limits for inequality.</summary>
    /// <param name="left">The first limit.</param>
    /// <param name="right">The second limit.</param>
    /// <returns>True when any part differs.</returns>
    public static bool operator !=(TimeLimit left, TimeLimit right) => !left.Equals(right);

    /// <summary>Formats as <see cref="Parse"/> reads it: <c>30d</c>, <c>20wd+20wd</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string suffix = Kind == DayKind.Working ? "wd" : "d";
        string text = Length.ToString(CultureInfo.InvariantCulture) + suffix;
        return HasExtension ? text + "+" + Extension.ToString(CultureInfo.InvariantCulture) + suffix : text;
    }

    /// <summary>The due day for a start day number; on failure false and the first uncovered day needed.</summary>
    internal bool TryDueDay(int startDay, WorkingDayCalendar calendar, bool extended, out int due)
    {
        int extension = extended ? Extension : 0;
        if (Kind == DayKind.Working)
        {
            return calendar.TryAddWorkingDays(startDay, Length + extension, out due);
        }
        if (!calendar.TryNextWorkingDayOnOrAfter(startDay + Length, out due))
        {
            return false;
        }
        return extension == 0 || calendar.TryNextWorkingDayOnOrAfter(due + extension, out due);
    }

    private static bool TryParse(string? text, out TimeLimit limit, out string? error)
    {
        limit = default;
        const string expected = "expected a time limit such as 30d (calendar days), 20wd (working days) or 20wd+20wd (with an extension)";
        if (text is null)
        {
            error = "Time limit is missing: " + expected + ".";
            return false;
        }
        string trimmed = text.Trim();
        int plus = trimmed.IndexOf('+', StringComparison.Ordinal);
        string first = plus < 0 ? trimmed : trimmed[..plus];
        if (!TryParseTerm(first, out int length, out DayKind kind))
        {
            error = "'" + text + "' is not a time limit: " + expected + ".";
            return false;
        }
        int extension = 0;
        if (plus >= 0)
        {
            if (!TryParseTerm(trimmed[(plus + 1)..], out extension, out DayKind extensionKind))
            {
                error = "'" + text + "' is not a time limit: " + expected + ".";
                return false;
            }
            if (extensionKind != kind)
            {
                error = "'" + text + "' mixes calendar and working days: the extension must use the same kind of days as the limit.";
                return false;
            }
        }
        error = null;
        limit = new TimeLimit(length, kind, extension);
        return true;
    }

    private static bool TryParseTerm(string term, out int length, out DayKind kind)
    {
        length = 0;
        kind = DayKind.Calendar;
        int digits = 0;
        while (digits < term.Length && char.IsAsciiDigit(term[digits]))
        {
            digits++;
        }
        string unit = term[digits..];
        if (digits == 0 || digits > 5 || (unit != "d" && unit != "wd"))
        {
            return false;
        }
        length = int.Parse(term.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        kind = unit == "wd" ? DayKind.Working : DayKind.Calendar;
        return length <= MaxLength;
    }
}
