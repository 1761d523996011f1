using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Tests.Evaluation;

/// <summary>
/// The judgment every caller shares (evaluation, tiers, rollups): it decides itself whether a rate's rounded percentage
/// fits in a decimal instead of letting <see cref="Rate.ToPercent(int, RoundingMode)"/> throw.
/// </summary>
public class ValueJudgmentTests
{
    // 9223372036854775807/3 = 307445734561825860233.333…%: at nine decimals 30 significant digits with no zero to drop
    // (hand count: 21 integer digits + 9 decimals), more than a decimal's 96-bit significand holds.
    private static readonly Observation Huge = Observation.FromRate(new Rate(long.MaxValue, 3));

    private static readonly RoundingRule NineDecimalsRounded = new(9, RoundingMode.HalfEven, ComparisonMethod.RoundedValue);

    [Fact]
    public void Status_RoundedPercentThatDoesNotFit_IsInvalid() =>
        Assert.Equal(TargetStatus.Invalid, ValueJudgment.Status(Condition.AtMost(100m), NineDecimalsRounded, Huge));

    // Compared by full value the counts decide exactly: 307445734561825860233.3…% is above 100 %.
    [Fact]
    public void Status_SameRateByFullValue_IsJudgedFromTheCounts() =>
        Assert.Equal(TargetStatus.NotMet, ValueJudgment.Status(Condition.AtMost(100m), new RoundingRule(9, RoundingMode.HalfEven, ComparisonMethod.FullValue), Huge));

    [Fact]
    public void RoundedAndMargin_RoundedPercentThatDoesNotFit_AreNull()
    {
        Assert.Null(ValueJudgment.Rounded(NineDecimalsRounded, Huge));
        Assert.Null(ValueJudgment.Margin(Condition.AtMost(100m), NineDecimalsRounded, Huge));
    }

    // At eight decimals the same rate is 307445734561825860233.33333333 (29 digits, mantissa below 2^96 ≈ 7.9 · 10^28).
    [Fact]
    public void Rounded_OneDecimalFewer_Fits() =>
        Assert.Equal(307445734561825860233.33333333m, ValueJudgment.Rounded(new RoundingRule(8, RoundingMode.HalfEven, ComparisonMethod.RoundedValue), Huge));
}
