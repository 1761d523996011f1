using System.Buffers.Binary;
using System.Runtime.CompilerServices;
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryParseDayNumber(ReadOnlySpan<byte> text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10)
        {
            return false;
        }
        // SWAR: "yyyy-MM-" as one little-endian word and "dd" as a half word. Both dashes are checked, then replaced by
        // '0' so every byte must be an ASCII digit: high nibble 3, and adding 6 must not leave it.
        ulong word = BinaryPrimitives.ReadUInt64LittleEndian(text);
        uint dayWord = BinaryPrimitives.ReadUInt16LittleEndian(text[8..]) | 0x3030_0000u;
        const ulong DashMask = 0xFF00_00FF_0000_0000UL;
        if ((word & DashMask) != 0x2D00_002D_0000_0000UL)
        {
            return false;
        }
        word = (word & ~DashMask) | 0x3000_0030_0000_0000UL;
        if ((word & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL
            || ((word + 0x0606_0606_0606_0606UL) & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL
            || (dayWord & 0xF0F0_F0F0u) != 0x3030_3030u
            || ((dayWord + 0x0606_0606u) & 0xF0F0_F0F0u) != 0x3030_3030u)
        {
            return false;
        }
        ulong digits = word - 0x3030_3030_3030_3030UL;
        uint dayDigits = dayWord - 0x3030_3030u;
        int year = (int)(((digits & 0xFF) * 1000) + (((digits >> 8) & 0xFF) * 100) + (((digits >> 16) & 0xFF) * 10) + ((digits >> 24) & 0xFF));
        int month = (int)((((digits >> 40) & 0xFF) * 10) + ((digits >> 48) & 0xFF));
        int day = (int)(((dayDigits & 0xFF) * 10) + ((dayDigits >> 8) & 0xFF));
        if (month < 1 || month > 12 || day == 0)
        {
            return false;
        }
        int index = ((year - TableFirstYear) * 12) + month - 1;
        if ((uint)index < (uint)MonthStarts.Length)
        {
            if (day > MonthLengths[index])
            {
                return false;
            }
            dayNumber = MonthStarts[index] + day - 1;
            return true;
        }
        if (year == 0 || day > DayNumbers.DaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = DayNumbers.FromDate(year, month, day);
        return true;
    }

    // Day number of the first of each month and the month's length, 1900-01 to 2299-12: the hot path's lookup.
    private const int TableFirstYear = 1900;
    private const int TableYears = 400;
    private static readonly int[] MonthStarts = BuildMonthTable(starts: true);
    private static readonly byte[] MonthLengths = Array.ConvertAll(BuildMonthTable(starts: false), l => (byte)l);

    private static int[] BuildMonthTable(bool starts)
    {
        int[] table = new int[TableYears * 12];
        for (int i = 0; i < table.Length; i++)
        {
            int year = TableFirstYear + (i / 12), month = (i % 12) + 1;
            table[i] = starts ? DayNumbers.FromDate(year, month, 1) : DayNumbers.DaysInMonth(year, month);
        }
        return table;
    }
}
