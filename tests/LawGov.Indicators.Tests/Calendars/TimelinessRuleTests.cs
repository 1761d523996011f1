using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimelinessRuleTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // time-limits.md §2: 20 working days from 2020-09-30 → 2020-11-04.
    [Fact]
    public void Judge_RepliedOnDueDate_IsOnTime()
    {
        var rule = new TimelinessRule(TimeLimit.WorkingDays(20), China, D(2020, 12, 31));

        DeadlineJudgment judgment = rule.Judge(D(2020, 9, 30), D(2020, 11, 4));

        Assert.Equal(DeadlineStatus.OnTime, judgment.Status);
        Assert.Equal(D(2020, 11, 4), judgment.DueDate);
    }

    // Not replied; as of 2020-12-31 the due date 2020-11-04 is 57 days past (26 days left in November + 31).
    [Fact]
    public void Judge_OpenPastDue_IsOverdueByDaysSinceDue()
    {
        var rule = new TimelinessRule(TimeLimit.WorkingDays(20), China, D(2020, 12, 31));

        DeadlineJudgment judgment = rule.Judge(D(2020, 9, 30), null);

        Assert.Equal(DeadlineStatus.Overdue, judgment.Status);
        Assert.Equal(57, judgment.Days);
    }

    // Extended: 20wd+20wd from 2020-09-30 is due 2020-12-02 (see TimeLimitTests), so a reply on 11-20 is early.
    [Fact]
    public void Judge_Extended_UsesExtendedDueDate() =>
        Assert.Equal(DeadlineStatus.Early, new TimelinessRule(TimeLimit.Parse("20wd+20wd"), China, D(2021, 1, 1), extended: true).Judge(D(2020, 9, 30), D(2020, 11, 20)).Status);

    // The schedule selects by start date: received 2019-05-14 → 15wd → due 2019-06-04 (TimeLimitScheduleTests).
    [Fact]
    public void DueDate_Schedule_SelectsByStart() =>
        Assert.Equal(D(2019, 6, 4), new TimelinessRule(StatutoryTimeLimits.InformationDisclosureReply, China, D(2020, 1, 1)).DueDate(D(2019, 5, 14)));

    [Fact]
    public void Judge_CompletionBeforeStart_Throws() =>
        Assert.Throws<ArgumentException>(() => new TimelinessRule(TimeLimit.CalendarDays(30), China, D(2020, 12, 31)).Judge(D(2020, 9, 30), D(2020, 9, 29)));

    [Fact]
    public void DueDate_StartOutsideCoverage_ThrowsNamingYear() =>
        Assert.Equal(2030, Assert.Throws<CalendarCoverageException>(() => new TimelinessRule(TimeLimit.CalendarDays(30), China, D(2020, 12, 31)).DueDate(D(2030, 1, 1))).Year);

    // A zero-length working-day limit is due on its start day, even outside the coverage (no day is consulted).
    [Fact]
    public void DueDate_ZeroWorkingDaysOutsideCoverage_IsStart() =>
        Assert.Equal(D(2030, 1, 1), new TimelinessRule(TimeLimit.WorkingDays(0), China, D(2020, 12, 31)).DueDate(D(2030, 1, 1)));

    // The table must agree with TimeLimit.DueDate for every start it holds (2014-12-02 + 30 days is the first covered day).
    [Fact]
    public void DueDate_AgreesWithTimeLimitForEveryCoveredStart()
    {
        TimeLimit limit = TimeLimit.CalendarDays(30);
        var rule = new TimelinessRule(limit, China, D(2020, 12, 31));

        for (LocalDate start = D(2014, 12, 2); start <= D(2026, 11, 15); start = start.PlusDays(1))
        {
            Assert.Equal(limit.DueDate(start, China), rule.DueDate(start));
        }
    }

    // 20wd from 2020-09-30 is due 2020-11-04; a reply on 2020-11-05 reported after an as-of date of 2020-11-01.
    // Literal (default): judged by its date, late by 1. Snapshot: open on 11-01 and not yet due, 3 days left.
    [Theory]
    [InlineData(AsOfMode.Literal, DeadlineStatus.Late, 1)]
    [InlineData(AsOfMode.Snapshot, DeadlineStatus.NotYetDue, -3)]
    public void Judge_CompletionAfterAsOf_FollowsMode(AsOfMode mode, DeadlineStatus expected, int days)
    {
        var rule = new TimelinessRule(TimeLimit.WorkingDays(20), China, D(2020, 11, 1), mode: mode);

        DeadlineJudgment judgment = rule.Judge(D(2020, 9, 30), D(2020, 11, 5));

        Assert.Equal(expected, judgment.Status);
        Assert.Equal(days, judgment.Days);
        Assert.Equal(mode, rule.Mode);
    }

    [Fact]
    public void Constructor_UndefinedMode_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimelinessRule(TimeLimit.WorkingDays(20), China, D(2020, 11, 1), mode: (AsOfMode)9));

    // One working day (or 30 calendar days) after 9999-12-31 is in the year 10000: a coverage error, not a crash.
    [Theory]
    [InlineData("20wd")]
    [InlineData("30d")]
    public void DueDate_LastRepresentableStart_ThrowsCoverageNamingYear10000(string limit) =>
        Assert.Equal(10000, Assert.Throws<CalendarCoverageException>(() => new TimelinessRule(TimeLimit.Parse(limit), China, D(2020, 12, 31)).DueDate(D(9999, 12, 31))).Year);
}
