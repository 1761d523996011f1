using System.ComponentModel;
using System.Text.Json.Serialization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Serialization;

// The JSON catalog format, one class per JSON object. Every property is optional here so that the mapper can
// report each missing or inconsistent value with its JSON path instead of failing on the first one.

/// <summary>The kinds of target in JSON.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TargetKindDto>))]
internal enum TargetKindDto
{
    Value,
    Deadline,
    AllOf,
}

/// <summary>Target and figure qualifiers in JSON.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<QualifierDto>))]
internal enum QualifierDto
{
    Soft,
    Implied,
}

/// <summary>Marks a string property whose schema is the enum of <see cref="Indicator.StandardCodes"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class StandardCodesAttribute : Attribute
{
}

[Description("A LawGov.Indicators catalog: source documents, indicators, targets and reported figures.")]
internal sealed class CatalogDto
{
    [JsonPropertyName("$schema")]
    [Description("Optional pointer to the JSON Schema of this format.")]
    public string? Schema { get; set; }

    [Description("Format version; 1.")]
    public int? FormatVersion { get; set; }

    [Description("Catalog identifier.")]
    public string? Id { get; set; }

    [Description("Human-readable title.")]
    public string? Title { get; set; }

    [Description("Default jurisdiction for targets and figures that give no scope.")]
    public string? Jurisdiction { get; set; }

    public List<DocumentDto>? Documents { get; set; }

    public List<IndicatorDto>? Indicators { get; set; }

    public List<TargetDto>? Targets { get; set; }

    public List<FigureDto>? Figures { get; set; }
}

[Description("A source document: plan, report, regulation or standard.")]
internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<DocumentKind>))]
    public DocumentKind? Kind { get; set; }

    [Description("Document number (文号), e.g. 临政办字〔2020〕86号.")]
    public string? Number { get; set; }

    public string? IssuingBody { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? Issued { get; set; }

    [Description("Period the document governs or covers: a year (2020) or yyyy-MM-dd/yyyy-MM-dd.")]
    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Effective { get; set; }

    [Description("For reports: the date by which publication was required.")]
    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? PublicationDeadline { get; set; }

    public string? Url { get; set; }
}

[Description("An indicator: what is measured, in which unit, and which direction is better.")]
internal sealed class IndicatorDto
{
    public string? Id { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    [JsonConverter(typeof(UnitConverter))]
    public Unit? Unit { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Polarity>))]
    public Polarity? Polarity { get; set; }

    [Description("For a rate derived from counts: the numerator's count indicator id.")]
    public string? Numerator { get; set; }

    [Description("For a rate derived from counts: the denominator's count indicator id.")]
    public string? Denominator { get; set; }

    [Description("For percent indicators: true when values above 100 % are plausible (not a share).")]
    public bool? AllowsAbove100 { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<RollupMethod>))]
    public RollupMethod? Rollup { get; set; }

    [Description("Optional key binding the indicator to a computed statistic, e.g. air:PM2.5/annual-mean.")]
    public string? Code { get; set; }

    public string? Description { get; set; }

    [StandardCodes]
    [Description("For an air: code: the AQI standard its figures are computed by, hj633-2012 or hj633-2026 (a reader forgives letter case and writes this form). Without it, whoever computes the figures chooses the standard (by default the one in force at the end of the year assessed).")]
    public string? Standard { get; set; }
}

[Description("A condition: exactly one of atLeast, atMost, exactly, moreThan, lessThan, between.")]
internal sealed class ConditionDto
{
    public decimal? AtLeast { get; set; }

    public decimal? AtMost { get; set; }

    public decimal? Exactly { get; set; }

    public decimal? MoreThan { get; set; }

    public decimal? LessThan { get; set; }

    [Description("[lower, upper]; ends inclusive unless lowerInclusive/upperInclusive say otherwise.")]
    public List<decimal>? Between { get; set; }

    public bool? LowerInclusive { get; set; }

    public bool? UpperInclusive { get; set; }
}

[Description("Declared rounding: reported decimals, rounding mode and comparison method.")]
internal sealed class RoundingDto
{
    public int? Decimals { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<RoundingMode>))]
    public RoundingMode? Mode { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<ComparisonMethod>))]
    public ComparisonMethod? Comparison { get; set; }
}

[Description("A further threshold on the same indicator.")]
internal sealed class TierDto
{
    [JsonConverter(typeof(CamelCaseEnumConverter<TierLevel>))]
    public TierLevel? Level { get; set; }

    public ConditionDto? Condition { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
    public Severity? Severity { get; set; }

    public string? Note { get; set; }
}

[Description("Where a target applies or a figure was measured.")]
internal sealed class ScopeDto
{
    public string? Jurisdiction { get; set; }

    public string? Unit { get; set; }
}

[Description("Provenance: the source document's id, the clause, and the responsible units.")]
internal sealed class SourceDto
{
    public string? Document { get; set; }

    public string? Clause { get; set; }

    public List<string>? LeadUnits { get; set; }

    public List<string>? CooperatingUnits { get; set; }

    public string? Note { get; set; }
}

[Description("A target: kind value (indicator + condition), deadline (indicator + due/dueEachYear/window) or allOf (components).")]
internal sealed class TargetDto
{
    public string? Id { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<TargetKindDto>))]
    public TargetKindDto? Kind { get; set; }

    public string? Indicator { get; set; }

    public ConditionDto? Condition { get; set; }

    public RoundingDto? Rounding { get; set; }

    public List<TierDto>? Tiers { get; set; }

    [Description("For sampled figures: confidence level of the interval, 0.5 to 0.9999 (default 0.95).")]
    public decimal? ConfidenceLevel { get; set; }

    [Description("For a value target whose period is whole calendar years: true when the condition holds for each year (每年至少两期), judged year by year like dueEachYear; a figure for one year is judged against that year, one for several years against none.")]
    public bool? EachYear { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? Due { get; set; }

    [Description("Annual deadline as MM-dd, e.g. 03-31 for 每年第一季度.")]
    [JsonConverter(typeof(AnnualDateConverter))]
    public AnnualDate? DueEachYear { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Window { get; set; }

    public List<TargetDto>? Components { get; set; }

    [Description("Period the target applies to; defaults to the source document's effective period.")]
    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Period { get; set; }

    public ScopeDto? Scope { get; set; }

    public SourceDto? Source { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<Severity>))]
    public Severity? Severity { get; set; }

    public List<QualifierDto>? Qualifiers { get; set; }

    public string? Note { get; set; }
}

[Description("A reported figure, as the document states it.")]
internal sealed class FigureDto
{
    public string? Id { get; set; }

    [Description("The indicator measured; or give 'target' to take indicator, scope and period from a target.")]
    public string? Indicator { get; set; }

    public string? Target { get; set; }

    public ScopeDto? Scope { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Period { get; set; }

    public long? Numerator { get; set; }

    public long? Denominator { get; set; }

    [Description("Stated value with the decimals stated (for a rate: the stated percentage).")]
    public decimal? Value { get; set; }

    [JsonConverter(typeof(UnitConverter))]
    public Unit? Unit { get; set; }

    [JsonConverter(typeof(CamelCaseEnumConverter<StatedAs>))]
    public StatedAs? StatedAs { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? Date { get; set; }

    public bool? Completed { get; set; }

    [JsonConverter(typeof(LocalDateConverter))]
    public LocalDate? AsOf { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? Span { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? NumeratorPeriod { get; set; }

    [JsonConverter(typeof(DateIntervalConverter))]
    public DateInterval? DenominatorPeriod { get; set; }

    public bool? Sample { get; set; }

    [Description("soft (基本, 一般) and/or implied (the document gives no number but clearly means one: 全覆盖 = 100).")]
    public List<QualifierDto>? Qualifiers { get; set; }

    public SourceDto? Source { get; set; }

    public string? Note { get; set; }
}
