using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Measures;

public class RoundingRuleTests
{
    // The documented library default (RoundingRule.Default; README "Comparison method default"): two decimals,
    // GB/T 8170 half-even, full-value comparison.
    [Fact]
    public void Default_IsTwoDecimalsHalfEvenFullValue()
    {
        Assert.Equal(2, RoundingRule.Default.Decimals);
        Assert.Equal(RoundingMode.HalfEven, RoundingRule.Default.Mode);
        Assert.Equal(ComparisonMethod.FullValue, RoundingRule.Default.Comparison);
    }

    [Fact]
    public void Equality_ComparesAllParts() =>
        Contracts.AssertEquality(RoundingRule.GbT8170(1), new RoundingRule(1, RoundingMode.HalfEven), new RoundingRule(1, RoundingMode.HalfUp));

    // 1999/2000 = 99.95 % exactly; at one decimal the midpoint between 99.9 and 100.0 goes to the even 100.0
    // (indicators.md §3.2: "rounded half-even to 1 decimal: 100.0").
    [Fact]
    public void RoundPercent_NinetyNinePointNineFive_OneDecimalHalfEven_IsHundred() =>
        Assert.Equal(100.0m, RoundingRule.GbT8170(1).RoundPercent(new Rate(1999, 2000)));

    // A declared precision is 0 to 16 decimals (RoundingRule.MaxDecimals): 17 is refused.
    [Fact]
    public void Constructor_DecimalsAboveSixteen_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingRule(17));

    // The wording of RoundingRule.ToString: "<decimals> dp <mode>, <comparison>".
    [Fact]
    public void ToString_DescribesRule() =>
        Assert.Equal("1 dp half-up, rounded value", new RoundingRule(1, RoundingMode.HalfUp, ComparisonMethod.RoundedValue).ToString());
}
