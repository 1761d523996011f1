using System.Text.Json;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using NodaTime;

namespace LawGov.Indicators.Tests.Serialization;

public class ConverterTests
{
    private static string Write<T>(System.Text.Json.Serialization.JsonConverter<T> converter, T value)
    {
        var options = new JsonSerializerOptions { Converters = { converter } };
        return JsonSerializer.Serialize(value, options);
    }

    private static T Read<T>(System.Text.Json.Serialization.JsonConverter<T> converter, string json)
    {
        var options = new JsonSerializerOptions { Converters = { converter } };
        return JsonSerializer.Deserialize<T>(json, options)!;
    }

    // ISO 8601 calendar date (README "Catalog format": dates are yyyy-MM-dd); seed 000 is dated 2020-07-17.
    [Fact]
    public void LocalDate_WritesIsoAndRoundTrips()
    {
        var date = new LocalDate(2020, 7, 17);

        Assert.Equal("\"2020-07-17\"", Write(new LocalDateConverter(), date));
        Assert.Equal(date, Read(new LocalDateConverter(), "\"2020-07-17\""));
    }

    // Seed 003's "2020612", a February 30th, a number instead of a string, and nothing.
    [Theory]
    [InlineData("\"2020612\"")]
    [InlineData("\"2020-02-30\"")]
    [InlineData("20200612")]
    [InlineData("\"\"")]
    public void LocalDate_BadInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => Read(new LocalDateConverter(), json));

    // README "Catalog format": a period is a year (2020) or an inclusive interval (seed 001's 1–11月 is 01-01/11-30).
    [Fact]
    public void DateInterval_WholeYearWritesAsYear_OtherwiseAsIsoInterval()
    {
        Assert.Equal("\"2020\"", Write(new DateIntervalConverter(), new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31))));
        Assert.Equal("\"2020-01-01/2020-11-30\"", Write(new DateIntervalConverter(), new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 11, 30))));
        Assert.Equal(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)), Read(new DateIntervalConverter(), "\"2019\""));
    }

    [Theory]
    [InlineData("\"2020-12-31/2020-01-01\"")] // ends before it starts
    [InlineData("\"2020-Q1\"")]
    [InlineData("\"20\"")]
    public void DateInterval_BadInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => Read(new DateIntervalConverter(), json));

    // Seed 002 每年第一季度 is 03-31 each year (time-limits.md §3); 02-29 is a valid annual date, 13-01 is not.
    [Fact]
    public void AnnualDate_WritesMonthDay()
    {
        Assert.Equal("\"03-31\"", Write(new AnnualDateConverter(), new AnnualDate(3, 31)));
        Assert.Equal(new AnnualDate(2, 29), Read(new AnnualDateConverter(), "\"02-29\""));
        Assert.Throws<JsonException>(() => Read(new AnnualDateConverter(), "\"13-01\""));
    }

    // The Units table: µg/m³ is written as its ASCII code ug/m3 and read from its symbol.
    [Fact]
    public void Unit_WritesCode_ReadsAliases()
    {
        Assert.Equal("\"ug/m3\"", Write(new UnitConverter(), Unit.MicrogramsPerCubicMetre));
        Assert.Equal(Unit.MicrogramsPerCubicMetre, Read(new UnitConverter(), "\"µg/m³\""));
        Assert.Throws<JsonException>(() => Read(new UnitConverter(), "\"ounces\""));
    }

    // Decimals keep the written scale and read exponent forms exactly (hand calculation of each value).
    [Theory]
    [InlineData("62.020", "62.020")]
    [InlineData("5.2e1", "52")]
    [InlineData("520e-1", "52.0")]
    [InlineData("0.52E+2", "52")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("-0.0", "0.0")]
    [InlineData("0e-999999999999999", "0.0000000000000000000000000000")] // zero at any exponent is zero
    [InlineData("1e-28", "0.0000000000000000000000000001")] // the finest step of a decimal
    [InlineData("1.000000000000000000000000000000000", "1.0000000000000000000000000000")] // only zeros dropped, to 28 places
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")] // decimal.MaxValue
    [InlineData("7.9228162514264337593543950335e28", "79228162514264337593543950335")]
    [InlineData("123456789012345678901234567890e-2", "1234567890123456789012345678.9")] // a trailing zero dropped to fit 96 bits
    public void ExactDecimal_ReadsTheExactValue_AndWritesItBack(string json, string expected)
    {
        decimal value = Read(new ExactDecimalConverter(), json);

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, Write(new ExactDecimalConverter(), value));
    }

    [Theory]
    [InlineData("1e-400", "out of range (1e-400 is not zero but finer than 1e-28, the smallest step a number here holds)")]
    [InlineData("5e-29", "out of range (5e-29 is not zero but finer than 1e-28, the smallest step a number here holds)")]
    [InlineData("1.00000000000000000000000000001", "1.00000000000000000000000000001 cannot be held exactly: a number here keeps at most 28 decimal places and 28 to 29 significant digits")]
    [InlineData("79228162514264337593543950335.5", "79228162514264337593543950335.5 cannot be held exactly: a number here keeps at most 28 decimal places and 28 to 29 significant digits")]
    [InlineData("79228162514264337593543950336", "out of range (79228162514264337593543950336 is outside ±79228162514264337593543950335)")]
    [InlineData("-1e29", "out of range (-1e29 is outside ±79228162514264337593543950335)")]
    [InlineData("1e999999999999999999", "out of range (1e999999999999999999 is outside ±79228162514264337593543950335)")]
    [InlineData("\"52\"", "expected a number, got String")]
    [InlineData("true", "expected a number, got True")]
    public void ExactDecimal_NumberItCannotHoldExactly_ThrowsJsonException_SayingWhy(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read(new ExactDecimalConverter(), json));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    // Whole numbers in any exact notation; fractions and values beyond 64 bits are errors (2^63 = 9223372036854775808).
    [Theory]
    [InlineData("40", 40L)]
    [InlineData("4.0e1", 40L)]
    [InlineData("-3", -3L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0e999999999999", 0L)]
    public void ExactInt64_ReadsWholeNumbers(string json, long expected)
    {
        Assert.Equal(expected, Read(new ExactInt64Converter(), json));
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), Write(new ExactInt64Converter(), expected));
    }

    [Theory]
    [InlineData("22.5", "expected a whole number, got 22.5")]
    [InlineData("1e-1", "expected a whole number, got 1e-1")]
    [InlineData("9223372036854775808", "out of range (9223372036854775808 is outside -9223372036854775808..9223372036854775807)")]
    [InlineData("-9223372036854775809", "out of range (-9223372036854775809 is outside -9223372036854775808..9223372036854775807)")]
    [InlineData("1e19", "out of range (1e19 is outside -9223372036854775808..9223372036854775807)")]
    [InlineData("\"40\"", "expected a whole number, got String")]
    public void ExactInt64_NotAWholeNumberInRange_ThrowsJsonException(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read(new ExactInt64Converter(), json));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactInt32_RangeIs32Bits()
    {
        Assert.Equal(int.MaxValue, Read(new ExactInt32Converter(), "2147483647"));
        Assert.StartsWith("out of range (2147483648 is outside -2147483648..2147483647)",
            Assert.Throws<JsonException>(() => Read(new ExactInt32Converter(), "2147483648")).Message, StringComparison.Ordinal);
    }
}
