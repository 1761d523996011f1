using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Writes evaluation results and data-quality findings as JSON: status, actual value (with counts), condition or
/// due date, signed margin, rounding, findings, evidence (each figure's id and, when the document softens it or gives no
/// number, its qualifiers), tiers, components and the two explanations.
/// </summary>
public static class ResultJson
{
    // Data for files and pipes, not for embedding in HTML: Chinese text and ' " < > & are written as they are, like the
    // catalog writer (control characters and lone surrogates are still escaped).
    private static readonly JsonSerializerOptions Options = new(ResultJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a catalog evaluation: catalog id, as-of date, summary by status, and every result.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="utf8Json">Where to write indented UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void Write(CatalogEvaluation evaluation, Stream utf8Json)
    {
        Preconditions.CheckNotNull(evaluation, nameof(evaluation));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var dto = new EvaluationDto
        {
            Catalog = evaluation.Catalog.Id,
            Title = evaluation.Catalog.Title,
            AsOf = evaluation.Options.AsOf,
            Summary = new SummaryDto
            {
                Targets = evaluation.Results.Count,
                Met = evaluation.Count(TargetStatus.Met),
                NotMet = evaluation.Count(TargetStatus.NotMet),
                NotApplicable = evaluation.Count(TargetStatus.NotApplicable),
                NoData = evaluation.Count(TargetStatus.NoData),
                Indeterminate = evaluation.Count(TargetStatus.Indeterminate),
                Invalid = evaluation.Count(TargetStatus.Invalid),
            },
            Results = evaluation.Results.Select(ToDto).ToList(),
        };
        JsonSerializer.Serialize(utf8Json, dto, Info<EvaluationDto>());
    }

    /// <summary>Writes one result as JSON text.</summary>
    /// <param name="result">The result.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(TargetResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        return JsonSerializer.Serialize(ToDto(result), Info<ResultDto>());
    }

    /// <summary>Writes data-quality findings with a summary by severity.</summary>
    /// <param name="catalog">The catalog checked.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="utf8Json">Where to write indented UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void WriteFindings(Catalog catalog, IReadOnlyList<Finding> findings, Stream utf8Json)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        Preconditions.CheckNotNull(findings, nameof(findings));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var dto = new CheckDto
        {
            Catalog = catalog.Id,
            Summary = new CheckSummaryDto
            {
                Errors = findings.Count(f => f.Severity == Severity.Error),
                Warnings = findings.Count(f => f.Severity == Severity.Warning),
                Info = findings.Count(f => f.Severity == Severity.Info),
            },
            Findings = findings.Select(ToDto).ToList(),
        };
        JsonSerializer.Serialize(utf8Json, dto, Info<CheckDto>());
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static ResultDto ToDto(TargetResult result)
    {
        Target target = result.Target;
        Provenance source = target.Provenance;
        return new ResultDto
        {
            Target = target.Id,
            Kind = target switch { ValueTarget => TargetKindDto.Value, DeadlineTarget => TargetKindDto.Deadline, _ => TargetKindDto.AllOf },
            Name = target.NameEn,
            NameZh = target.NameZh,
            Indicator = target switch { ValueTarget v => v.Indicator.Id, DeadlineTarget d => d.Indicator.Id, _ => null },
            Status = result.Status,
            Actual = result.Actual is { } actual ? new ActualDto
            {
                Value = actual.Value,
                Unit = actual.Unit,
                Numerator = actual.Rate?.Numerator,
                Denominator = actual.Rate?.Denominator,
                Lower = actual.Lower?.Value,
                LowerInclusive = actual.Lower?.Inclusive,
                Upper = actual.Upper?.Value,
                UpperInclusive = actual.Upper?.Inclusive,
                Date = actual.Date,
                Text = actual.ToString(),
            } : null,
            Condition = result.Condition is { } condition ? CatalogWriter.ToDto(condition) : null,
            Due = result.Due ?? (target as DeadlineTarget)?.Deadline.Due,
            Margin = result.Margin,
            MarginUnit = result.MarginUnit,
            CountMargin = result.CountMargin,
            RoundedActual = result.RoundedActual,
            Rounding = result.Rounding is { } rounding ? CatalogWriter.ToDto(rounding) : null,
            Scope = CatalogWriter.ToDto(target.Scope),
            Period = result.Period,
            Source = new ResultSourceDto
            {
                Document = source.Document.Id,
                Title = source.Document.Title,
                Number = source.Document.Number,
                Clause = source.Clause,
                LeadUnits = source.LeadUnits.Count == 0 ? null : source.LeadUnits.ToList(),
                CooperatingUnits = source.CooperatingUnits.Count == 0 ? null : source.CooperatingUnits.ToList(),
            },
            Severity = target.Severity,
            Qualifiers = CatalogWriter.Qualifiers(target.Qualifiers),
            Findings = result.Findings.Count == 0 ? null : result.Findings.Select(ToDto).ToList(),
            Evidence = result.Evidence.Count == 0 ? null : result.Evidence.Select(f => new EvidenceDto { Figure = f.Id, Qualifiers = CatalogWriter.Qualifiers(f.Qualifiers) }).ToList(),
            Tiers = result.Tiers.Count == 0 ? null : result.Tiers.Select(t => new TierResultDto
            {
                Level = t.Tier.Level,
                Condition = CatalogWriter.ToDto(t.Tier.Condition),
                Status = t.Status,
                Margin = t.Margin,
                Severity = t.Tier.Severity,
                Note = t.Tier.Note,
            }).ToList(),
            Components = result.Components.Count == 0 ? null : result.Components.Select(ToDto).ToList(),
            Explanation = result.ExplanationEn,
            ExplanationZh = result.ExplanationZh,
        };
    }

    private static FindingDto ToDto(Finding finding) => new()
    {
        Code = finding.Code,
        Severity = finding.Severity,
        Message = finding.MessageEn,
        MessageZh = finding.MessageZh,
        Figure = finding.FigureId,
        Target = finding.TargetId,
    };
}
