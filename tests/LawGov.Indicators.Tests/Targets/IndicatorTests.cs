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

    // indicators.md §3.3: rates roll up as ratio of sums; China city concentrations are the mean over stations. A
    // frequency (每年至少两期, for each government) holds per unit: two governments at 2 a year are not 4 a year, so the
    // worst unit decides, as for dates and durations.
    [Theory]
    [InlineData(Unit.Percent, RollupMethod.RatioOfSums)]
    [InlineData(Unit.MicrogramsPerCubicMetre, RollupMethod.MeanOfUnits)]
    [InlineData(Unit.Cases, RollupMethod.Sum)]
    [InlineData(Unit.Times, RollupMethod.Sum)]
    [InlineData(Unit.Date, RollupMethod.WorstChild)]
    [InlineData(Unit.Days, RollupMethod.WorstChild)]
    [InlineData(Unit.TimesPerYear, RollupMethod.WorstChild)]
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

    // Seed 002 (102) 每年至少两期 for each government: governments A (2 a year) and B (1) under city C. By default the
    // frequency rolls up to the worst unit, 1, not met — the sum 3 would have passed B's shortfall off as met.
    [Fact]
    public void Frequency_RollsUpToTheWorstUnitByDefault()
    {
        var courses = new Indicator("courses", "培训班期数", "courses per year", Unit.TimesPerYear);
        var target = new ValueTarget("courses-2018", courses, Condition.AtLeast(2m), Fixtures.Year(2018), Fixtures.City, Fixtures.Source());
        var tree = new LawGov.Indicators.Aggregation.OrganisationTree([new("c", "C"), new("a", "A", "c"), new("b", "B", "c")]);

        var result = LawGov.Indicators.Aggregation.Rollup.Evaluate(tree, target, new Dictionary<string, decimal> { ["a"] = 2m, ["b"] = 1m });

        Assert.Equal(1m, result["c"].Value);
        Assert.Equal(LawGov.Indicators.Evaluation.TargetStatus.NotMet, result["c"].Result.Status);
    }

    // One rule for Indicator.Standard, in code as in the catalog reader: an AQI standard that assesses hourly data
    // (HJ 633-2012 or -2026; EPA's needs ppb input, README "EPA and air"), on an air: code, kept in canonical form.
    [Theory]
    [InlineData("air:good-days", "hj633-1999", "unknown standard 'hj633-1999'; expected hj633-2012 or hj633-2026")]
    [InlineData("air:good-days", "epa-2024", "unknown standard 'epa-2024'; expected hj633-2012 or hj633-2026")]
    [InlineData("air:good-days", " ", "unknown standard ' '")]
    [InlineData("stat:good-days", "hj633-2012", "a standard applies to an indicator with an air: code")]
    [InlineData(null, "hj633-2012", "a standard applies to an indicator with an air: code")]
    public void Constructor_StandardTheReaderRefuses_Throws(string? code, string standard, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Indicator("x", "优良天数", "good days", Unit.Days, code: code, standard: standard));

        Assert.Equal("standard", ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    // " HJ633-2026 " is the standard hj633-2026 (AirQualityStandard.TryParse ignores case and surrounding spaces): the
    // indicator stores the canonical code, so it equals one read from a catalog.
    [Fact]
    public void Constructor_Standard_IsStoredInCanonicalForm()
    {
        var indicator = new Indicator("x", "优良天数", "good days", Unit.Days, code: "air:good-days", standard: " HJ633-2026 ");

        Assert.Equal("hj633-2026", indicator.Standard);
        Assert.Equal(new Indicator("x", "优良天数", "good days", Unit.Days, code: "air:good-days", standard: "hj633-2026"), indicator);
    }
}
