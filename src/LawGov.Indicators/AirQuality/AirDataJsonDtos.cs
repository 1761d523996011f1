using System.Text.Json;
using System.Text.Json.Serialization;
using LawGov.Indicators.Serialization;

namespace LawGov.Indicators.AirQuality;

/// <summary>The state of an <see cref="AirDataSet"/> (see <see cref="AirDataJson"/>).</summary>
internal sealed class AirDataStateDto
{
    public long? RowCount { get; set; }

    public long? SkippedRowCount { get; set; }

    public long? IssueCount { get; set; }

    public int? MaxIssues { get; set; }

    public int? Parts { get; set; }

    public List<AirDataIssueDto?>? Issues { get; set; }

    public List<CityStateDto?>? Cities { get; set; }
}

/// <summary>One kept issue.</summary>
internal sealed class AirDataIssueDto
{
    public int? Part { get; set; }

    public long? Line { get; set; }

    public int? Column { get; set; }

    public string? Message { get; set; }
}

/// <summary>A city: its name (absent without a city column), its hourly sums by day, its stations.</summary>
internal sealed class CityStateDto
{
    public string? Name { get; set; }

    public List<CityDayDto?>? Hours { get; set; }

    public List<StationStateDto?>? Stations { get; set; }
}

/// <summary>A city's day: per pollutant, 24 sums of the stations' values and 24 station counts.</summary>
internal sealed class CityDayDto
{
    public string? Date { get; set; }

    public Dictionary<string, List<decimal>?>? Sums { get; set; }

    public Dictionary<string, List<int>?>? Counts { get; set; }
}

/// <summary>A station: its summarized days and the days kept as hourly values.</summary>
internal sealed class StationStateDto
{
    public string? Name { get; set; }

    public List<StationDayDto?>? Days { get; set; }

    public List<OpenDayDto?>? OpenDays { get; set; }
}

/// <summary>A station's summarized day: per pollutant the sum of its hourly values and their number, the MDA8, the 1-hour O3 maximum.</summary>
internal sealed class StationDayDto
{
    public string? Date { get; set; }

    public Dictionary<string, decimal>? Sums { get; set; }

    public Dictionary<string, int>? Hours { get; set; }

    public Mda8Dto? Mda8 { get; set; }

    public decimal? O3Max { get; set; }
}

/// <summary>The best 8-hour window: the sum of its values, its hours, and how many windows had at least 6 hours.</summary>
internal sealed class Mda8Dto
{
    public decimal? Sum { get; set; }

    public int? Hours { get; set; }

    public int? Windows { get; set; }
}

/// <summary>A station's day kept as hourly values: the hours that had a row, and per pollutant 24 values (null: none).</summary>
internal sealed class OpenDayDto
{
    public string? Date { get; set; }

    public List<int>? Rows { get; set; }

    public Dictionary<string, List<decimal?>?>? Values { get; set; }
}

/// <summary>Source-generated serialization of the air-data state: strict (unknown or repeated properties, comments and trailing commas are errors).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    Converters = [typeof(ExactDecimalConverter), typeof(ExactInt64Converter), typeof(ExactInt32Converter)])]
[JsonSerializable(typeof(AirDataStateDto))]
internal sealed partial class AirDataJsonContext : JsonSerializerContext
{
}
