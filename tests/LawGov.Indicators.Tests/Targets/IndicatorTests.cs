using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Targets;

public class IndicatorTests
{
    [Fact]
    public void Constructor_NumeratorWithoutDenominator_Throws() =>
        Assert.Throws<ArgumentException>(() => new Indicator("r", "率", "rate", Unit.Percent, numeratorId: "a"));

    [Fact]
    public void Constructor_DerivedRateNotInPercent_Throws() =>
        Assert.Throws<ArgumentException>(() => new Indicator("r", "率", "rate", Unit.Items, numeratorId: "a", denominatorId: "b"));

    [Fact]
    public void Constructor_BlankName_Throws() =>
        Assert.Throws<ArgumentException>(() => new Indicator("r", " ", "rate", Unit.Percent));

    // indicators.md §3.3: rates roll up as ratio of sums; China city concentrations are the mean over stations.
    [Theory]
    [InlineData(Unit.Percent, RollupMethod.RatioOfSums)]
    [InlineData(Unit.MicrogramsPerCubicMetre, RollupMethod.MeanOfUnits)]
    [InlineData(Unit.Cases, RollupMethod.Sum)]
    [InlineData(Unit.Date, RollupMethod.WorstChild)]
    public void DefaultRollup_DependsOnUnit(Unit unit, RollupMethod expected) =>
        Assert.Equal(expected, new Indicator("i", "指标", "indicator", unit).Rollup);

    // Indicator.IsShare: a percent indicator is a share (at most 100 %) unless allowsAbove100; µg/m³ is not a percent.
    [Fact]
    public void IsShare_PercentUnlessAbove100Allowed()
    {
        Assert.True(Fixtures.RateIndicator().IsShare);
        Assert.False(Fixtures.RateIndicator(allowsAbove100: true).IsShare);
        Assert.False(Fixtures.Pm25.IsShare);
    }

    [Fact]
    public void Equality_ComparesEveryProperty() =>
        Contracts.AssertEquality(Fixtures.RateIndicator("a"), Fixtures.RateIndicator("a"), Fixtures.RateIndicator("a", allowsAbove100: true));
}
