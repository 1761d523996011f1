using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimelinessCountsTests
{
    private static readonly Gen<TimelinessCounts> CountsGen =
        from t in Generators.Count
        from o in Generators.Count
        from p in Generators.Count
        select new TimelinessCounts(t, o, p);

    // The rate excludes pending records: 197 timely of 197 + 3 judged.
    [Fact]
    public void TimelyRate_ExcludesPending()
    {
        var counts = new TimelinessCounts(197, 3, 5);

        Assert.Equal(new Rate(197, 200), counts.TimelyRate);
        Assert.Equal(200, counts.Judged);
        Assert.Equal(205, counts.Total);
    }

    [Fact]
    public void TimelyRate_NothingJudged_IsUndefined() => Assert.False(new TimelinessCounts(0, 0, 4).TimelyRate.IsDefined);

    [Fact]
    public void Add_EachOutcome_IncrementsItsCount()
    {
        TimelinessCounts counts = default(TimelinessCounts).Add(TimelinessOutcome.Timely).Add(TimelinessOutcome.Overdue).Add(TimelinessOutcome.Overdue).Add(TimelinessOutcome.Pending);

        Assert.Equal(new TimelinessCounts(1, 2, 1), counts);
    }

    [Fact]
    public void Add_Judgments_MapsStatuses()
    {
        var due = new LocalDate(2020, 1, 10);
        TimelinessCounts counts = default(TimelinessCounts)
            .Add(DeadlineJudgment.Judge(due, due.PlusDays(-1), null))
            .Add(DeadlineJudgment.Judge(due, due, null))
            .Add(DeadlineJudgment.Judge(due, due.PlusDays(1), null))
            .Add(DeadlineJudgment.Judge(due, null, due.PlusDays(1)))
            .Add(DeadlineJudgment.Judge(due, null, due));

        Assert.Equal(new TimelinessCounts(2, 2, 1), counts);
    }

    [Fact]
    public void Add_UndeterminedJudgment_Throws() =>
        Assert.Throws<ArgumentException>(() => default(TimelinessCounts).Add(DeadlineJudgment.Judge(new LocalDate(2020, 1, 1), null, null)));

    [Fact]
    public void Constructor_NegativeCount_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimelinessCounts(0, -1, 0));

    // Each count fits, the total (long.MaxValue + 1) does not: it would wrap to a negative Total.
    [Fact]
    public void Constructor_TotalAboveLongMaxValue_Throws() =>
        Assert.Throws<ArgumentException>(() => new TimelinessCounts(long.MaxValue, 1, 0));

    // The largest total allowed is long.MaxValue itself, and Judged and Total are then exact.
    [Fact]
    public void Total_AtLongMaxValue_IsExact()
    {
        var counts = new TimelinessCounts(long.MaxValue - 3, 1, 2);

        Assert.Equal(long.MaxValue, counts.Total);
        Assert.Equal(long.MaxValue - 2, counts.Judged);
    }

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(new TimelinessCounts(1, 2, 3), new TimelinessCounts(1, 2, 3), new TimelinessCounts(1, 3, 2));

    [Fact]
    public void Merge_IsAssociative() =>
        Properties.Check(Prop.ForAll(
            (from a in CountsGen from b in CountsGen from c in CountsGen select (Item1: a, Item2: b, Item3: c)).ToArbitrary(),
            t => (t.Item1 + t.Item2) + t.Item3 == t.Item1 + (t.Item2 + t.Item3)));

    [Fact]
    public void Merge_IsCommutative() =>
        Properties.Check(Prop.ForAll((from a in CountsGen from b in CountsGen select (Item1: a, Item2: b)).ToArbitrary(), t => t.Item1.Merge(t.Item2) == t.Item2.Merge(t.Item1)));

    [Fact]
    public void Merge_DefaultIsIdentity() =>
        Properties.Check(Prop.ForAll(CountsGen.ToArbitrary(), c => c + default(TimelinessCounts) == c));

    [Fact]
    public void Merge_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new TimelinessCounts(long.MaxValue, 0, 0) + new TimelinessCounts(1, 0, 0));

    // No single count overflows (2^62 + 2^62 − 1 fits), but the merged total 2^63 does.
    [Fact]
    public void Merge_TotalOverflowInDifferentCounts_Throws() =>
        Assert.Throws<OverflowException>(() => new TimelinessCounts(1L << 62, 0, 0).Merge(new TimelinessCounts(0, (1L << 62) - 1, 1)));

    [Fact]
    public void Add_TotalAtLongMaxValue_Throws() =>
        Assert.Throws<OverflowException>(() => new TimelinessCounts(long.MaxValue - 1, 0, 1).Add(TimelinessOutcome.Overdue));

    [Fact]
    public void ToString_ListsCounts() => Assert.Equal("timely 197, overdue 3, pending 5", new TimelinessCounts(197, 3, 5).ToString());

    [Fact]
    public void Merge_PartsMergeToWhole() =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            Gen.Elements(TimelinessOutcome.Timely, TimelinessOutcome.Overdue, TimelinessOutcome.Pending),
            part => part.Aggregate(default(TimelinessCounts), (counts, outcome) => counts.Add(outcome)),
            (a, b) => a.Merge(b),
            (a, b) => a == b));
}
