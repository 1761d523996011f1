using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimeLimitScheduleTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // time-limits.md §1: 15 + 15 working days before 2019-05-15, 20 + 20 from 2019-05-15 (国务院令第711号 art. 33).
    [Fact]
    public void LimitOn_InformationDisclosure_SelectsByStartDate()
    {
        TimeLimitSchedule schedule = StatutoryTimeLimits.InformationDisclosureReply;

        Assert.Equal(TimeLimit.Parse("15wd+15wd"), schedule.LimitOn(D(2019, 5, 14)));
        Assert.Equal(TimeLimit.Parse("20wd+20wd"), schedule.LimitOn(D(2019, 5, 15)));
        Assert.Equal(TimeLimit.Parse("20wd+20wd"), schedule.LimitOn(D(2024, 1, 1)));
    }

    // Received Tue 2019-05-14 (15wd): 05-15..17 (3), 05-20..24 (8), 05-27..31 (13), 06-03 (14), 06-04 (15) → 2019-06-04.
    // Received Wed 2019-05-15 (20wd): 05-16,17 (2), 05-20..24 (7), 05-27..31 (12), 06-03..06 (16), 06-07 Dragon Boat off,
    // 06-10..13 (20) → 2019-06-13.
    [Fact]
    public void DueDate_InformationDisclosureAroundRevision_UsesRuleInForceAtReceipt()
    {
        TimeLimitSchedule schedule = StatutoryTimeLimits.InformationDisclosureReply;

        Assert.Equal(D(2019, 6, 4), schedule.DueDate(D(2019, 5, 14), China));
        Assert.Equal(D(2019, 6, 13), schedule.DueDate(D(2019, 5, 15), China));
    }

    [Fact]
    public void ChangedOn_NotAfterLastChange_Throws()
    {
        TimeLimitSchedule schedule = TimeLimitSchedule.Constant(TimeLimit.CalendarDays(30)).ChangedOn(D(2020, 1, 1), TimeLimit.CalendarDays(15));

        Assert.Throws<ArgumentException>(() => schedule.ChangedOn(D(2020, 1, 1), TimeLimit.CalendarDays(10)));
    }

    [Fact]
    public void ToString_ListsRulesWithDates() =>
        Assert.Equal("15wd+15wd; from 2019-05-15 20wd+20wd", StatutoryTimeLimits.InformationDisclosureReply.ToString());

    [Fact]
    public void Constant_AppliesToEveryDate()
    {
        TimeLimitSchedule schedule = TimeLimitSchedule.Constant(TimeLimit.CalendarDays(30));

        Assert.Equal(TimeLimit.CalendarDays(30), schedule.LimitOn(D(1990, 1, 1)));
        Assert.Equal(TimeLimit.CalendarDays(30), schedule.Initial);
    }
}
