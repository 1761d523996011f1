using System.Globalization;
using LawGov.Indicators.Utility;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Measures;

/// <summary>
/// The periods targets and figures cover, as NodaTime <see cref="DateInterval"/>s (both ends inclusive), and their
/// one text form: a whole calendar year as <c>2020</c>, any other interval as ISO 8601 <c>2020-01-01/2020-11-30</c>.
/// </summary>
public static class Periods
{
    /// <summary>The calendar year <paramref name="year"/>, 1 January to 31 December.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The interval.</returns>
    public static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>The calendar quarter <paramref name="quarter"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The interval, e.g. 2020-04-01/2020-06-30 for the second quarter of 2020.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1..4, or the year is outside
    /// NodaTime's range.</exception>
    public static DateInterval Quarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        var start = new LocalDate(year, (3 * quarter) - 2, 1);
        return new DateInterval(start, start.PlusMonths(3).PlusDays(-1));
    }

    /// <summary>The calendar month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The interval, e.g. 2020-02-01/2020-02-29.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1..12, or the year is outside
    /// NodaTime's range.</exception>
    public static DateInterval Month(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        var start = new LocalDate(year, month, 1);
        return new DateInterval(start, start.PlusMonths(1).PlusDays(-1));
    }

    /// <summary>The year, quarter or month that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <param name="kind">The kind of period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static DateInterval Containing(LocalDate date, PeriodKind kind) => Preconditions.CheckDefined(kind, nameof(kind)) switch
    {
        PeriodKind.Year => Year(date.Year),
        PeriodKind.Quarter => Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => Month(date.Year, date.Month),
    };

    /// <summary>The kind of <paramref name="period"/> when it is exactly one calendar year, quarter or month.</summary>
    /// <param name="period">The interval.</param>
    /// <returns>The kind, or null for any other interval.</returns>
    public static PeriodKind? KindOf(DateInterval period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        foreach (PeriodKind kind in (ReadOnlySpan<PeriodKind>)[PeriodKind.Year, PeriodKind.Quarter, PeriodKind.Month])
        {
            if (Containing(period.Start, kind).Equals(period))
            {
                return kind;
            }
        }
        return null;
    }

    /// <summary>True when the interval is exactly one calendar year.</summary>
    /// <param name="period">The interval.</param>
    /// <returns>True for 1 January to 31 December of one year.</returns>
    public static bool IsCalendarYear(DateInterval period) =>
        period.Start == new LocalDate(period.Start.Year, 1, 1) && period.End == new LocalDate(period.Start.Year, 12, 31);

    /// <summary>True when the interval runs from 1 January of one year to 31 December of the same or a later year.</summary>
    /// <param name="period">The interval.</param>
    /// <returns>True for whole calendar years (2017-01-01/2020-12-31).</returns>
    internal static bool IsWholeYears(DateInterval period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return period.Start == new LocalDate(period.Start.Year, 1, 1) && period.End == new LocalDate(period.End.Year, 12, 31);
    }

    /// <summary>Formats a period: <c>2020</c> for a calendar year, otherwise <c>2020-01-01/2020-11-30</c>.</summary>
    /// <param name="period">The interval.</param>
    /// <returns>The text.</returns>
    public static string Format(DateInterval period) =>
        IsCalendarYear(period)
            ? period.Start.Year.ToString("D4", CultureInfo.InvariantCulture)
            : LocalDatePattern.Iso.Format(period.Start) + "/" + LocalDatePattern.Iso.Format(period.End);

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <returns>True when the text is a valid period.</returns>
    public static bool TryParse(string? text, out DateInterval period)
    {
        period = text is null ? null! : TryParse(text, out string? _)!;
        return period is not null;
    }

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>; null with an error message otherwise.</summary>
    internal static DateInterval? TryParse(string text, out string? error)
    {
        error = null;
        string trimmed = text.Trim();
        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            return Year(year);
        }
        int slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            ParseResult<LocalDate> start = LocalDatePattern.Iso.Parse(trimmed[..slash]);
            ParseResult<LocalDate> end = LocalDatePattern.Iso.Parse(trimmed[(slash + 1)..]);
            if (start.Success && end.Success)
            {
                if (end.Value < start.Value)
                {
                    error = $"the period '{text}' ends before it starts";
                    return null;
                }
                return new DateInterval(start.Value, end.Value);
            }
        }
        error = $"expected a year (2020) or an ISO date interval (2020-01-01/2020-06-30), got '{text}'";
        return null;
    }
}
