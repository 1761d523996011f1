using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>Reported figures grouped by indicator and scope, built once per evaluation; lookups do not allocate.</summary>
internal sealed class FigureIndex
{
    private readonly Dictionary<(string Indicator, string Jurisdiction, string? Unit), List<ReportedFigure>> byIndicatorAndScope = [];

    internal FigureIndex(IEnumerable<ReportedFigure> figures)
    {
        foreach (ReportedFigure figure in figures)
        {
            var key = (figure.Indicator.Id, figure.Scope.Jurisdiction, figure.Scope.Unit);
            if (!byIndicatorAndScope.TryGetValue(key, out List<ReportedFigure>? list))
            {
                list = new List<ReportedFigure>(1);
                byIndicatorAndScope.Add(key, list);
            }
            list.Add(figure);
        }
    }

    /// <summary>Figures of an indicator measured in exactly this scope, in catalog order.</summary>
    internal IReadOnlyList<ReportedFigure> For(string indicatorId, Scope scope) =>
        byIndicatorAndScope.TryGetValue((indicatorId, scope.Jurisdiction, scope.Unit), out List<ReportedFigure>? list) ? list : [];
}
