using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class DeadlineJudgmentTests
{
    private static readonly LocalDate Due = new(2017, 12, 31);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Judge_CompletedBeforeDue_IsEarlyWithNegativeDays()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, D(2017, 12, 26), D(2018, 3, 1));

        Assert.Equal(DeadlineStatus.Early, judgment.Status);
        Assert.Equal(-5, judgment.Days);
        Assert.True(judgment.IsMet);
    }

    [Fact]
    public void Judge_CompletedOnDue_IsOnTime()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, Due, null);

        Assert.Equal(DeadlineStatus.OnTime, judgment.Status);
        Assert.Equal(0, judgment.Days);
        Assert.True(judgment.IsMet);
    }

    // 2018-01-03 is 3 days after 2017-12-31.
    [Fact]
    public void Judge_CompletedAfterDue_IsLateWithPositiveDays()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, D(2018, 1, 3), null);

        Assert.Equal(DeadlineStatus.Late, judgment.Status);
        Assert.Equal(3, judgment.Days);
        Assert.False(judgment.IsMet);
    }

    // As of the due date itself the period runs until 24:00: not yet due.
    [Fact]
    public void Judge_NotCompletedAsOfDueDate_IsNotYetDue()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, null, Due);

        Assert.Equal(DeadlineStatus.NotYetDue, judgment.Status);
        Assert.Equal(0, judgment.Days);
    }

    [Fact]
    public void Judge_NotCompletedAsOfAfterDue_IsOverdue()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, null, D(2018, 1, 1));

        Assert.Equal(DeadlineStatus.Overdue, judgment.Status);
        Assert.Equal(1, judgment.Days);
    }

    [Fact]
    public void Judge_NoCompletionNoAsOf_IsUndetermined()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, null, null);

        Assert.Equal(DeadlineStatus.Undetermined, judgment.Status);
        Assert.Null(judgment.Days);
    }

    // Literal (the default): the completion on 2018-01-05 is a fact, 5 days after the due date, whatever the as-of date.
    [Fact]
    public void Judge_CompletedAfterAsOf_IsJudgedByItsDate()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, D(2018, 1, 5), D(2018, 1, 2));

        Assert.Equal(DeadlineStatus.Late, judgment.Status);
        Assert.Equal(5, judgment.Days);
    }

    // Literal: a completion on 2017-12-20 reported after an as-of date of 2017-12-01 is still early by 11 days.
    [Fact]
    public void Judge_CompletedEarlyAfterAsOf_IsEarly() =>
        Assert.Equal(DeadlineStatus.Early, DeadlineJudgment.Judge(Due, D(2017, 12, 20), D(2017, 12, 1), AsOfMode.Literal).Status);

    // Snapshot: the completion on 2018-01-05 had not happened on 2018-01-02, 2 days after the due date → overdue by 2.
    [Fact]
    public void Judge_SnapshotCompletedAfterAsOf_IsJudgedAsOpenOnAsOf()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, D(2018, 1, 5), D(2018, 1, 2), AsOfMode.Snapshot);

        Assert.Equal(DeadlineStatus.Overdue, judgment.Status);
        Assert.Equal(2, judgment.Days);
    }

    // Snapshot: as of 2017-12-01 a completion on 2017-12-20 had not happened; 30 days were left → not yet due.
    [Fact]
    public void Judge_SnapshotCompletedAfterAsOfBeforeDue_IsNotYetDue()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(Due, D(2017, 12, 20), D(2017, 12, 1), AsOfMode.Snapshot);

        Assert.Equal(DeadlineStatus.NotYetDue, judgment.Status);
        Assert.Equal(-30, judgment.Days);
    }

    // Snapshot: a completion on the as-of date itself had happened (the day ends at 24:00).
    [Fact]
    public void Judge_SnapshotCompletedOnAsOf_IsCompleted() =>
        Assert.Equal(DeadlineStatus.Late, DeadlineJudgment.Judge(Due, D(2018, 1, 2), D(2018, 1, 2), AsOfMode.Snapshot).Status);

    [Fact]
    public void Judge_UndefinedMode_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineJudgment.Judge(Due, null, Due, (AsOfMode)7));

    [Fact]
    public void ToString_DescribesOutcome()
    {
        Assert.Equal("Late by 3 days (due 2017-12-31)", DeadlineJudgment.Judge(Due, D(2018, 1, 3), null).ToString());
        Assert.Equal("Not yet due, 1 day left (due 2017-12-31)", DeadlineJudgment.Judge(Due, null, D(2017, 12, 30)).ToString());
    }

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(
            DeadlineJudgment.Judge(Due, D(2018, 1, 3), null),
            DeadlineJudgment.Judge(Due, D(2018, 1, 3), D(2018, 2, 1)),
            DeadlineJudgment.Judge(Due, D(2018, 1, 4), null));

    // time-limits.md §2: a 2019 annual report due 2020-04-01 and published 2020-06-01 is 61 days late (30 in April + 31 in May).
    [Fact]
    public void Judge_AnnualReportPublishedJuneFirst_Is61DaysLate()
    {
        DeadlineJudgment judgment = DeadlineJudgment.Judge(new LocalDate(2020, 4, 1), new LocalDate(2020, 6, 1), asOf: null);

        Assert.Equal(DeadlineStatus.Late, judgment.Status);
        Assert.Equal(61, judgment.Days);
    }
}
