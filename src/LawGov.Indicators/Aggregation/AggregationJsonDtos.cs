using System.Text.Json;
using System.Text.Json.Serialization;
using LawGov.Indicators.Serialization;

namespace LawGov.Indicators.Aggregation;

/// <summary>A rate or hit count: <c>{"numerator":45,"denominator":47}</c>.</summary>
internal sealed class RateStateDto
{
    public long? Numerator { get; set; }

    public long? Denominator { get; set; }
}

/// <summary>A value summary: <c>{"count":3,"sum":10.5,"min":2.5,"max":4.0}</c>; min and max absent when empty.</summary>
internal sealed class ValueSummaryStateDto
{
    public long? Count { get; set; }

    public decimal? Sum { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}

/// <summary>A value distribution: <c>{"values":[2,3,4,4,5,8]}</c>, ascending when written, any order when read.</summary>
internal sealed class ValueDistributionStateDto
{
    public List<decimal>? Values { get; set; }
}

/// <summary>Timeliness counts: <c>{"timely":197,"overdue":3,"pending":5}</c>.</summary>
internal sealed class TimelinessStateDto
{
    public long? Timely { get; set; }

    public long? Overdue { get; set; }

    public long? Pending { get; set; }
}

/// <summary>Grouped rates: <c>{"groups":[{"unit":"兰山区","period":"2020-01-01/2020-01-31","numerator":1,"denominator":2}]}</c>.</summary>
internal sealed class GroupedRatesStateDto
{
    public List<RateGroupStateDto?>? Groups { get; set; }
}

/// <summary>One group; <c>period</c> absent when records were not split by period.</summary>
internal sealed class RateGroupStateDto
{
    public string? Unit { get; set; }

    public string? Period { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }
}

/// <summary>An organisation tree: <c>{"units":[{"id":"linyi","name":"临沂市"},{"id":"lanshan","name":"兰山区","parent":"linyi"}]}</c>.</summary>
internal sealed class OrganisationTreeDto
{
    public List<OrganisationUnitDto?>? Units { get; set; }
}

/// <summary>One unit; <c>parent</c> absent for a root.</summary>
internal sealed class OrganisationUnitDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Parent { get; set; }
}

/// <summary>
/// Source-generated serialization of the aggregation states: strict (unknown and repeated properties, comments and
/// trailing commas are errors), every number read exactly through the catalog format's
/// <see cref="NumberConverter{T}"/> converters.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    Converters = [typeof(ExactDecimalConverter), typeof(ExactInt64Converter)])]
[JsonSerializable(typeof(RateStateDto))]
[JsonSerializable(typeof(ValueSummaryStateDto))]
[JsonSerializable(typeof(ValueDistributionStateDto))]
[JsonSerializable(typeof(TimelinessStateDto))]
[JsonSerializable(typeof(GroupedRatesStateDto))]
[JsonSerializable(typeof(OrganisationTreeDto))]
internal sealed partial class AggregationJsonContext : JsonSerializerContext
{
}
