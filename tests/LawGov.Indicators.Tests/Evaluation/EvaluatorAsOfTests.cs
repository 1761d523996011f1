using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Evaluation;

/// <summary>How the evaluation date treats deadline completions and minimum-duration spans (issue 5).</summary>
public class EvaluatorAsOfTests
{
    private static readonly ValueTarget CommentAtLeast30 = Fixtures.Target(Fixtures.CommentDays, Condition.AtLeast(30m));

    private static ReportedFigure Comment(int y1, int m1, int d1, int y2, int m2, int d2) =>
        new("comment", Fixtures.CommentDays, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), span: Fixtures.Span(y1, m1, d1, y2, m2, d2));

    // 2017年底前 = on or before 2017-12-31. A completion on 2017-12-20 reported for an evaluation as of 2017-12-01 is a
    // fact: met, 11 days early (the literal rule; the as-of date decides only targets with no completion).
    [Fact]
    public void Deadline_CompletedAfterAsOf_IsJudgedByItsDate()
    {
        var target = new DeadlineTarget("platform-2017", Fixtures.Milestone, Deadline.On(new LocalDate(2017, 12, 31)), Fixtures.Span(2016, 1, 1, 2020, 12, 31), Fixtures.City, Fixtures.Source("(2)"));
        var done = new ReportedFigure("done", Fixtures.Milestone, Fixtures.City, Fixtures.Year(2017), Fixtures.Source(), date: new LocalDate(2017, 12, 20));

        TargetResult result = Evaluator.Evaluate(target, [done], new EvaluationOptions(new LocalDate(2017, 12, 1)));

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(11m, result.Margin);
    }

    // The same for a late completion: 2018-01-05 is 5 days late even evaluated as of 2018-01-02.
    [Fact]
    public void Deadline_LateCompletionAfterAsOf_IsNotMet()
    {
        var target = new DeadlineTarget("platform-2017", Fixtures.Milestone, Deadline.On(new LocalDate(2017, 12, 31)), Fixtures.Span(2016, 1, 1, 2020, 12, 31), Fixtures.City, Fixtures.Source("(2)"));
        var done = new ReportedFigure("done", Fixtures.Milestone, Fixtures.City, Fixtures.Year(2018), Fixtures.Source(), date: new LocalDate(2018, 1, 5));

        TargetResult result = Evaluator.Evaluate(target, [done], new EvaluationOptions(new LocalDate(2018, 1, 2)));

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(-5m, result.Margin);
    }

    // 公开征求意见不少于30天: a comment period 2020-03-01..2020-04-05 evaluated as of 2020-03-20 has not ended, so its
    // length is not yet known: not applicable, like a deadline not yet due.
    [Fact]
    public void Duration_SpanNotEndedAsOf_IsNotApplicable()
    {
        TargetResult result = Evaluator.Evaluate(CommentAtLeast30, [Comment(2020, 3, 1, 2020, 4, 5)], new EvaluationOptions(new LocalDate(2020, 3, 20)));

        Assert.Equal(TargetStatus.NotApplicable, result.Status);
        Finding finding = Assert.Single(result.Findings, f => f.Code == FindingCode.NotYetDue);
        Assert.Contains("2020-03-01..2020-04-05 has not ended as of the evaluation date 2020-03-20", finding.MessageEn, StringComparison.Ordinal);
    }

    // A span that is too short but not yet over is not judged NotMet either: 03-01..03-20 (19 days) as of 03-10.
    [Fact]
    public void Duration_ShortSpanNotEndedAsOf_IsNotApplicable() =>
        Assert.Equal(TargetStatus.NotApplicable, Evaluator.Evaluate(CommentAtLeast30, [Comment(2020, 3, 1, 2020, 3, 20)], new EvaluationOptions(new LocalDate(2020, 3, 10))).Status);

    // A span that ends on the evaluation date has ended (the day is over at 24:00): 03-01..03-31 is 30 days → met.
    [Fact]
    public void Duration_SpanEndingOnAsOf_IsJudged()
    {
        TargetResult result = Evaluator.Evaluate(CommentAtLeast30, [Comment(2020, 3, 1, 2020, 3, 31)], new EvaluationOptions(new LocalDate(2020, 3, 31)));

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(30m, result.Actual!.Value);
    }

    // Without an evaluation date every span counts as over (EvaluationOptions.Default): 03-01..03-20 is 19 days → not met.
    [Fact]
    public void Duration_NoAsOf_JudgesSpan() =>
        Assert.Equal(TargetStatus.NotMet, Evaluator.Evaluate(CommentAtLeast30, [Comment(2020, 3, 1, 2020, 3, 20)]).Status);
}
