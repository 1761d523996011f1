using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Evaluation;

public class EvaluatorDeadlineTests
{
    // Seed 002 (2): 2017年底前 the platforms are in operation = on or before 2017-12-31 (time-limits.md §3).
    private static DeadlineTarget EndOf2017() =>
        new("platform-2017", Fixtures.Milestone, Deadline.On(new LocalDate(2017, 12, 31)), Fixtures.Span(2016, 1, 1, 2020, 12, 31), Fixtures.City, Fixtures.Source("(2)"));

    private static ReportedFigure Done(int year, int month, int day, string id = "done") =>
        new(id, Fixtures.Milestone, Fixtures.City, Fixtures.Year(year), Fixtures.Source(), date: new LocalDate(year, month, day));

    [Fact]
    public void CompletedBeforeDue_IsMet_WithDaysEarly()
    {
        TargetResult result = Evaluator.Evaluate(EndOf2017(), [Done(2017, 11, 30)]);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(31m, result.Margin); // 2017-11-30 to 2017-12-31
    }

    // time-limits.md §2: the period ends at 24:00 of its last day, so done on 2017-12-31 is on time.
    [Fact]
    public void CompletedOnDueDate_IsMet() =>
        Assert.Equal(TargetStatus.Met, Evaluator.Evaluate(EndOf2017(), [Done(2017, 12, 31)]).Status);

    // 2018-01-05 is 5 days after 2017-12-31 (hand count).
    [Fact]
    public void CompletedAfterDue_IsNotMet_WithDaysLate()
    {
        TargetResult result = Evaluator.Evaluate(EndOf2017(), [Done(2018, 1, 5)]);

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(-5m, result.Margin);
        Assert.Contains("5 days late", result.ExplanationEn, StringComparison.Ordinal);
    }

    // indicators.md §3.1: not yet due as of 2017-06-01 (before 2017-12-31) is not applicable.
    [Fact]
    public void NothingReported_BeforeDue_IsNotApplicable() =>
        Assert.Equal(TargetStatus.NotApplicable, Evaluator.Evaluate(EndOf2017(), [], new EvaluationOptions(new LocalDate(2017, 6, 1))).Status);

    // README "Deadlines": past due as of 2018-06-01 with no reported completion is no data — silence is not failure.
    [Fact]
    public void NothingReported_AfterDue_IsNoData() =>
        Assert.Equal(TargetStatus.NoData, Evaluator.Evaluate(EndOf2017(), [], new EvaluationOptions(new LocalDate(2018, 6, 1))).Status);

    // Reported not done as of 2018-03-01: 60 days past 2017-12-31 (31 + 28 + 1, hand count).
    [Fact]
    public void ReportedNotDone_AfterDue_IsNotMet_Overdue()
    {
        var open = new ReportedFigure("open", Fixtures.Milestone, Fixtures.City, Fixtures.Year(2018), Fixtures.Source(), completed: false, asOf: new LocalDate(2018, 3, 1));

        TargetResult result = Evaluator.Evaluate(EndOf2017(), [open]);

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(-60m, result.Margin);
    }

    // Seed 002 (111): 每年第一季度 -> by 03-31 each year. 2017 on 03-20 (met), 2018 on 04-02 (2 days late), 2019 nothing.
    [Fact]
    public void Annual_JudgesEachYear_AndCombines()
    {
        var target = new DeadlineTarget("annual-report", Fixtures.Milestone, Deadline.EachYear(new AnnualDate(3, 31)),
            Fixtures.Span(2017, 1, 1, 2019, 12, 31), Fixtures.City, Fixtures.Source("(111)"));

        TargetResult result = Evaluator.Evaluate(target, [Done(2017, 3, 20, "a"), Done(2018, 4, 2, "b")], new EvaluationOptions(new LocalDate(2020, 1, 1)));

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal([TargetStatus.Met, TargetStatus.NotMet, TargetStatus.NoData], result.Components.Select(c => c.Status));
        Assert.Equal(-2m, result.Components[1].Margin);
    }

    // 2018-01-01 is one day after 2017-12-31 and 2017-12-30 one day before (hand count): "1 day", never "1 days".
    [Fact]
    public void OneDayEarlyLateOrOverdue_IsSingularInEnglish()
    {
        var open = new ReportedFigure("open", Fixtures.Milestone, Fixtures.City, Fixtures.Year(2018), Fixtures.Source(), completed: false, asOf: new LocalDate(2018, 1, 1));

        Assert.Contains("(1 day late)", Evaluator.Evaluate(EndOf2017(), [Done(2018, 1, 1)]).ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("(1 day early)", Evaluator.Evaluate(EndOf2017(), [Done(2017, 12, 30)]).ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("(1 day overdue)", Evaluator.Evaluate(EndOf2017(), [open]).ExplanationEn, StringComparison.Ordinal);
        Assert.Contains("(0 days early)", Evaluator.Evaluate(EndOf2017(), [Done(2017, 12, 31)]).ExplanationEn, StringComparison.Ordinal);
    }

    // A completion the report states only in words (implied) is judged by its date and noted.
    [Fact]
    public void ImpliedCompletion_IsJudged_AndNoted()
    {
        var done = new ReportedFigure("done", Fixtures.Milestone, Fixtures.City, Fixtures.Year(2017), Fixtures.Source(), date: new LocalDate(2017, 12, 1), qualifiers: Qualifiers.Implied);

        TargetResult result = Evaluator.Evaluate(EndOf2017(), [done]);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(FindingCode.ImpliedFigure, Assert.Single(result.Findings).Code);
    }
}
