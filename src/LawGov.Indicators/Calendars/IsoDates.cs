using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Calendars;

/// <summary>ISO 8601 calendar dates (<c>yyyy-MM-dd</c>) as text and as UTF-8 bytes, invariant culture.</summary>
internal static class IsoDates
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            return false;
        }
        date = result.Value;
        return true;
    }

    /// <summary>
    /// Parses exactly <c>yyyy-MM-dd</c> (years 0001 to 9999) from UTF-8 bytes straight to a day number, without
    /// allocating; the record hot path.
    /// </summary>
    internal static bool TryParseDayNumber(ReadOnlySpan<byte> text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }
        uint y0 = (uint)(text[0] - '0'), y1 = (uint)(text[1] - '0'), y2 = (uint)(text[2] - '0'), y3 = (uint)(text[3] - '0');
        uint m0 = (uint)(text[5] - '0'), m1 = (uint)(text[6] - '0'), d0 = (uint)(text[8] - '0'), d1 = (uint)(text[9] - '0');
        if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9)
        {
            return false;
        }
        int year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        int month = (int)((m0 * 10) + m1);
        int day = (int)((d0 * 10) + d1);
        if (year == 0 || month < 1 || month > 12 || day == 0 || day > DayNumbers.DaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = DayNumbers.FromDate(year, month, day);
        return true;
    }
}
