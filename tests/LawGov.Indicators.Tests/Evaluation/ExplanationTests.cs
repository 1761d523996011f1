using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Evaluation;

public class ExplanationTests
{
    // Seed 000 task 5: PM2.5 at most 52 µg/m³ in 2020; a hand-made 49 gives a margin of 3.
    [Fact]
    public void English_StatesStatusActualThresholdMarginAndSource()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), id: "pm25-2020"), [Fixtures.Value(Fixtures.Pm25, 49m)]);

        Assert.Equal(
            "Met: annual mean PM2.5 is 49 µg/m³, target ≤ 52 µg/m³; margin +3 µg/m³. [pm25-2020; 临沂市 2020; 临政办字〔2020〕86号 §5]",
            result.ExplanationEn);
    }

    // The same target with 55: 3 above 52, so the margin is −3 (hand calculation).
    [Fact]
    public void Chinese_StatesTheSame()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), id: "pm25-2020"), [Fixtures.Value(Fixtures.Pm25, 55m)]);

        Assert.Equal(
            "未达标：PM2.5年均浓度为55微克/立方米，目标不高于52微克/立方米；余量-3微克/立方米。［pm25-2020；临沂市 2020；临政办字〔2020〕86号 §5］",
            result.ExplanationZh);
    }

    // No figure at all: the explanation says so instead of a reason from a finding.
    [Fact]
    public void NoData_SaysNoFigureWasReported() =>
        Assert.StartsWith("No data: annual mean PM2.5, target ≤ 52 µg/m³: no figure reported for the period.",
            Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)), []).ExplanationEn, StringComparison.Ordinal);

    // Seed 001's 218.36 % activation rate: the explanation carries the ShareAbove100 finding's words.
    [Fact]
    public void Invalid_GivesTheReason() =>
        Assert.Contains("above 100% for a share",
            Evaluator.Evaluate(Fixtures.Target(Fixtures.RateIndicator(), Condition.AtLeast(90m)), [Fixtures.Value(Fixtures.RateIndicator(), 218.36m)]).ExplanationEn,
            StringComparison.Ordinal);

    // Reason is the finding that explains the status: the ShareAbove100 error of an invalid 218.36 %; nothing for a plain
    // met result (49 ≤ 52) or for a soft target without a figure (the soft-target note qualifies, it does not explain).
    [Fact]
    public void Reason_IsTheExplainingFinding_OrNull()
    {
        Indicator rate = Fixtures.RateIndicator();
        TargetResult invalid = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(90m)), [Fixtures.Value(rate, 218.36m)]);
        TargetResult met = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)), [Fixtures.Value(Fixtures.Pm25, 49m)]);
        TargetResult softNoData = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(90m), qualifiers: Qualifiers.Soft), []);

        Assert.Equal(FindingCode.ShareAbove100, invalid.Reason?.Code);
        Assert.Null(met.Reason);
        Assert.Null(softNoData.Reason);
        Assert.Contains(": no figure reported for the period.", softNoData.ExplanationEn, StringComparison.Ordinal);
    }

    // Two statements that disagree on the outcome (49 and 55 against ≤ 52): indeterminate, and the conflicting-figures
    // warning is what explains it; the explanation ends with that finding's message.
    [Fact]
    public void Reason_OfConflictingFigures_IsTheConflict()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)),
            [Fixtures.Value(Fixtures.Pm25, 49m, "a"), Fixtures.Value(Fixtures.Pm25, 55m, "b")]);

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Assert.Equal(FindingCode.ConflictingFigures, result.Reason?.Code);
        Assert.Contains(": " + result.Reason!.MessageEn + " [", result.ExplanationEn, StringComparison.Ordinal);
    }
}
