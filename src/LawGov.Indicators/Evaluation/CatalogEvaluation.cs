using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>The results of evaluating every target of a catalog, with a summary by status.</summary>
public sealed class CatalogEvaluation
{
    internal CatalogEvaluation(Catalog catalog, IReadOnlyList<TargetResult> results, EvaluationOptions options)
    {
        Catalog = catalog;
        Results = results;
        Options = options;
    }

    /// <summary>The catalog evaluated.</summary>
    public Catalog Catalog { get; }

    /// <summary>One result per top-level target, in catalog order.</summary>
    public IReadOnlyList<TargetResult> Results { get; }

    /// <summary>The settings used.</summary>
    public EvaluationOptions Options { get; }

    /// <summary>How many top-level results have <paramref name="status"/>.</summary>
    /// <param name="status">A status.</param>
    /// <returns>The count.</returns>
    public int Count(TargetStatus status) => Results.Count(r => r.Status == status);

    /// <summary>True when every target is met or not applicable.</summary>
    public bool AllMetOrNotApplicable => Results.All(r => r.Status is TargetStatus.Met or TargetStatus.NotApplicable);

    /// <summary>
    /// <c>12 targets: 3 met, 1 not met, 2 not applicable, 6 no data, 0 indeterminate, 0 invalid</c>.
    /// </summary>
    /// <returns>The summary line.</returns>
    public string Summary() =>
        $"{Results.Count} targets: {Count(TargetStatus.Met)} met, {Count(TargetStatus.NotMet)} not met, "
        + $"{Count(TargetStatus.NotApplicable)} not applicable, {Count(TargetStatus.NoData)} no data, "
        + $"{Count(TargetStatus.Indeterminate)} indeterminate, {Count(TargetStatus.Invalid)} invalid";
}
