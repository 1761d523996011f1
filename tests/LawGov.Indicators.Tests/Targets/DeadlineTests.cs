using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Targets;

public class DeadlineTests
{
    // time-limits.md §3: 每年第一季度 = by 03-31 each year; seed 002 measure (111) applies to each plan year.
    [Fact]
    public void DueDatesFor_Annual_OneDatePerYearOfThePeriod()
    {
        Deadline deadline = Deadline.EachYear(new AnnualDate(3, 31));

        IReadOnlyList<LocalDate> dates = deadline.DueDatesFor(Fixtures.Span(2017, 1, 1, 2019, 12, 31));

        Assert.Equal([new LocalDate(2017, 3, 31), new LocalDate(2018, 3, 31), new LocalDate(2019, 3, 31)], dates);
    }

    // NodaTime AnnualDate.InYear: 02-29 is 2019-02-28 in a common year and 2020-02-29 in the leap year.
    [Fact]
    public void DueDatesFor_AnnualLeapDay_FallsOnTwentyEighthInCommonYears() =>
        Assert.Equal(
            [new LocalDate(2019, 2, 28), new LocalDate(2020, 2, 29)],
            Deadline.EachYear(new AnnualDate(2, 29)).DueDatesFor(Fixtures.Span(2019, 1, 1, 2020, 12, 31)));

    // time-limits.md §3: X年下半年 is the window X-07-01..X-12-31 whose end is the deadline.
    [Fact]
    public void Within_DueIsWindowEnd()
    {
        Deadline deadline = Deadline.Within(Fixtures.Span(2020, 7, 1, 2020, 12, 31));

        Assert.Equal(new LocalDate(2020, 12, 31), deadline.Due);
        Assert.Equal("within 2020-07-01/2020-12-31", deadline.ToString());
    }

    // 2017-12-31 (seed 002 2017年底前) equals itself and not 2018-06-30 (2018年6月底前).
    [Fact]
    public void Equality_ComparesKindAndDates() =>
        Contracts.AssertEquality(Deadline.On(new LocalDate(2017, 12, 31)), Deadline.On(new LocalDate(2017, 12, 31)), Deadline.On(new LocalDate(2018, 6, 30)));

    // Plan wording (time-limits.md §3): a date followed by 前 (by), 每年 (every year) for an annual deadline.
    [Fact]
    public void ToStringZh_ReadsAsPlanWording()
    {
        Assert.Equal("2017-12-31前", Deadline.On(new LocalDate(2017, 12, 31)).ToStringZh());
        Assert.Equal("每年03-31前", Deadline.EachYear(new AnnualDate(3, 31)).ToStringZh());
    }
}
