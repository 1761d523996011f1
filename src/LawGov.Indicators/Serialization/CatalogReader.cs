using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Builds domain objects from the JSON catalog format, collecting every problem with its JSON path. An entry with
/// a problem is left out; the entries around it are kept.
/// </summary>
internal sealed class CatalogReader
{
    private readonly List<CatalogError> errors = [];
    private readonly Dictionary<string, SourceDocument> documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Target> targets = new(StringComparer.Ordinal);

    // Every target id seen so far, taken when it is read (before a compound's components), so that a component that
    // repeats its compound's id, or any other, is reported at its own path.
    private readonly HashSet<string> targetIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> figureIds = new(StringComparer.Ordinal);
    private string? jurisdiction;
    private SourceDocument? defaultDocument;

    internal IReadOnlyList<CatalogError> Errors => errors;

    internal Catalog? ReadCatalog(CatalogDto dto)
    {
        CheckFormatVersion(dto);
        jurisdiction = dto.Jurisdiction;
        ReadDocuments(dto.Documents);
        ReadIndicators(dto.Indicators);
        var topLevel = new List<Target>();
        foreach (var (targetDto, path) in Elements(dto.Targets, "$.targets"))
        {
            if (ReadTarget(targetDto, path, parent: null) is { } target)
            {
                topLevel.Add(target);
            }
        }
        List<ReportedFigure> figures = ReadFigureList(dto.Figures);
        string id = Required(dto.Id, "$.id", "the catalog id") ?? "catalog";
        string title = Required(dto.Title, "$.title", "the catalog title") ?? id;
        return Guard("$", () => new Catalog(id, title, documents.Values, indicators.Values, topLevel, figures));
    }

    internal List<ReportedFigure> ReadFigures(CatalogDto dto, Catalog catalog, SourceDocument fileDocument)
    {
        CheckFormatVersion(dto);
        if (dto.Indicators is { Count: > 0 } || dto.Targets is { Count: > 0 })
        {
            Error("$", "a figures file holds only 'figures' (and optionally 'documents' and 'jurisdiction'); indicators and targets belong in the catalog");
        }
        // Without a jurisdiction of its own, a figures file takes the catalog's when all its targets share one.
        var jurisdictions = catalog.Targets.Select(t => t.Scope.Jurisdiction).Distinct(StringComparer.Ordinal).ToList();
        jurisdiction = dto.Jurisdiction ?? (jurisdictions.Count == 1 ? jurisdictions[0] : null);
        defaultDocument = fileDocument;
        foreach (SourceDocument document in catalog.Documents)
        {
            documents[document.Id] = document;
        }
        ReadDocuments(dto.Documents);
        foreach (Indicator indicator in catalog.Indicators)
        {
            indicators[indicator.Id] = indicator;
        }
        foreach (Target target in catalog.AllTargets)
        {
            targets[target.Id] = target;
            targetIds.Add(target.Id);
        }
        foreach (ReportedFigure figure in catalog.Figures)
        {
            figureIds.Add(figure.Id);
        }
        return ReadFigureList(dto.Figures);
    }

    private void CheckFormatVersion(CatalogDto dto)
    {
        if (dto.FormatVersion is { } version && version != 1)
        {
            Error("$.formatVersion", string.Create(CultureInfo.InvariantCulture, $"format version {version} is not supported; expected 1"));
        }
    }


    private void ReadDocuments(List<DocumentDto>? list)
    {
        foreach (var (dto, path) in Elements(list, "$.documents"))
        {
            string? id = UniqueId(dto.Id, path, documents.ContainsKey, "document");
            string? title = Required(dto.Title, path + ".title", "the document title");
            if (id is null || title is null)
            {
                continue;
            }
            if (Guard(path, () => new SourceDocument(id, title, dto.Kind ?? DocumentKind.Plan, dto.Number, dto.IssuingBody, dto.Issued, dto.Effective, dto.PublicationDeadline, dto.Url)) is { } document)
            {
                documents[id] = document;
            }
        }
    }

    private void ReadIndicators(List<IndicatorDto>? list)
    {
        var pending = Elements(list, "$.indicators").ToList();
        var read = new Dictionary<string, (Indicator Indicator, string Path)>(StringComparer.Ordinal);
        foreach (var (dto, path) in pending)
        {
            string? id = UniqueId(dto.Id, path, read.ContainsKey, "indicator");
            string? nameZh = Required(dto.NameZh, path + ".nameZh", "the Chinese name");
            string? nameEn = Required(dto.NameEn, path + ".nameEn", "the English name");
            if (dto.Unit is null)
            {
                Error(path + ".unit", "missing; expected a unit (" + Units.AcceptedCodes + ")");
            }
            if ((dto.Numerator is null) != (dto.Denominator is null))
            {
                Error(path, "a derived rate names both 'numerator' and 'denominator' count indicators, or neither");
                continue;
            }
            if (dto.Numerator is not null && dto.Unit is { } unit && unit != Unit.Percent)
            {
                Error(path + ".unit", $"a rate derived from counts uses unit '%', not '{unit.Code()}'");
                continue;
            }
            string? standard = AirStandard(dto, path + ".standard");
            if (id is null || nameZh is null || nameEn is null || dto.Unit is null || (dto.Standard is not null && standard is null))
            {
                continue;
            }
            if (Guard(path, () => new Indicator(id, nameZh, nameEn, dto.Unit.Value, dto.Polarity ?? Polarity.HigherIsBetter, dto.Numerator, dto.Denominator, dto.AllowsAbove100 ?? false, dto.Rollup, dto.Code, dto.Description, standard)) is { } indicator)
            {
                read[id] = (indicator, path);
            }
        }
        foreach (var (indicator, path) in read.Values)
        {
            if (indicator.IsDerivedRate)
            {
                bool ok = CheckCountIndicator(read, indicator.NumeratorId!, path + ".numerator")
                    & CheckCountIndicator(read, indicator.DenominatorId!, path + ".denominator");
                if (!ok)
                {
                    continue;
                }
            }
            indicators[indicator.Id] = indicator;
        }
    }

    /// <summary>An indicator's standard in canonical form, checked by the indicator's own rule and reported at its path.</summary>
    private string? AirStandard(IndicatorDto dto, string path)
    {
        if (dto.Standard is not { } standard)
        {
            return null;
        }
        if (Indicator.StandardProblem(dto.Code, standard, out string canonical) is { } problem)
        {
            Error(path, problem);
            return null;
        }
        return canonical;
    }

    private bool CheckCountIndicator(Dictionary<string, (Indicator Indicator, string Path)> read, string id, string path)
    {
        if (!read.TryGetValue(id, out var entry))
        {
            Error(path, $"unknown indicator '{id}'; expected the id of a count indicator of this catalog");
            return false;
        }
        if (entry.Indicator.Unit is Unit.Percent or Unit.Date)
        {
            Error(path, $"indicator '{id}' is not a count (its unit is '{entry.Indicator.Unit.Code()}')");
            return false;
        }
        return true;
    }

    private sealed record Inherited(DateInterval Period, Scope Scope, Provenance Provenance);

    private Target? ReadTarget(TargetDto dto, string path, Inherited? parent)
    {
        string? id = UniqueId(dto.Id, path, targetIds.Contains, "target");
        if (id is not null)
        {
            targetIds.Add(id);
        }
        Provenance? provenance = dto.Source is null ? parent?.Provenance : ReadSource(dto.Source, path + ".source");
        if (dto.Source is null && parent is null)
        {
            Error(path + ".source", "missing; every target names its source document ({\"document\": \"<document id>\", \"clause\": …})");
        }
        DateInterval? period = dto.Period ?? parent?.Period ?? provenance?.Document.Effective;
        if (period is null && provenance is not null)
        {
            Error(path + ".period", "missing; expected a year (2020) or an ISO date interval, or an 'effective' period on the source document");
        }
        Scope? scope = dto.Scope is not null ? ReadScope(dto.Scope, path + ".scope") : parent?.Scope ?? DefaultScope(path + ".scope");
        TargetKindDto kind = dto.Kind ?? (dto.Components is not null ? TargetKindDto.AllOf
            : dto.Due is not null || dto.DueEachYear is not null || dto.Window is not null ? TargetKindDto.Deadline
            : TargetKindDto.Value);
        Severity severity = dto.Severity ?? Severity.Error;
        Qualifiers qualifiers = ReadQualifiers(dto.Qualifiers);

        Target? target = kind switch
        {
            TargetKindDto.Value => ReadValueTarget(dto, path, id, period, scope, provenance, severity, qualifiers),
            TargetKindDto.Deadline => ReadDeadlineTarget(dto, path, id, period, scope, provenance, severity, qualifiers),
            _ => ReadCompoundTarget(dto, path, id, period, scope, provenance, severity, qualifiers),
        };
        if (target is not null)
        {
            targets[target.Id] = target;
        }
        return target;
    }

    private ValueTarget? ReadValueTarget(TargetDto dto, string path, string? id, DateInterval? period, Scope? scope, Provenance? provenance, Severity severity, Qualifiers qualifiers)
    {
        Indicator? indicator = KnownIndicator(dto.Indicator, path + ".indicator");
        if (indicator?.Unit == Unit.Date)
        {
            Error(path + ".indicator", $"indicator '{indicator.Id}' measures dates; a value target needs a value indicator (or use kind 'deadline')");
            indicator = null;
        }
        Condition? condition = dto.Condition is null
            ? Missing<Condition>(path + ".condition", "a condition such as {\"atLeast\": 62}")
            : ReadCondition(dto.Condition, path + ".condition");
        RoundingRule? rounding = ReadRounding(dto.Rounding, path + ".rounding");
        var tiers = new List<Tier>();
        foreach (var (tier, tierPath) in Elements(dto.Tiers, path + ".tiers"))
        {
            Condition? tierCondition = tier.Condition is null
                ? Missing<Condition>(tierPath + ".condition", "a condition")
                : ReadCondition(tier.Condition, tierPath + ".condition");
            if (tier.Level is null)
            {
                Error(tierPath + ".level", "missing; expected statutory, national, plan or stretch");
            }
            if (tierCondition is not null && tier.Level is { } level)
            {
                tiers.Add(new Tier(level, tierCondition, tier.Severity ?? Severity.Warning, tier.Note));
            }
        }
        if (dto.ConfidenceLevel is { } confidence && (confidence < 0.5m || confidence > 0.9999m))
        {
            Error(path + ".confidenceLevel", "expected a confidence level between 0.5 and 0.9999");
            return null;
        }
        if (dto.EachYear == true && period is not null && !Periods.IsWholeYears(period))
        {
            Error(path + ".eachYear", $"the period {Periods.Format(period)} is not whole calendar years; a target judged each year runs from 1 January of its first year to 31 December of its last");
            return null;
        }
        if (id is null || indicator is null || condition is null || period is null || scope is null || provenance is null
            || (dto.Rounding is not null && rounding is null) || tiers.Count != (dto.Tiers?.Count ?? 0))
        {
            return null;
        }
        return Guard(path, () => new ValueTarget(id, indicator, condition, period, scope, provenance, rounding, tiers, severity, qualifiers,
            dto.ConfidenceLevel ?? ValueTarget.DefaultConfidenceLevel, dto.Note, dto.EachYear ?? false));
    }

    private DeadlineTarget? ReadDeadlineTarget(TargetDto dto, string path, string? id, DateInterval? period, Scope? scope, Provenance? provenance, Severity severity, Qualifiers qualifiers)
    {
        Indicator? indicator = KnownIndicator(dto.Indicator, path + ".indicator");
        if (indicator is not null && indicator.Unit != Unit.Date)
        {
            Error(path + ".indicator", $"indicator '{indicator.Id}' has unit '{indicator.Unit.Code()}'; a deadline target's indicator has unit 'date'");
            indicator = null;
        }
        int given = (dto.Due is null ? 0 : 1) + (dto.DueEachYear is null ? 0 : 1) + (dto.Window is null ? 0 : 1);
        Deadline? deadline = null;
        if (given != 1)
        {
            Error(path, "a deadline target gives exactly one of 'due' (yyyy-MM-dd), 'dueEachYear' (MM-dd) or 'window' (yyyy-MM-dd/yyyy-MM-dd)");
        }
        else
        {
            deadline = dto.Due is { } due ? Deadline.On(due)
                : dto.DueEachYear is { } annual ? Deadline.EachYear(annual)
                : Deadline.Within(dto.Window!);
        }
        if (dto.Condition is not null || dto.Rounding is not null || dto.Tiers is not null)
        {
            Error(path, "a deadline target has no 'condition', 'rounding' or 'tiers'");
            return null;
        }
        if (dto.EachYear is not null)
        {
            Error(path + ".eachYear", "a deadline target gives its annual date with 'dueEachYear' (MM-dd) instead");
            return null;
        }
        if (id is null || indicator is null || deadline is null || period is null || scope is null || provenance is null)
        {
            return null;
        }
        return Guard(path, () => new DeadlineTarget(id, indicator, deadline, period, scope, provenance, severity, qualifiers, dto.Note));
    }

    private CompoundTarget? ReadCompoundTarget(TargetDto dto, string path, string? id, DateInterval? period, Scope? scope, Provenance? provenance, Severity severity, Qualifiers qualifiers)
    {
        if (dto.Indicator is not null || dto.Condition is not null)
        {
            Error(path, "an allOf target has 'components' instead of an 'indicator' and 'condition'");
        }
        if (dto.EachYear is not null)
        {
            Error(path + ".eachYear", "'eachYear' applies to a value target; give it on the components");
        }
        if (dto.Components is not { Count: > 0 })
        {
            Error(path + ".components", "missing or empty; expected the component targets");
            return null;
        }
        if (period is null || scope is null || provenance is null)
        {
            return null;
        }
        var inherited = new Inherited(period, scope, provenance);
        var components = new List<Target>();
        foreach (var (componentDto, componentPath) in Elements(dto.Components, path + ".components"))
        {
            if (ReadTarget(componentDto, componentPath, inherited) is { } component)
            {
                components.Add(component);
            }
        }
        if (id is null || components.Count != dto.Components.Count)
        {
            if (id is not null)
            {
                Error(path, $"compound target '{id}' is left out because some of its components have errors");
            }
            // Components of a compound that is left out are not in the catalog: figures cannot refer to them.
            foreach (Target component in components.SelectMany(c => c is CompoundTarget nested ? nested.Components.Prepend(c) : [c]))
            {
                targets.Remove(component.Id);
            }
            return null;
        }
        return Guard(path, () => new CompoundTarget(id, components, period, scope, provenance, severity, qualifiers, dto.Note));
    }

    private Condition? ReadCondition(ConditionDto dto, string path)
    {
        var given = new List<string>();
        if (dto.AtLeast is not null) given.Add("atLeast");
        if (dto.AtMost is not null) given.Add("atMost");
        if (dto.Exactly is not null) given.Add("exactly");
        if (dto.MoreThan is not null) given.Add("moreThan");
        if (dto.LessThan is not null) given.Add("lessThan");
        if (dto.Between is not null) given.Add("between");
        if (given.Count != 1)
        {
            Error(path, given.Count == 0
                ? "expected one of atLeast, atMost, exactly, moreThan, lessThan, between"
                : $"expected exactly one of atLeast, atMost, exactly, moreThan, lessThan, between; got {string.Join(", ", given)}");
            return null;
        }
        if (dto.Between is null && (dto.LowerInclusive is not null || dto.UpperInclusive is not null))
        {
            Error(path, "lowerInclusive/upperInclusive apply only to 'between'");
            return null;
        }
        if (dto.Between is { } between)
        {
            if (between.Count != 2)
            {
                Error(path + ".between", "expected two numbers [lower, upper]");
                return null;
            }
            return Guard(path + ".between", () => Condition.Between(between[0], between[1], dto.LowerInclusive ?? true, dto.UpperInclusive ?? true));
        }
        return dto.AtLeast is { } atLeast ? Condition.AtLeast(atLeast)
            : dto.AtMost is { } atMost ? Condition.AtMost(atMost)
            : dto.Exactly is { } exactly ? Condition.Exactly(exactly)
            : dto.MoreThan is { } moreThan ? Condition.MoreThan(moreThan)
            : Condition.LessThan(dto.LessThan!.Value);
    }

    private RoundingRule? ReadRounding(RoundingDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }
        int decimals = dto.Decimals ?? RoundingRule.Default.Decimals;
        if (decimals < 0 || decimals > RoundingRule.MaxDecimals)
        {
            Error(path + ".decimals", string.Create(CultureInfo.InvariantCulture, $"expected 0 to {RoundingRule.MaxDecimals}, got {decimals}"));
            return null;
        }
        return new RoundingRule(decimals, dto.Mode ?? RoundingMode.HalfEven, dto.Comparison ?? ComparisonMethod.FullValue);
    }

    private Provenance? ReadSource(SourceDto dto, string path)
    {
        SourceDocument? document;
        if (dto.Document is null)
        {
            document = defaultDocument;
            if (document is null)
            {
                Error(path + ".document", "missing; expected the id of a document in 'documents'");
                return null;
            }
        }
        else if (!documents.TryGetValue(dto.Document, out document))
        {
            Error(path + ".document", $"unknown document '{dto.Document}'; expected one of: {List(documents.Keys)}");
            return null;
        }
        if (dto.LeadUnits?.Contains(null!) == true || dto.CooperatingUnits?.Contains(null!) == true)
        {
            Error(path, "unit names are strings, not null");
            return null;
        }
        return new Provenance(document, dto.Clause, dto.LeadUnits, dto.CooperatingUnits, dto.Note);
    }

    private Scope? ReadScope(ScopeDto? dto, string path)
    {
        if (dto is null)
        {
            return null;
        }
        string? place = dto.Jurisdiction ?? jurisdiction;
        if (string.IsNullOrWhiteSpace(place))
        {
            Error(path + ".jurisdiction", "missing; expected the jurisdiction (here or as the catalog's 'jurisdiction')");
            return null;
        }
        return new Scope(place, dto.Unit);
    }

    private Scope? DefaultScope(string path)
    {
        if (string.IsNullOrWhiteSpace(jurisdiction))
        {
            Error(path, "missing; expected a scope {\"jurisdiction\": …} or the catalog's 'jurisdiction'");
            return null;
        }
        return new Scope(jurisdiction);
    }

    private List<ReportedFigure> ReadFigureList(List<FigureDto>? list)
    {
        var figures = new List<ReportedFigure>();
        foreach (var (figureDto, path) in Elements(list, "$.figures"))
        {
            if (ReadFigure(figureDto, path) is { } figure)
            {
                figures.Add(figure);
            }
        }
        return figures;
    }

    private ReportedFigure? ReadFigure(FigureDto dto, string path)
    {
        string? id = UniqueId(dto.Id, path, figureIds.Contains, "figure");
        if (id is not null)
        {
            figureIds.Add(id);
        }
        Indicator? indicator = null;
        Target? target = null;
        if ((dto.Indicator is null) == (dto.Target is null))
        {
            Error(path, "a figure names exactly one of 'indicator' or 'target'");
        }
        else if (dto.Target is not null)
        {
            if (!targets.TryGetValue(dto.Target, out target))
            {
                // Scope and period would come from the target: report only the unknown reference.
                Error(path + ".target", $"unknown target '{dto.Target}'; expected one of: {List(targets.Keys)}");
                return null;
            }
            else
            {
                indicator = target switch
                {
                    ValueTarget value => value.Indicator,
                    DeadlineTarget deadline => deadline.Indicator,
                    _ => null,
                };
                if (indicator is null)
                {
                    Error(path + ".target", $"target '{dto.Target}' is a compound target; report figures for its components");
                }
            }
        }
        else
        {
            indicator = KnownIndicator(dto.Indicator, path + ".indicator");
        }

        Provenance? provenance = dto.Source is null
            ? defaultDocument is null ? Missing<Provenance>(path + ".source", "the source {\"document\": \"<document id>\", …}") : new Provenance(defaultDocument)
            : ReadSource(dto.Source, path + ".source");
        Scope? scope = dto.Scope is not null ? ReadScope(dto.Scope, path + ".scope") : target?.Scope ?? DefaultScope(path + ".scope");
        DateInterval? period = dto.Period ?? target?.Period ?? provenance?.Document.Effective;
        if (dto.Period is null && dto.Date is null && target is ValueTarget { JudgedPerYear: true } eachYear)
        {
            // The target's own period spans several years, and a figure for all of them is used for none.
            Error(path + ".period", $"missing; target '{eachYear.Id}' is judged each year ({Periods.Format(eachYear.Period)}): expected the year the figure covers (e.g. {eachYear.Period.Start.Year})");
            return null;
        }
        if (period is null)
        {
            Error(path + ".period", "missing; expected a year (2020) or an ISO date interval");
        }
        if (indicator is null || id is null || provenance is null || scope is null || period is null)
        {
            return null;
        }
        if (dto.Unit is { } unit && !unit.IsCompatibleWith(indicator.Unit))
        {
            Error(path + ".unit", $"unit '{unit.Code()}' does not measure what indicator '{indicator.Id}' measures; expected '{indicator.Unit.Code()}'" +
                (indicator.Unit.GetDimension() == Dimension.MassConcentration ? " or another mass concentration" : string.Empty));
            return null;
        }
        if (dto.Numerator is not null && dto.Denominator is null)
        {
            Error(path + ".denominator", "missing; a numerator needs its denominator");
            return null;
        }
        if (indicator.Unit == Unit.Date)
        {
            if (dto.Date is null && dto.Completed != false)
            {
                Error(path, $"indicator '{indicator.Id}' is a milestone: expected a completion 'date', or \"completed\": false (with the 'asOf' date it describes, when known)");
                return null;
            }
        }
        else if (dto.Denominator is null && dto.Value is null && dto.Span is null)
        {
            Error(path, $"expected 'numerator' and 'denominator', a 'value', or a 'span' for indicator '{indicator.Id}' ({indicator.Unit.Code()})");
            return null;
        }
        if ((dto.Numerator is not null || dto.Denominator is not null) && indicator.Unit != Unit.Percent)
        {
            Error(path, $"counts (numerator/denominator) are given for indicator '{indicator.Id}', which is not a rate; give its 'value'");
            return null;
        }
        return Guard(path, () => new ReportedFigure(id, indicator, scope, period, provenance, dto.Numerator, dto.Denominator, dto.Value, dto.Unit,
            dto.StatedAs ?? StatedAs.Exact, dto.Date, dto.Completed, dto.AsOf, dto.Span, dto.NumeratorPeriod, dto.DenominatorPeriod, dto.Sample ?? false, dto.Note,
            ReadQualifiers(dto.Qualifiers)));
    }

    /// <summary>The flags of the JSON codes (<see cref="QualifierCodes"/>; the DTO's names are the codes in camel case).</summary>
    private static Qualifiers ReadQualifiers(List<QualifierDto>? list) =>
        (list ?? []).Aggregate(Qualifiers.None, (q, d) => q | QualifierCodes.FromCode(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(d.ToString()))!.Value);

    private Indicator? KnownIndicator(string? id, string path)
    {
        if (id is null)
        {
            Error(path, "missing; expected an indicator id");
            return null;
        }
        if (!indicators.TryGetValue(id, out Indicator? indicator))
        {
            Error(path, $"unknown indicator '{id}'; expected one of: {List(indicators.Keys)}");
            return null;
        }
        return indicator;
    }

    private string? UniqueId(string? id, string path, Func<string, bool> taken, string what)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            Error(path + ".id", $"missing; expected a non-empty {what} id");
            return null;
        }
        if (taken(id))
        {
            Error(path + ".id", $"the {what} id '{id}' is used more than once");
            return null;
        }
        return id;
    }

    private string? Required(string? value, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, $"missing; expected {what}");
            return null;
        }
        return value;
    }

    private T? Missing<T>(string path, string expected)
        where T : class
    {
        Error(path, "missing; expected " + expected);
        return null;
    }

    private T? Guard<T>(string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            Error(path, ex.Message.Split(" (Parameter", 2)[0]);
            return null;
        }
    }

    private void Error(string path, string message) => errors.Add(new CatalogError(path, message));

    /// <summary>The elements of a JSON array with their paths; a null element is reported and skipped.</summary>
    private IEnumerable<(T Item, string Path)> Elements<T>(List<T>? list, string path)
        where T : class
    {
        for (int i = 0; i < (list?.Count ?? 0); i++)
        {
            string elementPath = $"{path}[{i}]";
            if (list![i] is { } item)
            {
                yield return (item, elementPath);
            }
            else
            {
                Error(elementPath, "expected an object, got null");
            }
        }
    }

    private static string List(IEnumerable<string> ids)
    {
        var list = ids.Take(12).ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list) + (ids.Skip(12).Any() ? ", …" : string.Empty);
    }
}
