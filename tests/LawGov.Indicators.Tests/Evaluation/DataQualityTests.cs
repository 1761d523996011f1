using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Evaluation;

public class DataQualityTests
{
    private static IReadOnlyList<Finding> Check(IEnumerable<Indicator> indicators, IEnumerable<ReportedFigure> figures, IEnumerable<SourceDocument>? documents = null) =>
        DataQuality.Check(new Catalog("c", "C", documents ?? [Fixtures.Plan], indicators, [], figures));

    // Seed 001: 执法人员账号开通率达到218.36%.
    [Fact]
    public void ShareAbove100_IsAnError()
    {
        Indicator rate = Fixtures.RateIndicator("activation");

        Finding finding = Assert.Single(Check([rate], [Fixtures.Value(rate, 218.36m, "f")]));

        Assert.Equal(FindingCode.ShareAbove100, finding.Code);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("f", finding.FigureId);
    }

    // Seed 001: 1340 of 1341 stated as 99.93 % is a correct rounding: nothing to report.
    [Fact]
    public void ConsistentStatedPercent_IsClean()
    {
        Indicator rate = Fixtures.RateIndicator("online");

        Assert.Empty(Check([rate], [Fixtures.Counts(rate, 1340, 1341, stated: 99.93m)]));
    }

    // Seed 001 states the 2020 exam participants twice: 1427 and 1251.
    [Fact]
    public void SameQuantityStatedTwiceDifferently_IsAConflict()
    {
        Indicator persons = Fixtures.CountIndicator("examinees", Unit.Persons);

        Finding finding = Assert.Single(Check([persons], [Fixtures.Value(persons, 1427m, "a"), Fixtures.Value(persons, 1251m, "b")]));

        Assert.Equal(FindingCode.ConflictingFigures, finding.Code);
        Assert.Contains("1427", finding.MessageEn, StringComparison.Ordinal);
        Assert.Contains("1251", finding.MessageEn, StringComparison.Ordinal);
    }

    // Seed 001: "1500多人" (more than 1500) and "1500人" cannot both describe the same training.
    [Fact]
    public void BoundAndExactValueThatExcludeEachOther_AreAConflict()
    {
        Indicator persons = Fixtures.CountIndicator("trained", Unit.Persons);

        var findings = Check([persons], [Fixtures.Value(persons, 1500m, "a", statedAs: StatedAs.MoreThan), Fixtures.Value(persons, 1500m, "b")]);

        Assert.Contains(findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // 1530 is more than 1500, so "1500多人" and "1530人" can both be right (indicators.md §3.6 "reported twice").
    [Fact]
    public void BoundAndExactValueThatAgree_AreNotAConflict()
    {
        Indicator persons = Fixtures.CountIndicator("trained", Unit.Persons);

        var findings = Check([persons], [Fixtures.Value(persons, 1500m, "a", statedAs: StatedAs.MoreThan), Fixtures.Value(persons, 1530m, "b")]);

        Assert.DoesNotContain(findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // time-limits.md §2 worked check: a 2019 report published 2020-06-01 is 61 days after the 1 April deadline (seed 004).
    [Fact]
    public void ReportPublishedAfterItsDeadline_IsFlaggedWithDaysLate()
    {
        var report = new SourceDocument("report", "2019年度法治政府建设情况的报告", DocumentKind.Report, issued: new LocalDate(2020, 6, 1),
            effective: Fixtures.Year(2019), publicationDeadline: new LocalDate(2020, 4, 1));

        Finding finding = Assert.Single(Check([], [], [report]));

        Assert.Equal(FindingCode.PublishedAfterDeadline, finding.Code);
        Assert.Contains("61 days", finding.MessageEn, StringComparison.Ordinal);
    }

    // Published 2020-04-02 for a 2020-04-01 deadline: one day late (hand count), in the singular.
    [Fact]
    public void ReportPublishedOneDayLate_SaysOneDay()
    {
        var report = new SourceDocument("report", "2019年度法治政府建设情况的报告", DocumentKind.Report, issued: new LocalDate(2020, 4, 2),
            effective: Fixtures.Year(2019), publicationDeadline: new LocalDate(2020, 4, 1));

        Assert.Contains(", 1 day after its deadline", Assert.Single(Check([], [], [report])).MessageEn, StringComparison.Ordinal);
    }

    // Seed 001 is dated 2020-12-24 but reports on the whole of 2020.
    [Fact]
    public void ReportDatedBeforeItsPeriodEnds_IsFlagged()
    {
        var report = new SourceDocument("report", "高州市2020年法治政府建设年度报告", DocumentKind.Report, issued: new LocalDate(2020, 12, 24), effective: Fixtures.Year(2020));

        Assert.Equal(FindingCode.DatedBeforePeriodEnd, Assert.Single(Check([], [], [report])).Code);
    }

    // Seed 001: 5467 (前三季度) of 7454 (1–11月).
    [Fact]
    public void DerivedRateWithCountsFromDifferentPeriods_IsFlagged()
    {
        Indicator included = Fixtures.CountIndicator("included", Unit.Cases);
        Indicator mediated = Fixtures.CountIndicator("mediated", Unit.Cases);
        Indicator share = Fixtures.RateIndicator("share", numerator: "included", denominator: "mediated");

        var findings = Check([included, mediated, share],
        [
            Fixtures.Value(included, 5467m, "q1-q3", Fixtures.Span(2020, 1, 1, 2020, 9, 30)),
            Fixtures.Value(mediated, 7454m, "jan-nov", Fixtures.Span(2020, 1, 1, 2020, 11, 30)),
        ]);

        Assert.Equal(FindingCode.CountPeriodsDiffer, Assert.Single(findings).Code);
    }

    // 12.5 persons is not a whole number of persons.
    [Fact]
    public void FractionalCount_IsFlagged()
    {
        Indicator persons = Fixtures.CountIndicator("persons", Unit.Persons);

        Assert.Equal(FindingCode.FractionalCount, Assert.Single(Check([persons], [Fixtures.Value(persons, 12.5m)])).Code);
    }

    private static IReadOnlyList<Finding> CheckTargets(params ValueTarget[] targets) =>
        DataQuality.Check(new Catalog("c", "C", [Fixtures.Plan], targets.Select(t => t.Indicator).DistinctBy(i => i.Id), targets));

    // A higher-is-better rate (the default polarity) with only an upper bound: probably a missing polarity or a wrong
    // condition. The finding is a warning naming the target, and the check still reads every target.
    [Fact]
    public void HigherIsBetterIndicator_WithOnlyAnUpperBound_IsAPolarityConflict()
    {
        Finding finding = Assert.Single(CheckTargets(Fixtures.Target(Fixtures.RateIndicator(), Condition.AtMost(52m), id: "t")));

        Assert.Equal(FindingCode.PolarityConflict, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("t", finding.TargetId);
        Assert.Equal("Target 't' requires ≤ 52%, while indicator 'rate' is higher-is-better (also the default when no polarity is declared), "
            + "but the condition has only an upper bound: check the condition or declare the indicator's polarity.", finding.MessageEn);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, "atMost", true)]
    [InlineData(Polarity.HigherIsBetter, "lessThan", true)]
    [InlineData(Polarity.HigherIsBetter, "atLeast", false)]
    [InlineData(Polarity.HigherIsBetter, "exactly", false)] // "均达到100%": two-sided, fits every polarity
    [InlineData(Polarity.LowerIsBetter, "atLeast", true)]
    [InlineData(Polarity.LowerIsBetter, "moreThan", true)]
    [InlineData(Polarity.LowerIsBetter, "atMost", false)]
    [InlineData(Polarity.LowerIsBetter, "between", false)]
    [InlineData(Polarity.CloserIsBetter, "atLeast", true)]
    [InlineData(Polarity.CloserIsBetter, "atMost", true)]
    [InlineData(Polarity.CloserIsBetter, "between", false)]
    [InlineData(Polarity.CloserIsBetter, "exactly", false)]
    public void PolarityConflict_WhenTheConditionPointsTheOtherWay(Polarity polarity, string condition, bool conflict)
    {
        var indicator = new Indicator("pm25", "PM2.5年均浓度", "annual mean PM2.5", Unit.MicrogramsPerCubicMetre, polarity);
        Condition c = condition switch
        {
            "atMost" => Condition.AtMost(35m),
            "lessThan" => Condition.LessThan(35m),
            "atLeast" => Condition.AtLeast(35m),
            "moreThan" => Condition.MoreThan(35m),
            "exactly" => Condition.Exactly(35m),
            _ => Condition.Between(15m, 35m),
        };

        var findings = CheckTargets(Fixtures.Target(indicator, c));

        Assert.Equal(conflict, findings.Any(f => f.Code == FindingCode.PolarityConflict));
    }

    // Tiers are conditions on the same indicator: a statutory tier "≥ 35" on a lower-is-better concentration is flagged too.
    [Fact]
    public void TierPointingTheOtherWay_IsAPolarityConflict_NamingTheTier()
    {
        ValueTarget target = Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), tiers: [new Tier(TierLevel.Statutory, Condition.AtLeast(35m))], id: "t");

        Finding finding = Assert.Single(CheckTargets(target));

        Assert.Equal(FindingCode.PolarityConflict, finding.Code);
        Assert.StartsWith("The statutory tier of target 't' requires ≥ 35 µg/m³", finding.MessageEn, StringComparison.Ordinal);
    }

    // A component of a compound target is checked like any other target.
    [Fact]
    public void ComponentOfACompound_IsCheckedForPolarity()
    {
        Indicator rate = Fixtures.RateIndicator();
        var compound = new CompoundTarget("all", [Fixtures.Target(rate, Condition.AtMost(5m), id: "a")], Fixtures.Year(2020), Fixtures.City, Fixtures.Source());

        Finding finding = Assert.Single(DataQuality.Check(new Catalog("c", "C", [Fixtures.Plan], [rate], [compound])));

        Assert.Equal("a", finding.TargetId);
    }

    // The Chinese message names the tier in Chinese (力争目标 for a stretch tier), not by its English enum name.
    [Fact]
    public void TierPointingTheOtherWay_ChineseMessage_NamesTheTierInChinese()
    {
        ValueTarget target = Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), tiers: [new Tier(TierLevel.Stretch, Condition.AtLeast(35m))], id: "t");

        Finding finding = Assert.Single(CheckTargets(target));

        Assert.StartsWith("目标t的力争目标层级要求", finding.MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain("stretch", finding.MessageZh, StringComparison.OrdinalIgnoreCase);
    }
}
