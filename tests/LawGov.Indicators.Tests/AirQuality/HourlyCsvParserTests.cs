using System.Text;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class HourlyCsvParserTests
{
    private static HourlyCsvParser.ValueStatus Value(string text, out long value, out string? error) =>
        HourlyCsvParser.TryParseValue(Encoding.UTF8.GetBytes(text), out value, out error);

    [Theory]
    [InlineData("35", 35_000_000)]
    [InlineData("2.2", 2_200_000)]
    [InlineData("0.000001", 1)]
    [InlineData("12.3400000", 12_340_000)] // trailing zeros beyond 6 decimals are fine
    [InlineData(" 7 ", 7_000_000)]
    [InlineData(".5", 500_000)]
    [InlineData("5.", 5_000_000)]
    [InlineData("+3", 3_000_000)]
    [InlineData("-0", 0)] // negative zero is zero, not missing
    [InlineData("9999999.999999", 9_999_999_999_999)]
    [InlineData("\"42\"", 42_000_000)]
    public void TryParseValue_Number_IsExactFixedPoint(string text, long expected)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Value, Value(text, out long value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("-")]
    [InlineData("-3.5")]
    public void TryParseValue_MissingMarker_IsMissing(string text)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Missing, Value(text, out _, out _));
    }

    [Theory]
    [InlineData("abc", "expected a number")]
    [InlineData("1e3", "expected a number")]
    [InlineData("1,5", "expected a number")]
    [InlineData("NaN", "expected a number")]
    [InlineData(".", "expected a number")]
    [InlineData("1.2.3", "expected a number")]
    [InlineData("-abc", "expected a number")]
    [InlineData("1.0000001", "more than 6 decimal places")]
    [InlineData("12345678", "more than 7 digits")]
    public void TryParseValue_Malformed_IsAnErrorSayingWhy(string text, string expected)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Error, Value(text, out _, out string? error));
        Assert.Contains(expected, error);
    }

    private static int DayNumber(int y, int m, int d) => DayNumbers.FromCivil(y, m, d);

    [Theory]
    [InlineData("2024-01-01 00:00", 2024, 1, 1, 0)]
    [InlineData("2024-01-01T13:00", 2024, 1, 1, 13)]
    [InlineData("2024-02-29 23:00", 2024, 2, 29, 23)] // leap day
    public void TryParseHour_HourBeginning_IsThatHour(string text, int y, int m, int d, int h)
    {
        Assert.True(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourBeginning, out int hour, out _));
        Assert.Equal(DayNumber(y, m, d) * 24 + h, hour);
    }

    [Theory]
    [InlineData("2024-01-01 01:00", 2024, 1, 1, 0)] // "1时" is 00:00-01:00
    [InlineData("2024-01-02 00:00", 2024, 1, 1, 23)] // midnight ends the previous day's last hour
    [InlineData("2024-01-01 24:00", 2024, 1, 1, 23)]
    [InlineData("2025-01-01 00:00", 2024, 12, 31, 23)] // belongs to the previous year
    public void TryParseHour_HourEnding_IsTheHourBefore(string text, int y, int m, int d, int h)
    {
        Assert.True(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourEnding, out int hour, out _));
        Assert.Equal(DayNumber(y, m, d) * 24 + h, hour);
    }

    [Theory]
    [InlineData("2024-01-01 24:00", "24:00 is only valid with hour-ending labels")]
    [InlineData("2024-01-01 12:30", "not a whole hour")]
    [InlineData("2023-02-29 00:00", "not a calendar date")]
    [InlineData("2024-13-01 00:00", "not a calendar date")]
    [InlineData("2024/01/01 00:00", "expected a local time")]
    [InlineData("2024-01-01", "expected a local time")]
    [InlineData("2024-01-01 00:00:00", "expected a local time")]
    public void TryParseHour_Malformed_SaysWhy(string text, string expected)
    {
        Assert.False(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourBeginning, out _, out string? error));
        Assert.Contains(expected, error);
    }
}
