using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A set of indicators, targets and reported figures with the documents they come from, typically one plan or
/// report. References are checked on construction: every target and figure uses an indicator of the catalog,
/// and ids are unique.
/// </summary>
public sealed class Catalog
{
    private readonly Dictionary<string, Indicator> indicatorsById;
    private readonly Dictionary<string, Target> targetsById;

    /// <summary>Initializes a catalog.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="title">Human-readable title.</param>
    /// <param name="documents">Source documents.</param>
    /// <param name="indicators">Indicators.</param>
    /// <param name="targets">Targets (compound targets carry their components).</param>
    /// <param name="figures">Reported figures.</param>
    /// <exception cref="ArgumentException">Ids are not unique, or a target or figure uses an indicator the catalog does
    /// not hold, or a derived rate names a count indicator the catalog does not hold.</exception>
    public Catalog(
        string id,
        string title,
        IEnumerable<SourceDocument>? documents = null,
        IEnumerable<Indicator>? indicators = null,
        IEnumerable<Target>? targets = null,
        IEnumerable<ReportedFigure>? figures = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Documents = Preconditions.CheckNoNulls(documents, nameof(documents));
        Indicators = Preconditions.CheckNoNulls(indicators, nameof(indicators));
        Targets = Preconditions.CheckNoNulls(targets, nameof(targets));
        Figures = Preconditions.CheckNoNulls(figures, nameof(figures));

        CheckUnique(Documents.Select(d => d.Id), nameof(documents), "document");
        indicatorsById = CheckUnique(Indicators.Select(i => i.Id), nameof(indicators), "indicator")
            .Zip(Indicators).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        AllTargets = Array.AsReadOnly(Targets.SelectMany(Flatten).ToArray());
        targetsById = CheckUnique(AllTargets.Select(t => t.Id), nameof(targets), "target")
            .Zip(AllTargets).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        CheckUnique(Figures.Select(f => f.Id), nameof(figures), "figure");

        foreach (Indicator indicator in Indicators.Where(i => i.IsDerivedRate))
        {
            CheckKnown(indicator.NumeratorId!, nameof(indicators), $"derived rate '{indicator.Id}'");
            CheckKnown(indicator.DenominatorId!, nameof(indicators), $"derived rate '{indicator.Id}'");
        }
        foreach (Target target in AllTargets)
        {
            Indicator? indicator = target switch
            {
                ValueTarget value => value.Indicator,
                DeadlineTarget deadline => deadline.Indicator,
                _ => null,
            };
            if (indicator is not null)
            {
                CheckSame(indicator, nameof(targets), $"target '{target.Id}'");
            }
        }
        foreach (ReportedFigure figure in Figures)
        {
            CheckSame(figure.Indicator, nameof(figures), $"figure '{figure.Id}'");
        }
    }

    /// <summary>Identifier.</summary>
    public string Id { get; }

    /// <summary>Human-readable title.</summary>
    public string Title { get; }

    /// <summary>Source documents.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>Indicators.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Top-level targets (components of compound targets are inside them).</summary>
    public IReadOnlyList<Target> Targets { get; }

    /// <summary>Every target, compound targets followed by their components (depth first), in catalog order.</summary>
    public IReadOnlyList<Target> AllTargets { get; }

    /// <summary>Reported figures.</summary>
    public IReadOnlyList<ReportedFigure> Figures { get; }

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator, or null.</returns>
    public Indicator? FindIndicator(string id) => indicatorsById.GetValueOrDefault(id);

    /// <summary>Finds a target by id, including components of compound targets.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The target, or null.</returns>
    public Target? FindTarget(string id) => targetsById.GetValueOrDefault(id);

    /// <summary>A copy of this catalog with more reported figures.</summary>
    /// <param name="figures">Figures to add; their indicators must belong to this catalog.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">A figure id repeats, or a figure uses an unknown indicator.</exception>
    public Catalog WithFigures(IEnumerable<ReportedFigure> figures) =>
        new(Id, Title, Documents, Indicators, Targets, Figures.Concat(Preconditions.CheckNotNull(figures, nameof(figures))));

    private static IEnumerable<Target> Flatten(Target target) =>
        target is CompoundTarget compound ? compound.Components.SelectMany(Flatten).Prepend(target) : [target];

    private static List<string> CheckUnique(IEnumerable<string> ids, string paramName, string what)
    {
        var list = ids.ToList();
        var duplicate = list.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(duplicate is null, paramName, $"The {what} id '{duplicate?.Key}' is used more than once.");
        return list;
    }

    private void CheckKnown(string indicatorId, string paramName, string user) =>
        Preconditions.CheckArgument(indicatorsById.ContainsKey(indicatorId), paramName, $"{user} uses indicator '{indicatorId}', which the catalog does not hold.");

    private void CheckSame(Indicator indicator, string paramName, string user)
    {
        CheckKnown(indicator.Id, paramName, user);
        Preconditions.CheckArgument(
            indicatorsById[indicator.Id].Equals(indicator),
            paramName,
            $"{user} uses a different definition of indicator '{indicator.Id}' from the catalog's.");
    }
}
