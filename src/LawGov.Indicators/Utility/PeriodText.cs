using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Utility;

/// <summary>
/// The one text form of a period used in JSON and in messages: a whole calendar year as <c>2020</c>, any other
/// interval as ISO 8601 <c>2020-01-01/2020-11-30</c> (both ends inclusive).
/// </summary>
internal static class PeriodText
{
    internal static string Format(DateInterval period) =>
        IsCalendarYear(period)
            ? period.Start.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : LocalDatePattern.Iso.Format(period.Start) + "/" + LocalDatePattern.Iso.Format(period.End);

    internal static bool IsCalendarYear(DateInterval period) =>
        period.Start == new LocalDate(period.Start.Year, 1, 1) && period.End == new LocalDate(period.Start.Year, 12, 31);

    internal static DateInterval Year(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    /// <summary>Parses <c>yyyy</c> or <c>yyyy-MM-dd/yyyy-MM-dd</c>; null with an error message otherwise.</summary>
    internal static DateInterval? TryParse(string text, out string? error)
    {
        error = null;
        string trimmed = text.Trim();
        if (trimmed.Length == 4 && int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year) && year >= 1900)
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
