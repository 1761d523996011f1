using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Targets;

public class ConditionTests
{
    // time-limits.md §3: 以上/不少于/达到 include the stated number.
    [Fact]
    public void AtLeast_IncludesTheBound()
    {
        Assert.True(Condition.AtLeast(62m).IsSatisfiedBy(62m));
        Assert.False(Condition.AtLeast(62m).IsSatisfiedBy(61.99m));
    }

    // time-limits.md §3: "N多" is a lower bound that excludes N.
    [Fact]
    public void MoreThan_ExcludesTheBound()
    {
        Assert.False(Condition.MoreThan(1500m).IsSatisfiedBy(1500m));
        Assert.True(Condition.MoreThan(1500m).IsSatisfiedBy(1500.01m));
    }

    // time-limits.md §3: 以下/不超过 include the stated number; 52.0 is 52.
    [Fact]
    public void AtMost_IncludesTheBound() => Assert.True(Condition.AtMost(52m).IsSatisfiedBy(52.0m));

    // time-limits.md §2: 不满 excludes the stated number.
    [Fact]
    public void LessThan_ExcludesTheBound() => Assert.False(Condition.LessThan(5m).IsSatisfiedBy(5m));

    // [1, 5): 1 is inside, 5 is not (interval notation).
    [Fact]
    public void Between_RespectsEachEnd()
    {
        Condition condition = Condition.Between(1m, 5m, lowerInclusive: true, upperInclusive: false);

        Assert.True(condition.IsSatisfiedBy(1m));
        Assert.False(condition.IsSatisfiedBy(5m));
        Assert.Equal("[1, 5)", condition.ToString());
    }

    // [5, 1] and (1, 1] hold no value.
    [Fact]
    public void Between_EmptyInterval_Throws()
    {
        Assert.Throws<ArgumentException>(() => Condition.Between(5m, 1m));
        Assert.Throws<ArgumentException>(() => Condition.Between(1m, 1m, lowerInclusive: false));
    }

    // 62 % of 366 days = 226.92, so 227 good days meet ≥ 62 % and 226 do not (air-quality.md §9).
    [Fact]
    public void IsSatisfiedBy_Rate_ComparesExactlyFromCounts()
    {
        Assert.True(Condition.AtLeast(62m).IsSatisfiedBy(new Rate(227, 366)));
        Assert.False(Condition.AtLeast(62m).IsSatisfiedBy(new Rate(226, 366)));
        Assert.True(Condition.Exactly(62m).IsSatisfiedBy(new Rate(31, 50)));
    }

    // Hand calculation: 55 against ≤ 52 fails by 3; 62.5 against ≥ 62 passes by 0.5.
    [Fact]
    public void Margin_IsSignedDistanceToTheBound()
    {
        Assert.Equal(-3m, Condition.AtMost(52m).Margin(55m));
        Assert.Equal(0.5m, Condition.AtLeast(62m).Margin(62.5m));
        Assert.Equal(-2m, Condition.Exactly(100m).Margin(98m));
        Assert.Equal(1m, Condition.Between(1m, 5m).Margin(4m));
    }

    // ≥ 62 % of 366 needs ceil(226.92) = 227; 220 lacks 7. ≤ 10 % of 20 allows 2; 3 is one too many.
    // < 10 % of 20 allows only 1 (2/20 is exactly 10 %).
    [Fact]
    public void CountMargin_CountsNumeratorsToSpareOrMissing()
    {
        Assert.Equal(-7, Condition.AtLeast(62m).CountMargin(new Rate(220, 366)));
        Assert.Equal(0, Condition.AtLeast(62m).CountMargin(new Rate(227, 366)));
        Assert.Equal(-1, Condition.AtMost(10m).CountMargin(new Rate(3, 20)));
        Assert.Equal(0, Condition.LessThan(10m).CountMargin(new Rate(1, 20)));
        Assert.Equal(-1, Condition.MoreThan(50m).CountMargin(new Rate(1, 2)));
    }

    [Fact]
    public void CountMargin_UndefinedRate_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Condition.AtLeast(1m).CountMargin(default));

    // ≥ 62 equals ≥ 62.0 (decimal equality ignores the scale) but not > 62; = 5 and [5, 5] are different kinds.
    [Fact]
    public void Equality_ComparesKindAndBounds()
    {
        Contracts.AssertEquality(Condition.AtLeast(62m), Condition.AtLeast(62.0m), Condition.MoreThan(62m));
        Assert.NotEqual(Condition.Exactly(5m), Condition.Between(5m, 5m));
    }

    // The symbols of the Units table and the Chinese wording of DescribeZh (不低于/不高于).
    [Fact]
    public void Describe_UsesUnitSymbols()
    {
        Assert.Equal("≥ 62%", Condition.AtLeast(62m).Describe(Unit.Percent));
        Assert.Equal("≤ 52 µg/m³", Condition.AtMost(52m).Describe(Unit.MicrogramsPerCubicMetre));
        Assert.Equal("不低于62%", Condition.AtLeast(62m).DescribeZh(Unit.Percent));
        Assert.Equal("不高于52微克/立方米", Condition.AtMost(52m).DescribeZh(Unit.MicrogramsPerCubicMetre));
    }

    [Fact]
    public void AtLeast_IsMonotone_AHigherValueNeverFailsWhereALowerOnePasses() =>
        Properties.Check(Prop.ForAll(Generators.Percent.ToArbitrary(), Generators.Percent.ToArbitrary(), Generators.Percent.ToArbitrary(), (bound, a, b) =>
        {
            decimal low = Math.Min(a, b), high = Math.Max(a, b);
            Condition condition = Condition.AtLeast(bound);
            return !condition.IsSatisfiedBy(low) || condition.IsSatisfiedBy(high);
        }));

    [Fact]
    public void CountMargin_IsNonNegativeExactlyWhenSatisfied() =>
        Properties.Check(Prop.ForAll(Generators.Share.ToArbitrary(), Generators.Percent.ToArbitrary(), (rate, bound) =>
        {
            Condition atLeast = Condition.AtLeast(bound), atMost = Condition.AtMost(bound), more = Condition.MoreThan(bound);
            return (atLeast.CountMargin(rate) >= 0) == atLeast.IsSatisfiedBy(rate)
                && (atMost.CountMargin(rate) >= 0) == atMost.IsSatisfiedBy(rate)
                && (more.CountMargin(rate) >= 0) == more.IsSatisfiedBy(rate);
        }));

    // Thresholds with more than 16 decimals, or negative ones, take the exact BigInteger path: 2/3 = 66.666…%.
    [Fact]
    public void IsSatisfiedBy_Rate_HighScaleAndNegativeThresholds()
    {
        Assert.True(Condition.AtLeast(66.66666666666666666666m).IsSatisfiedBy(new Rate(2, 3)));
        Assert.False(Condition.AtLeast(66.66666666666666666667m).IsSatisfiedBy(new Rate(2, 3)));
        Assert.True(Condition.MoreThan(-0.5m).IsSatisfiedBy(new Rate(0, 3)));
        Assert.Throws<InvalidOperationException>(() => Condition.AtLeast(1m).IsSatisfiedBy(default(Rate)));
    }

    // The condition's precomputed comparison agrees with comparing the rate to each bound afresh.
    [Fact]
    public void IsSatisfiedBy_Rate_AgreesWithCompareToPercent() =>
        Properties.Check(Prop.ForAll(Generators.DefinedRate.ToArbitrary(), CatalogGenerators.Condition.ToArbitrary(), (rate, condition) =>
        {
            bool lower = condition.Lower is not { } lo || rate.CompareToPercent(lo.Value) is var c && (c > 0 || (c == 0 && lo.Inclusive));
            bool upper = condition.Upper is not { } hi || rate.CompareToPercent(hi.Value) is var d && (d < 0 || (d == 0 && hi.Inclusive));
            return condition.IsSatisfiedBy(rate) == (lower && upper);
        }));
}
