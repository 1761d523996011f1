using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Calendars;

public class TimelinessTallyTests
{
    // Due day 100, as of day 110: completion 99 early → timely; 101 → overdue by 1; open → overdue by 10;
    // due 120 open → pending (as of is before the due day).
    [Fact]
    public void Add_ClassifiesAndCountsPerGroup()
    {
        var tally = new TimelinessTally(asOfDay: 110);

        Assert.Equal(TimelinessOutcome.Timely, tally.Add(0, 80, 100, 99, out int early));
        Assert.Equal(TimelinessOutcome.Overdue, tally.Add(0, 80, 100, 101, out int late));
        Assert.Equal(TimelinessOutcome.Overdue, tally.Add(5, 80, 100, DayNumbers.None, out int open));
        Assert.Equal(TimelinessOutcome.Pending, tally.Add(5, 100, 120, DayNumbers.None, out _));

        Assert.Equal((-1, 1, 10), (early, late, open));
        Assert.Equal(new TimelinessCounts(1, 1, 0), tally.CountsOf(0));
        Assert.Equal(new TimelinessCounts(0, 1, 1), tally.CountsOf(5));
        Assert.True(tally.GroupCapacity >= 6);
    }

    // Due day 100, as of day 90, completed on day 95 (after the as-of day). Literal: the completion is a fact, 5 days
    // early → timely. Snapshot: on day 90 it was open and not yet due → pending, 10 days left.
    [Theory]
    [InlineData(AsOfMode.Literal, TimelinessOutcome.Timely, -5)]
    [InlineData(AsOfMode.Snapshot, TimelinessOutcome.Pending, -10)]
    public void Add_CompletionAfterAsOf_FollowsMode(AsOfMode mode, TimelinessOutcome expected, int expectedDays)
    {
        var tally = new TimelinessTally(asOfDay: 90, mode: mode);

        Assert.Equal(expected, tally.Add(0, 80, 100, 95, out int days));
        Assert.Equal(expectedDays, days);
    }

    // Started on day 95, after the as-of day 90: in a snapshot the record did not exist on day 90, so it is not started
    // (in no count, counted apart); read literally it is pending (open, due day 100 not reached by day 90).
    [Theory]
    [InlineData(AsOfMode.Snapshot, 0L, 1L)]
    [InlineData(AsOfMode.Literal, 1L, 0L)]
    public void Add_StartedAfterAsOf_IsNotStartedOnlyInASnapshot(AsOfMode mode, long pending, long notStarted)
    {
        var tally = new TimelinessTally(asOfDay: 90, mode: mode);

        TimelinessOutcome outcome = tally.Add(0, 95, 100, DayNumbers.None, out _);

        Assert.Equal(mode == AsOfMode.Snapshot ? TimelinessTally.NotStarted : TimelinessOutcome.Pending, outcome);
        Assert.Equal(new TimelinessCounts(0, 0, pending), tally.CountsOf(0));
        Assert.Equal(notStarted, tally.NotStartedOf(0));
    }

    // The branch-free classification must equal the one rule, DeadlineJudgment.Classify mapped by TimelinessCounts, in
    // both modes — except that in a snapshot a record started after the as-of day is not started.
    [Fact]
    public void Add_AgreesWithDeadlineJudgmentClassify() =>
        Properties.Check(Prop.ForAll(
            (from due in Gen.Choose(-50, 50)
             from start in Gen.Choose(-60, 60)
             from end in Gen.Frequency((1, Gen.Constant(DayNumbers.None)), (4, Gen.Choose(-60, 60)))
             from asOf in Gen.Choose(-60, 60)
             from mode in Gen.Elements(AsOfMode.Literal, AsOfMode.Snapshot)
             select (due, start, end, asOf, mode)).ToArbitrary(),
            t =>
            {
                DeadlineStatus status = DeadlineJudgment.Classify(t.due, t.end, t.asOf, t.mode, out int expectedDays);
                TimelinessOutcome outcome = new TimelinessTally(t.asOf, mode: t.mode).Add(0, t.start, t.due, t.end, out int days);
                bool notStarted = t.mode == AsOfMode.Snapshot && t.start > t.asOf;
                return notStarted
                    ? outcome == TimelinessTally.NotStarted
                    : outcome == TimelinessCounts.OutcomeOf(status) && days == expectedDays;
            }),
        maxTest: 2000);
}
