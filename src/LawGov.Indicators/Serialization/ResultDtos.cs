using System.Text.Json.Serialization;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Serialization;

// The JSON shape of evaluation results and data-quality findings (output only).

internal sealed class EvaluationDto
{
    public string? Catalog { get; set; }

    public string? Title { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? AsOf { get; set; }

    public SummaryDto? Summary { get; set; }

    public List<ResultDto>? Results { get; set; }
}

internal sealed class SummaryDto
{
    public int Targets { get; set; }

    public int Met { get; set; }

    public int NotMet { get; set; }

    public int NotApplicable { get; set; }

    public int NoData { get; set; }

    public int Indeterminate { get; set; }

    public int Invalid { get; set; }
}

internal sealed class ResultDto
{
    public string? Target { get; set; }

    public TargetKindDto Kind { get; set; }

    public string? Name { get; set; }

    public string? NameZh { get; set; }

    public string? Indicator { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<TargetStatus>))]
    public TargetStatus Status { get; set; }

    public ActualDto? Actual { get; set; }

    public ConditionDto? Condition { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? Due { get; set; }

    public decimal? Margin { get; set; }

    [JsonConverter(typeof(UnitConverter))]
    public Unit? MarginUnit { get; set; }

    public long? CountMargin { get; set; }

    public decimal? RoundedActual { get; set; }

    public RoundingDto? Rounding { get; set; }

    public ScopeDto? Scope { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Period { get; set; }

    public ResultSourceDto? Source { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
    public Severity Severity { get; set; }

    public List<QualifierDto>? Qualifiers { get; set; }

    public List<FindingDto>? Findings { get; set; }

    public List<EvidenceDto>? Evidence { get; set; }

    public List<TierResultDto>? Tiers { get; set; }

    public List<ResultDto>? Components { get; set; }

    public string? Explanation { get; set; }

    public string? ExplanationZh { get; set; }
}

internal sealed class ActualDto
{
    public decimal? Value { get; set; }

    [JsonConverter(typeof(UnitConverter))]
    public Unit? Unit { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    public decimal? Lower { get; set; }

    public bool? LowerInclusive { get; set; }

    public decimal? Upper { get; set; }

    public bool? UpperInclusive { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? Date { get; set; }

    public string? Text { get; set; }
}

internal sealed class ResultSourceDto
{
    public string? Document { get; set; }

    public string? Title { get; set; }

    public string? Number { get; set; }

    public string? Clause { get; set; }

    public List<string>? LeadUnits { get; set; }

    public List<string>? CooperatingUnits { get; set; }
}

internal sealed class EvidenceDto
{
    public string? Figure { get; set; }

    public List<QualifierDto>? Qualifiers { get; set; }
}

internal sealed class TierResultDto
{
    [JsonConverter(typeof(CamelCaseEnumConverter<TierLevel>))]
    public TierLevel Level { get; set; }

    public ConditionDto? Condition { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<TargetStatus>))]
    public TargetStatus Status { get; set; }

    public decimal? Margin { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
    public Severity Severity { get; set; }

    public string? Note { get; set; }
}

internal sealed class FindingDto
{
    [JsonConverter(typeof(CamelCaseEnumConverter<FindingCode>))]
    public FindingCode Code { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
    public Severity Severity { get; set; }

    public string? Message { get; set; }

    public string? MessageZh { get; set; }

    public string? Figure { get; set; }

    public string? Target { get; set; }
}

internal sealed class CheckDto
{
    public string? Catalog { get; set; }

    public CheckSummaryDto? Summary { get; set; }

    public List<FindingDto>? Findings { get; set; }
}

internal sealed class CheckSummaryDto
{
    public int Errors { get; set; }

    public int Warnings { get; set; }

    public int Info { get; set; }
}

/// <summary>Source-generated serialization of evaluation results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(EvaluationDto))]
[JsonSerializable(typeof(ResultDto))]
[JsonSerializable(typeof(CheckDto))]
internal sealed partial class ResultJsonContext : JsonSerializerContext
{
}
