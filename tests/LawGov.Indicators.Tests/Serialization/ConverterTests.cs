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

    [Fact]
    public void LocalDate_WritesIsoAndRoundTrips()
    {
        var date = new LocalDate(2020, 7, 17);

        Assert.Equal("\"2020-07-17\"", Write(new LocalDateConverter(), date));
        Assert.Equal(date, Read(new LocalDateConverter(), "\"2020-07-17\""));
    }

    [Theory]
    [InlineData("\"2020612\"")]
    [InlineData("\"2020-02-30\"")]
    [InlineData("20200612")]
    [InlineData("\"\"")]
    public void LocalDate_BadInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => Read(new LocalDateConverter(), json));

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

    [Fact]
    public void AnnualDate_WritesMonthDay()
    {
        Assert.Equal("\"03-31\"", Write(new AnnualDateConverter(), new AnnualDate(3, 31)));
        Assert.Equal(new AnnualDate(2, 29), Read(new AnnualDateConverter(), "\"02-29\""));
        Assert.Throws<JsonException>(() => Read(new AnnualDateConverter(), "\"13-01\""));
    }

    [Fact]
    public void Unit_WritesCode_ReadsAliases()
    {
        Assert.Equal("\"ug/m3\"", Write(new UnitConverter(), Unit.MicrogramsPerCubicMetre));
        Assert.Equal(Unit.MicrogramsPerCubicMetre, Read(new UnitConverter(), "\"µg/m³\""));
        Assert.Throws<JsonException>(() => Read(new UnitConverter(), "\"ounces\""));
    }
}
