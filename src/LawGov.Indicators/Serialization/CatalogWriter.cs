using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Maps a catalog to the JSON format in normalised form: every scope, period and source written out, defaults
/// written explicitly, so that reading it back gives the same catalog.
/// </summary>
internal static class CatalogWriter
{
    internal static CatalogDto ToDto(Catalog catalog)
    {
        var documents = catalog.Documents
            .Concat(catalog.AllTargets.Select(t => t.Provenance.Document))
            .Concat(catalog.Figures.Select(f => f.Provenance.Document))
            .DistinctBy(d => d.Id)
            .ToList();
        return new CatalogDto
        {
            FormatVersion = 1,
            Id = catalog.Id,
            Title = catalog.Title,
            Documents = documents.Select(ToDto).ToList(),
            Indicators = catalog.Indicators.Select(ToDto).ToList(),
            Targets = catalog.Targets.Select(ToDto).ToList(),
            Figures = catalog.Figures.Select(ToDto).ToList(),
        };
    }


    private static DocumentDto ToDto(SourceDocument document) => new()
    {
        Id = document.Id,
        Title = document.Title,
        Kind = document.Kind,
        Number = document.Number,
        IssuingBody = document.IssuingBody,
        Issued = document.Issued,
        Effective = document.Effective,
        PublicationDeadline = document.PublicationDeadline,
        Url = document.Url,
    };

    private static IndicatorDto ToDto(Indicator indicator) => new()
    {
        Id = indicator.Id,
        NameZh = indicator.NameZh,
        NameEn = indicator.NameEn,
        Unit = indicator.Unit,
        Polarity = indicator.Polarity,
        Numerator = indicator.NumeratorId,
        Denominator = indicator.DenominatorId,
        AllowsAbove100 = indicator.Unit == Unit.Percent ? indicator.AllowsAbove100 : null,
        Rollup = indicator.Rollup,
        Code = indicator.Code,
        Description = indicator.Description,
        Standard = indicator.Standard,
    };

    internal static ConditionDto ToDto(Condition condition) => condition.Kind switch
    {
        ConditionKind.AtLeast => new() { AtLeast = condition.Lower!.Value.Value },
        ConditionKind.AtMost => new() { AtMost = condition.Upper!.Value.Value },
        ConditionKind.Exactly => new() { Exactly = condition.Lower!.Value.Value },
        ConditionKind.MoreThan => new() { MoreThan = condition.Lower!.Value.Value },
        ConditionKind.LessThan => new() { LessThan = condition.Upper!.Value.Value },
        _ => new()
        {
            Between = [condition.Lower!.Value.Value, condition.Upper!.Value.Value],
            LowerInclusive = condition.Lower.Value.Inclusive,
            UpperInclusive = condition.Upper.Value.Inclusive,
        },
    };

    internal static RoundingDto ToDto(RoundingRule rounding) => new()
    {
        Decimals = rounding.Decimals,
        Mode = rounding.Mode,
        Comparison = rounding.Comparison,
    };

    internal static ScopeDto ToDto(Scope scope) => new() { Jurisdiction = scope.Jurisdiction, Unit = scope.Unit };

    private static SourceDto ToDto(Provenance provenance) => new()
    {
        Document = provenance.Document.Id,
        Clause = provenance.Clause,
        LeadUnits = provenance.LeadUnits.Count == 0 ? null : provenance.LeadUnits.ToList(),
        CooperatingUnits = provenance.CooperatingUnits.Count == 0 ? null : provenance.CooperatingUnits.ToList(),
        Note = provenance.Note,
    };

    private static TargetDto ToDto(Target target)
    {
        var dto = new TargetDto
        {
            Id = target.Id,
            Period = target.Period,
            Scope = ToDto(target.Scope),
            Source = ToDto(target.Provenance),
            Severity = target.Severity,
            Qualifiers = Qualifiers(target.Qualifiers),
            Note = target.Note,
        };
        switch (target)
        {
            case ValueTarget value:
                dto.Kind = TargetKindDto.Value;
                dto.Indicator = value.Indicator.Id;
                dto.Condition = ToDto(value.Condition);
                dto.Rounding = ToDto(value.Rounding);
                dto.Tiers = value.Tiers.Count == 0 ? null : value.Tiers.Select(t => new TierDto
                {
                    Level = t.Level,
                    Condition = ToDto(t.Condition),
                    Severity = t.Severity,
                    Note = t.Note,
                }).ToList();
                dto.ConfidenceLevel = value.ConfidenceLevel == ValueTarget.DefaultConfidenceLevel ? null : value.ConfidenceLevel;
                dto.EachYear = value.EachYear ? true : null;
                break;
            case DeadlineTarget deadline:
                dto.Kind = TargetKindDto.Deadline;
                dto.Indicator = deadline.Indicator.Id;
                switch (deadline.Deadline.Kind)
                {
                    case DeadlineKind.Fixed:
                        dto.Due = deadline.Deadline.Due;
                        break;
                    case DeadlineKind.Annual:
                        dto.DueEachYear = deadline.Deadline.AnnualDue;
                        break;
                    default:
                        dto.Window = deadline.Deadline.Window;
                        break;
                }
                break;
            case CompoundTarget compound:
                dto.Kind = TargetKindDto.AllOf;
                dto.Components = compound.Components.Select(ToDto).ToList();
                break;
        }
        return dto;
    }

    /// <summary>The qualifiers as their JSON codes (<see cref="QualifierCodes"/>), or null for none.</summary>
    internal static List<QualifierDto>? Qualifiers(Qualifiers qualifiers)
    {
        IReadOnlyList<string> codes = QualifierCodes.Of(qualifiers);
        return codes.Count == 0 ? null : codes.Select(code => Enum.Parse<QualifierDto>(code, ignoreCase: true)).ToList();
    }

    private static FigureDto ToDto(ReportedFigure figure) => new()
    {
        Id = figure.Id,
        Indicator = figure.Indicator.Id,
        Scope = ToDto(figure.Scope),
        Period = figure.Period,
        Numerator = figure.Numerator,
        Denominator = figure.Denominator,
        Value = figure.Value,
        Unit = figure.Value.HasValue && figure.ValueUnit != figure.Indicator.Unit ? figure.ValueUnit : null,
        StatedAs = figure.StatedAs == StatedAs.Exact ? null : figure.StatedAs,
        Date = figure.Date,
        Completed = figure.Date.HasValue ? null : figure.Completed,
        AsOf = figure.AsOf,
        Span = figure.Span,
        NumeratorPeriod = figure.NumeratorPeriod,
        DenominatorPeriod = figure.DenominatorPeriod,
        Sample = figure.IsSample ? true : null,
        Qualifiers = Qualifiers(figure.Qualifiers),
        Source = ToDto(figure.Provenance),
        Note = figure.Note,
    };
}
