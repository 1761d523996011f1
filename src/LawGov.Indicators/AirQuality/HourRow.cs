using System.Runtime.CompilerServices;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One parsed hourly row: site id, hour number (days since 0000-03-01 × 24 + hour, hour-beginning) and the six values
/// as exact fixed-point integers (µg/m³ × 10⁶, CO mg/m³ × 10⁶).
/// </summary>
internal struct HourRow
{
    public int Site;
    public int Hour;
    public byte Present;
    public SixLongs Values;
}

/// <summary>Six fixed-point values stored inline.</summary>
[InlineArray(6)]
internal struct SixLongs
{
    private long element;
}

/// <summary>Day numbers: days since 0000-03-01 (proleptic Gregorian), so every year from 1 on is positive.</summary>
internal static class DayNumbers
{
    private const int EpochShift = 719_468; // days from 0000-03-01 to 1970-01-01
    private static readonly NodaTime.LocalDate UnixEpoch = new(1970, 1, 1);

    /// <summary>Howard Hinnant's days_from_civil, shifted to be positive.</summary>
    internal static int FromCivil(int year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        int era = year / 400;
        int yearOfEra = year - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra;
    }

    internal static NodaTime.LocalDate ToDate(int dayNumber) => UnixEpoch.PlusDays(dayNumber - EpochShift);

    internal static int FromDate(NodaTime.LocalDate date) => FromCivil(date.Year, date.Month, date.Day);
}
