using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Evaluation;

public class TargetAssertTests
{
    // 62 % of 366 days = 226.92 (air-quality.md §9): 227/366 meets ≥ 62 %, 226/366 and 1/2 = 50 % do not; 0/0 is not applicable.
    private static readonly ValueTarget AtLeast62 = Fixtures.Target(Fixtures.RateIndicator(), Condition.AtLeast(62m));

    [Fact]
    public void Met_WhenMet_DoesNotThrow() => TargetAssert.Met(Evaluator.Evaluate(AtLeast62, new Rate(227, 366)));

    [Fact]
    public void Met_WhenNotMet_ThrowsWithTheExplanation()
    {
        TargetResult result = Evaluator.Evaluate(AtLeast62, new Rate(226, 366));

        var ex = Assert.Throws<TargetAssertionException>(() => TargetAssert.Met(result));

        Assert.StartsWith(result.ExplanationEn, ex.Message, StringComparison.Ordinal);
        Assert.Contains(result.ExplanationZh, ex.Message, StringComparison.Ordinal);
        Assert.Same(result, Assert.Single(ex.Results));
    }

    [Fact]
    public void MetOrNotApplicable_AcceptsZeroOverZero() =>
        TargetAssert.MetOrNotApplicable(Evaluator.Evaluate(AtLeast62, new Rate(0, 0)));

    [Fact]
    public void Status_Mismatch_Throws() =>
        Assert.Throws<TargetAssertionException>(() => TargetAssert.Status(Evaluator.Evaluate(AtLeast62, new Rate(1, 2)), TargetStatus.Met));
}
