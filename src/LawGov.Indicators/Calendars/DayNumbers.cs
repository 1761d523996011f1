using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Dates as day numbers (days since 1970-01-01, proleptic Gregorian), the representation every calendar index and
/// the record hot path work in. Conversions follow Howard Hinnant's <c>days_from_civil</c> / <c>civil_from_days</c>.
/// </summary>
internal static class DayNumbers
{
    /// <summary>Marks "no date" (an empty completion, an absent as-of date).</summary>
    internal const int None = int.MinValue;

    internal static int FromDate(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - (era * 400);
        int monthFromMarch = (month + 9) % 12;
        int dayOfYear = (((153 * monthFromMarch) + 2) / 5) + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - 719468;
    }

    internal static int FromDate(LocalDate date) => FromDate(date.Year, date.Month, date.Day);

    internal static LocalDate ToDate(int dayNumber)
    {
        int z = dayNumber + 719468;
        int era = (z >= 0 ? z : z - 146096) / 146097;
        int dayOfEra = z - (era * 146097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        int day = dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1;
        int month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        int year = (yearOfEra + (era * 400)) + (month <= 2 ? 1 : 0);
        return new LocalDate(year, month, day);
    }

    internal static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    internal static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
