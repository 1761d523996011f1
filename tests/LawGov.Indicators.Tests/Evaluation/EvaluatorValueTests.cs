using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Evaluation;

public class EvaluatorValueTests
{
    private static readonly Indicator Rate = Fixtures.RateIndicator();

    private static TargetResult Evaluate(ValueTarget target, params ReportedFigure[] figures) =>
        Evaluator.Evaluate(target, figures);

    // Seed 001: 1340/1341 = 99.9254 % is above 99.9 % (99.9 % of 1341 = 1339.66) and below 99.93 %.
    [Fact]
    public void Rate_1340Of1341_MeetsNinetyNinePointNine_NotNinetyNinePointNineThree()
    {
        Assert.Equal(TargetStatus.Met, Evaluate(Fixtures.Target(Rate, Condition.AtLeast(99.9m)), Fixtures.Counts(Rate, 1340, 1341)).Status);
        Assert.Equal(TargetStatus.NotMet, Evaluate(Fixtures.Target(Rate, Condition.AtLeast(99.93m)), Fixtures.Counts(Rate, 1340, 1341)).Status);
    }

    // indicators.md §3.2: is 99.95 % a pass for 100 %? Full value: no. Rounded half-even to 1 decimal: 100.0, yes.
    // Rounded to 2 decimals: 99.95, no. 1999/2000 = 99.95 % exactly.
    [Theory]
    [InlineData(ComparisonMethod.FullValue, 1, TargetStatus.NotMet)]
    [InlineData(ComparisonMethod.RoundedValue, 1, TargetStatus.Met)]
    [InlineData(ComparisonMethod.RoundedValue, 2, TargetStatus.NotMet)]
    public void NinetyNinePointNineFive_AgainstHundred_DependsOnDeclaredComparison(ComparisonMethod comparison, int decimals, TargetStatus expected)
    {
        ValueTarget target = Fixtures.Target(Rate, Condition.AtLeast(100m), new RoundingRule(decimals, RoundingMode.HalfEven, comparison));

        TargetResult result = Evaluate(target, Fixtures.Counts(Rate, 1999, 2000));

        Assert.Equal(expected, result.Status);
    }

    // air-quality.md §11 pitfall 3: 52.4 fails "≤ 52" by full value but passes once rounded to 52 (GB/T 8170).
    [Theory]
    [InlineData(ComparisonMethod.FullValue, TargetStatus.NotMet)]
    [InlineData(ComparisonMethod.RoundedValue, TargetStatus.Met)]
    public void Concentration_52Point4_AgainstAtMost52_DependsOnComparison(ComparisonMethod comparison, TargetStatus expected)
    {
        ValueTarget target = Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), new RoundingRule(0, RoundingMode.HalfEven, comparison));

        Assert.Equal(expected, Evaluate(target, Fixtures.Value(Fixtures.Pm25, 52.4m)).Status);
    }

    // indicators.md §3.1: 0/0 (a district that filed no documents) is not applicable, not 0 % and not 100 %.
    [Fact]
    public void ZeroOverZero_IsNotApplicable()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(100m)), Fixtures.Counts(Rate, 0, 0));

        Assert.Equal(TargetStatus.NotApplicable, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.ZeroDenominator);
    }

    // 3 of 0 has no value (README "Honest statuses": n/0 is invalid, unlike 0/0).
    [Fact]
    public void PositiveOverZero_IsInvalid() =>
        Assert.Equal(TargetStatus.Invalid, Evaluate(Fixtures.Target(Rate, Condition.AtLeast(100m)), Fixtures.Counts(Rate, 3, 0)).Status);

    // −1 of 10: a count cannot be negative (indicators.md §3.6 generic checks).
    [Fact]
    public void NegativeCount_IsInvalid()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), Fixtures.Counts(Rate, -1, 10));

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.NegativeCount);
    }

    // Seed 001 reports an activation rate of 218.36 %: impossible for a share.
    [Fact]
    public void StatedShareAbove100_IsInvalid()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(100m)), Fixtures.Value(Rate, 218.36m));

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.ShareAbove100 && f.Severity == Severity.Error);
    }

    // 11/10 = 110 % (hand calculation): impossible for a share (indicators.md §3.6 "rate > 100 %"), but on an indicator
    // that allows values above 100 % it is judged, and 110 ≥ 100.
    [Fact]
    public void CountsAbove100_OnShare_AreInvalid_ButJudgedWhenAbove100IsAllowed()
    {
        Indicator ratio = Fixtures.RateIndicator("ratio", allowsAbove100: true);

        Assert.Equal(TargetStatus.Invalid, Evaluate(Fixtures.Target(Rate, Condition.AtLeast(100m)), Fixtures.Counts(Rate, 11, 10)).Status);
        Assert.Equal(TargetStatus.Met, Evaluate(Fixtures.Target(ratio, Condition.AtLeast(100m)), Fixtures.Counts(ratio, 11, 10)).Status);
    }

    // 1340/1341 = 99.9254 %; a stated 99.92 % is more than 0.005 away (indicators.md §3.6 tolerance): flagged, judged on counts.
    [Fact]
    public void StatedPercentDisagreeingWithCounts_IsFlagged_AndJudgedOnCounts()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(99.9m)), Fixtures.Counts(Rate, 1340, 1341, stated: 99.92m));

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.StatedValueInconsistent);
    }

    // 1340/1341 = 99.9254 % is stated as 99.93 %, within 0.005 (indicators.md §3.6).
    [Fact]
    public void StatedPercentConsistentWithCounts_IsNotFlagged() =>
        Assert.DoesNotContain(
            Evaluate(Fixtures.Target(Rate, Condition.AtLeast(99.9m)), Fixtures.Counts(Rate, 1340, 1341, stated: 99.93m)).Findings,
            f => f.Code == FindingCode.StatedValueInconsistent);

    // indicators.md §3.1: a missing actual is no data (zero would be data).
    [Fact]
    public void NoFigure_IsNoData() =>
        Assert.Equal(TargetStatus.NoData, Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m))).Status);

    // indicators.md §3.1: as of 2020-06-30 the 2020 period is not over, so the target is not yet due.
    [Fact]
    public void NoFigure_PeriodNotOver_IsNotApplicable()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), [], new EvaluationOptions(new LocalDate(2020, 6, 30)));

        Assert.Equal(TargetStatus.NotApplicable, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.NotYetDue);
    }

    // indicators.md §3.9: re-evaluating 2017 data uses the 2017 target; a 2019 figure is not judged against a 2020 target.
    [Fact]
    public void FigureForAnotherPeriod_IsReportedNotUsed()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), Fixtures.Counts(Rate, 95, 100, period: Fixtures.Year(2019)));

        Assert.Equal(TargetStatus.NoData, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.PeriodMismatch);
    }

    // indicators.md §3.9: a target revised between plan versions is two targets on one indicator, each for its own year;
    // each is judged on that year's figure only. The same 85 of 100 (85 %) meets the 2017 version "≥ 80 %" by +5 pp and
    // misses the 2020 version "≥ 90 %" by −5 pp (hand calculation).
    [Fact]
    public void TwoVersionsOfOneIndicatorsTarget_EachGetTheirOwnYearsData()
    {
        ValueTarget version2017 = Fixtures.Target(Rate, Condition.AtLeast(80m), id: "t-2017", period: Fixtures.Year(2017));
        ValueTarget version2020 = Fixtures.Target(Rate, Condition.AtLeast(90m), id: "t-2020", period: Fixtures.Year(2020));
        var catalog = new Catalog("c", "C", [Fixtures.Plan], [Rate], [version2017, version2020],
            [Fixtures.Counts(Rate, 85, 100, id: "f-2017", period: Fixtures.Year(2017)), Fixtures.Counts(Rate, 85, 100, id: "f-2020", period: Fixtures.Year(2020))]);

        IReadOnlyList<TargetResult> results = Evaluator.Evaluate(catalog).Results;

        Assert.Equal(TargetStatus.Met, results[0].Status);
        Assert.Equal("f-2017", Assert.Single(results[0].Evidence).Id);
        Assert.Equal(5m, results[0].Margin);
        Assert.Equal(TargetStatus.NotMet, results[1].Status);
        Assert.Equal("f-2020", Assert.Single(results[1].Evidence).Id);
        Assert.Equal(-5m, results[1].Margin);
    }

    // Seed 001 reports 1–11月 figures for an annual year: a partial period cannot decide an annual target.
    [Fact]
    public void PartialPeriodFigure_IsIndeterminate()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), Fixtures.Counts(Rate, 95, 100, period: Fixtures.Span(2020, 1, 1, 2020, 11, 30)));

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.PartialPeriod);
        Assert.NotNull(result.Actual);
    }

    // 95/100 = 95 % meets ≥ 90 %, 85/100 = 85 % does not: the two statements decide differently (indicators.md §3.6).
    [Fact]
    public void TwoStatementsDisagreeingOnOutcome_AreIndeterminate()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), Fixtures.Counts(Rate, 95, 100, id: "a"), Fixtures.Counts(Rate, 85, 100, id: "b"));

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // 95 % and 93 % differ but both meet ≥ 90 %: the outcome stands, the disagreement is reported.
    [Fact]
    public void TwoStatementsAgreeingOnOutcome_KeepTheOutcome_AndAreFlagged()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), Fixtures.Counts(Rate, 95, 100, id: "a"), Fixtures.Counts(Rate, 93, 100, id: "b"));

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // Seed 001: "1500多人" means more than 1500 (time-limits.md §3: N多 = > N).
    [Theory]
    [InlineData(1000, TargetStatus.Met)]          // every value above 1500 is ≥ 1000
    [InlineData(2000, TargetStatus.Indeterminate)] // some values above 1500 are below 2000
    public void ValueStatedAsBound_IsJudgedOnTheWholeInterval(int atLeast, TargetStatus expected)
    {
        Indicator persons = Fixtures.CountIndicator("trained", Unit.Persons);

        TargetResult result = Evaluate(Fixtures.Target(persons, Condition.AtLeast(atLeast)), Fixtures.Value(persons, 1500m, statedAs: StatedAs.MoreThan));

        Assert.Equal(expected, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.BoundOnly);
    }

    // Every value above 1500 is above 1400, so "1500多人" fails "≤ 1400" whatever the exact number.
    [Fact]
    public void ValueStatedAsBound_WhollyOutside_IsNotMet()
    {
        Indicator persons = Fixtures.CountIndicator("trained", Unit.Persons);

        Assert.Equal(TargetStatus.NotMet, Evaluate(Fixtures.Target(persons, Condition.AtMost(1400m)), Fixtures.Value(persons, 1500m, statedAs: StatedAs.MoreThan)).Status);
    }

    // Wilson score interval, 95 %, for 45 of 50 sampled (hand calculation, z = 1.959964):
    // centre = (0.9 + z²/100) / (1 + z²/50) = 0.871460; half = z/(1 + z²/50) · √(0.9·0.1/50 + z²/10000) = 0.085064;
    // interval [78.64 %, 95.65 %].
    [Theory]
    [InlineData(75, TargetStatus.Met)]
    [InlineData(80, TargetStatus.Indeterminate)]
    [InlineData(96, TargetStatus.NotMet)]
    public void SampledRate_IsJudgedByItsWilsonInterval(int atLeast, TargetStatus expected)
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(atLeast)), Fixtures.Counts(Rate, 45, 50, sample: true));

        Assert.Equal(expected, result.Status);
        Assert.InRange(result.Actual!.Lower!.Value.Value, 78.63m, 78.64m);
        Assert.InRange(result.Actual.Upper!.Value.Value, 95.65m, 95.66m);
    }

    // Plan ≤ 52 µg/m³ with GB 3095-2012 Table 1 Grade II annual PM2.5 ≤ 35 as a statutory tier (indicators.md §3.8):
    // 49 meets the plan and is 14 above the statutory 35 (hand calculation).
    [Fact]
    public void Tiers_AreJudgedSideBySide()
    {
        var statutory = new Tier(TierLevel.Statutory, Condition.AtMost(35m), Severity.Warning, "GB 3095-2012 Table 1, Grade II");
        ValueTarget target = Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m), tiers: [statutory]);

        TargetResult result = Evaluate(target, Fixtures.Value(Fixtures.Pm25, 49m));

        Assert.Equal(TargetStatus.Met, result.Status);
        TierResult tier = Assert.Single(result.Tiers);
        Assert.Equal(TargetStatus.NotMet, tier.Status);
        Assert.Equal(-14m, tier.Margin);
    }

    // 0.049 mg/m³ = 49 µg/m³ (× 1000), 3 below the limit of 52 (hand calculation).
    [Fact]
    public void ValueInCompatibleUnit_IsConvertedExactly()
    {
        TargetResult result = Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)), Fixtures.Value(Fixtures.Pm25, 0.049m, unit: Unit.MilligramsPerCubicMetre));

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(49m, result.Actual!.Value);
        Assert.Equal(3m, result.Margin);
    }

    // time-limits.md §2: the start day is not counted, so a comment period 03-01..03-31 lasts 30 days.
    [Theory]
    [InlineData(31, TargetStatus.Met)]
    [InlineData(30, TargetStatus.NotMet)]
    public void Duration_FromSpan_StartDayNotCounted(int lastDay, TargetStatus expected)
    {
        var figure = new ReportedFigure("comment", Fixtures.CommentDays, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(),
            span: Fixtures.Span(2020, 3, 1, 2020, 3, lastDay));

        TargetResult result = Evaluate(Fixtures.Target(Fixtures.CommentDays, Condition.AtLeast(30m)), figure);

        Assert.Equal(expected, result.Status);
        Assert.Equal(lastDay - 1, result.Actual!.Value);
    }

    // 2021 示范指标 #24 (time-limits.md §1): normative-document comment periods are at least 7 working days. A period
    // 2020-09-28..2020-10-09 spans the National Day block 10-01..10-08 (china-holidays.json, 2020): only 09-29, 09-30
    // and 10-09 are working days after the start — 3, although 11 calendar days pass.
    [Fact]
    public void WorkingDayDuration_CountsOnTheHolidayCalendar()
    {
        var indicator = new Indicator("comment-wd", "征求意见期限", "comment period in working days", Unit.WorkingDays);
        var figure = new ReportedFigure("comment", indicator, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), span: Fixtures.Span(2020, 9, 28, 2020, 10, 9));

        TargetResult result = Evaluate(Fixtures.Target(indicator, Condition.AtLeast(7m)), figure);

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(3m, result.Actual!.Value);
    }

    // time-limits.md §2 worked check: 20 working days from 2020-09-30 end on 2020-11-04.
    [Fact]
    public void WorkingDayDuration_MatchesTheWorkedCheck()
    {
        var indicator = new Indicator("reply-wd", "答复用时", "reply time in working days", Unit.WorkingDays, Polarity.LowerIsBetter);
        var figure = new ReportedFigure("reply", indicator, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), span: Fixtures.Span(2020, 9, 30, 2020, 11, 4));

        TargetResult result = Evaluate(Fixtures.Target(indicator, Condition.AtMost(20m)), figure);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(20m, result.Actual!.Value);
    }

    // The embedded calendar covers 2015–2026 (china-holidays.json): working days in 2027 cannot be counted.
    [Fact]
    public void WorkingDayDuration_OutsideTheCalendar_IsIndeterminate()
    {
        var indicator = new Indicator("reply-wd", "答复用时", "reply time in working days", Unit.WorkingDays, Polarity.LowerIsBetter);
        var figure = new ReportedFigure("reply", indicator, Fixtures.City, Fixtures.Year(2027), Fixtures.Source(), span: Fixtures.Span(2027, 1, 4, 2027, 1, 20));

        TargetResult result = Evaluate(Fixtures.Target(indicator, Condition.AtMost(20m), period: Fixtures.Year(2027)), figure);

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.OutsideCalendar && f.MessageEn.Contains("2027", StringComparison.Ordinal));
    }

    // 220 good days of 366 against ≥ 62 %: 22000/366 = 60.109290 %, 1.890710 pp short (to 6 dp), 7 days short (227 needed).
    [Fact]
    public void Margins_InPercentagePointsAndCounts()
    {
        TargetResult result = Evaluate(Fixtures.Target(Rate, Condition.AtLeast(62m)), Fixtures.Counts(Rate, 220, 366));

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(-1.890710m, result.Margin);
        Assert.Equal(-7, result.CountMargin);
        Assert.Equal(60.11m, result.RoundedActual);
    }

    // time-limits.md §3: 力争/一般/原则上 keep the value and set a flag; 5/5 = 100 % is judged as usual.
    [Fact]
    public void SoftTarget_CarriesAFinding() =>
        Assert.Contains(
            Evaluate(Fixtures.Target(Rate, Condition.AtLeast(100m), qualifiers: Qualifiers.Soft), Fixtures.Counts(Rate, 5, 5)).Findings,
            f => f.Code == FindingCode.SoftTarget);

    // The same counts two ways: 227/366 = 62.02 % against ≥ 62 % (air-quality.md §9), and 0/0 not applicable.
    [Fact]
    public void DirectRateEvaluation_AgreesWithFigureEvaluation()
    {
        ValueTarget target = Fixtures.Target(Rate, Condition.AtLeast(62m));

        TargetResult direct = Evaluator.Evaluate(target, new Rate(227, 366));
        TargetResult viaFigure = Evaluate(target, Fixtures.Counts(Rate, 227, 366));

        Assert.Equal(viaFigure.Status, direct.Status);
        Assert.Equal(viaFigure.Margin, direct.Margin);
        Assert.Equal(viaFigure.CountMargin, direct.CountMargin);
        Assert.Equal(TargetStatus.NotApplicable, Evaluator.Evaluate(target, new Rate(0, 0)).Status);
    }

    // 53 > 52 µg/m³ fails "≤ 52"; 218.36 % (seed 001) is impossible for a share.
    [Fact]
    public void DirectDecimalEvaluation_JudgesAndFlagsImpossibleShares()
    {
        Assert.Equal(TargetStatus.NotMet, Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)), 53m).Status);
        Assert.Equal(TargetStatus.Invalid, Evaluator.Evaluate(Fixtures.Target(Rate, Condition.AtLeast(90m)), 218.36m).Status);
    }

    // Seed 001 (二)9 实现了公共法律服务平台全覆盖: the figure 100 is the catalog's reading (implied). Against ≥ 100 it is met,
    // as a stated 100 would be, and the result notes that its figure is implied.
    [Fact]
    public void ImpliedFigure_IsJudged_AndNoted()
    {
        Indicator coverage = Fixtures.RateIndicator("coverage");
        var figure = new ReportedFigure("platform", coverage, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), value: 100m, qualifiers: Qualifiers.Implied);

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(coverage, Condition.AtLeast(100m)), [figure]);

        Assert.Equal(TargetStatus.Met, result.Status);
        Finding note = Assert.Single(result.Findings);
        Assert.Equal((FindingCode.ImpliedFigure, Severity.Info, "platform", "target"), (note.Code, note.Severity, note.FigureId, note.TargetId));
        Assert.Null(result.Reason); // a note qualifies the result, it does not explain it
    }

    // A soft figure (基本, 一般) exactly on the bound: 95 against ≥ 95 stays met (the README's rule: qualifiers never change
    // a status), margin 0, with a SoftFigure note.
    [Fact]
    public void SoftFigureOnTheBound_StaysMet_WithANote()
    {
        Indicator share = Fixtures.RateIndicator("share");
        var figure = new ReportedFigure("basically", share, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), value: 95m, qualifiers: Qualifiers.Soft);

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(share, Condition.AtLeast(95m)), [figure]);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(0m, result.Margin);
        Assert.Equal(FindingCode.SoftFigure, Assert.Single(result.Findings).Code);
        Assert.StartsWith("Met: rate share is 95%, target ≥ 95%; margin 0 pp. [", result.ExplanationEn, StringComparison.Ordinal);
    }

    // The counts of a derived rate carry their qualifiers into the result: an implied denominator is noted.
    [Fact]
    public void DerivedRate_ImpliedCount_IsNoted()
    {
        Indicator done = Fixtures.CountIndicator("done");
        Indicator all = Fixtures.CountIndicator("all");
        Indicator rate = Fixtures.RateIndicator("done-rate", numerator: "done", denominator: "all");
        var implied = new ReportedFigure("all-figure", all, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), value: 10m, qualifiers: Qualifiers.Implied);

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(90m)), [Fixtures.Value(done, 9m, "done-figure"), implied]);

        Assert.Equal(TargetStatus.Met, result.Status); // 9/10 = 90 % ≥ 90 %
        Assert.Equal("all-figure", Assert.Single(result.Findings, f => f.Code == FindingCode.ImpliedFigure).FigureId);
    }

    private static readonly Indicator Courses = new("courses", "培训班期数", "training courses per year", Unit.TimesPerYear);

    private static ValueTarget TwoCoursesEachYear(int first, int last) =>
        new("courses-target", Courses, Condition.AtLeast(2m), Fixtures.Span(first, 1, 1, last, 12, 31), Fixtures.City, Fixtures.Source("(102)"), eachYear: true);

    // Seed 002 (102) 每年至少两期, 2017 to 2019: 2 courses in 2017 (met), 1 in 2018 (not met), nothing for 2019 (no data).
    // One component per year, judged from that year's figure only, like an annual deadline; not met as a whole.
    [Fact]
    public void EachYear_JudgesEveryYearAgainstItsOwnFigure()
    {
        ReportedFigure[] figures = [Fixtures.Value(Courses, 2m, "y2017", Fixtures.Year(2017)), Fixtures.Value(Courses, 1m, "y2018", Fixtures.Year(2018))];

        TargetResult result = Evaluator.Evaluate(TwoCoursesEachYear(2017, 2019), figures, new EvaluationOptions(new LocalDate(2020, 6, 1)));

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal([TargetStatus.Met, TargetStatus.NotMet, TargetStatus.NoData], result.Components.Select(c => c.Status));
        Assert.Equal([Fixtures.Year(2017), Fixtures.Year(2018), Fixtures.Year(2019)], result.Components.Select(c => c.Period));
        Assert.Equal(-1m, result.Components[1].Margin); // 1 − 2
        Assert.StartsWith("Not met: training courses per year, ≥ 2 times/year each year: 2017 met, 2018 not met, 2019 no data. [courses-target; 临沂市 2017-01-01/2019-12-31;",
            result.ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("[courses-target; 临沂市 2018;", result.Components[1].ExplanationEn, StringComparison.Ordinal);
        Assert.StartsWith("未达标：培训班期数，每年不低于2次/年：2017年达标，2018年未达标，2019年无数据。", result.ExplanationZh, StringComparison.Ordinal);
    }

    // A figure for 2017–2019 as a whole (6 courses) is no year's figure: it is not used for any year (each has no data)
    // and the result names it; a figure for part of a year (January–June 2018) makes that year indeterminate.
    [Fact]
    public void EachYear_FigureForSeveralYears_IsNotUsedForAnyYear()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Courses, 6m, "all-years", Fixtures.Span(2017, 1, 1, 2019, 12, 31)),
            Fixtures.Value(Courses, 3m, "h1-2018", Fixtures.Span(2018, 1, 1, 2018, 6, 30)),
        ];

        TargetResult result = Evaluator.Evaluate(TwoCoursesEachYear(2017, 2019), figures, new EvaluationOptions(new LocalDate(2020, 6, 1)));

        Assert.Equal([TargetStatus.NoData, TargetStatus.Indeterminate, TargetStatus.NoData], result.Components.Select(c => c.Status));
        Assert.Equal("all-years", Assert.Single(result.Findings, f => f.Code == FindingCode.PeriodMismatch).FigureId);
        Assert.DoesNotContain(result.Components, c => c.Evidence.Any(f => f.Id == "all-years"));
    }

    // The reason of a result judged each year: with no data in any year, the note that the several-years figure was not
    // used explains it; when a year is invalid (a share of 218.36 %, seed 001's impossible activation rate), that year's
    // own error explains the whole, not the info note about the figure for several years.
    [Fact]
    public void EachYear_Reason_IsTheNoteOnlyWhenThereIsNoData()
    {
        Indicator share = Fixtures.RateIndicator();
        var target = new ValueTarget("share-target", share, Condition.AtLeast(90m), Fixtures.Span(2017, 1, 1, 2019, 12, 31), Fixtures.City, Fixtures.Source(), eachYear: true);
        ReportedFigure allYears = Fixtures.Value(share, 95m, "all-years", Fixtures.Span(2017, 1, 1, 2019, 12, 31));
        var options = new EvaluationOptions(new LocalDate(2020, 6, 1));

        TargetResult noData = Evaluator.Evaluate(target, [allYears], options);
        TargetResult invalid = Evaluator.Evaluate(target, [allYears, Fixtures.Value(share, 218.36m, "y2018", Fixtures.Year(2018))], options);

        Assert.Equal(TargetStatus.NoData, noData.Status);
        Assert.Equal(FindingCode.PeriodMismatch, noData.Reason?.Code);
        Assert.Equal(TargetStatus.Invalid, invalid.Status);
        Assert.Null(invalid.Reason); // its own findings hold only the info note; the 2018 component gives the reason
        Assert.Equal(FindingCode.ShareAbove100, invalid.Components[1].Reason?.Code);
    }

    // Not yet due works per year as for an annual deadline: evaluated on 2020-06-01, the 2020 year has not ended.
    [Fact]
    public void EachYear_YearNotOverYet_IsNotApplicable()
    {
        TargetResult result = Evaluator.Evaluate(TwoCoursesEachYear(2019, 2020), [Fixtures.Value(Courses, 2m, "y2019", Fixtures.Year(2019))],
            new EvaluationOptions(new LocalDate(2020, 6, 1)));

        Assert.Equal([TargetStatus.Met, TargetStatus.NotApplicable], result.Components.Select(c => c.Status));
        Assert.Equal(TargetStatus.Met, result.Status); // not-applicable parts are left out (StatusRules.AllOf)
    }

    // Judging each year needs whole years: 2017-01-01/2019-06-30 has no third whole year.
    [Fact]
    public void EachYear_PeriodOfPartYears_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ValueTarget("t", Courses, Condition.AtLeast(2m), Fixtures.Span(2017, 1, 1, 2019, 6, 30), Fixtures.City, Fixtures.Source(), eachYear: true));

        Assert.Equal("eachYear", ex.ParamName);
    }
}
