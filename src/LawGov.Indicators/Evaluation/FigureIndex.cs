using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>Reported figures grouped by indicator id, built once per evaluation.</summary>
internal sealed class FigureIndex
{
    private readonly Dictionary<string, List<ReportedFigure>> byIndicator = new(StringComparer.Ordinal);

    internal FigureIndex(IEnumerable<ReportedFigure> figures)
    {
        foreach (ReportedFigure figure in figures)
        {
            if (!byIndicator.TryGetValue(figure.Indicator.Id, out List<ReportedFigure>? list))
            {
                list = [];
                byIndicator.Add(figure.Indicator.Id, list);
            }
            list.Add(figure);
        }
    }

    internal static FigureIndex Empty { get; } = new([]);

    /// <summary>Figures of an indicator measured in exactly this scope.</summary>
    internal IEnumerable<ReportedFigure> For(string indicatorId, Scope scope) =>
        byIndicator.TryGetValue(indicatorId, out List<ReportedFigure>? list)
            ? list.Where(f => f.Scope.Equals(scope))
            : [];
}
