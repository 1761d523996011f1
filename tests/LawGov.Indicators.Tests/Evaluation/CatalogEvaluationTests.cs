using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Evaluation;

public class CatalogEvaluationTests
{
    // Large catalogs are evaluated on all cores; the results must be those of evaluating each target alone, in order.
    [Fact]
    public void Evaluate_LargeCatalog_SameResultsInTheSameOrderAsOneByOne()
    {
        var random = new Random(7);
        var indicators = Enumerable.Range(0, 6000).Select(i => Fixtures.RateIndicator("r" + i)).ToArray();
        var targets = indicators.Select((ind, i) => Fixtures.Target(ind, Condition.AtLeast(random.Next(0, 101)), id: "t" + i)).ToArray();
        var figures = indicators.Where((_, i) => i % 3 != 0)
            .Select((ind, i) => Fixtures.Counts(ind, random.Next(0, 50), random.Next(0, 50) + 50, id: "f" + i)).ToArray();
        var catalog = new Catalog("large", "large", [Fixtures.Plan], indicators, targets, figures);

        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);

        Assert.Equal(targets.Select(t => t.Id), evaluation.Results.Select(r => r.Target.Id));
        var byIndicator = figures.ToLookup(f => f.Indicator.Id);
        Assert.Equal(
            targets.Select(t => Evaluator.Evaluate(t, byIndicator[t.Indicator.Id]).ExplanationEn),
            evaluation.Results.Select(r => r.ExplanationEn));
        Assert.Equal(2000, evaluation.Count(TargetStatus.NoData)); // every third of 6000 indicators (i % 3 == 0) has no figure
    }

    // 6 of 10 = 60 % (hand calculation) meets ≥ 50 % and misses ≥ 90 %: one met, one not met, nothing else.
    [Fact]
    public void Summary_CountsEachStatus()
    {
        Indicator rate = Fixtures.RateIndicator();
        var catalog = new Catalog("c", "C", [Fixtures.Plan], [rate],
            [Fixtures.Target(rate, Condition.AtLeast(50m), id: "a"), Fixtures.Target(rate, Condition.AtLeast(90m), id: "b")],
            [Fixtures.Counts(rate, 6, 10)]);

        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);

        Assert.Equal("2 targets: 1 met, 1 not met, 0 not applicable, 0 no data, 0 indeterminate, 0 invalid", evaluation.Summary());
        Assert.False(evaluation.AllMetOrNotApplicable);
    }
}
