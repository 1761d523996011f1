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

    /// <summary>The date of a day number; the day must lie within NodaTime's ISO range (at most 9999-12-31).</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        ToCivil(dayNumber, out int year, out int month, out int day);
        return new LocalDate(year, month, day);
    }

    /// <summary>The proleptic Gregorian year, month and day of any day number, including those past 9999-12-31.</summary>
    internal static void ToCivil(int dayNumber, out int year, out int month, out int day)
    {
        long z = (long)dayNumber + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        int dayOfEra = (int)(z - (era * 146097));
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        day = dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1;
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
        year = (int)(yearOfEra + (era * 400)) + (month <= 2 ? 1 : 0);
    }

    /// <summary>The year of a day number, for any day number (messages about days past 9999-12-31).</summary>
    internal static int YearOf(int dayNumber)
    {
        ToCivil(dayNumber, out int year, out _, out _);
        return year;
    }

    /// <summary>True when the day number is a date NodaTime's ISO calendar holds (up to 9999-12-31).</summary>
    internal static bool IsRepresentable(int dayNumber) => dayNumber >= MinRepresentable && dayNumber <= MaxRepresentable;

    /// <summary>ISO <c>yyyy-MM-dd</c> of any day number from year 1 on (a year past 9999 takes five digits).</summary>
    internal static string Format(int dayNumber)
    {
        ToCivil(dayNumber, out int year, out int month, out int day);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    private static readonly int MinRepresentable = FromDate(LocalDate.MinIsoValue);
    private static readonly int MaxRepresentable = FromDate(LocalDate.MaxIsoValue);

    internal static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    internal static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
