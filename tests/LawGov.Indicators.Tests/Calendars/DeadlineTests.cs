using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class DeadlineTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // A month-end due date stays at the month end: February 2024 has 29 days, February 2025 28.
    [Fact]
    public void InYear_MonthEnd_StaysAtMonthEnd()
    {
        Deadline annual = new Deadline(D(2023, 2, 28)).Annually();

        Assert.Equal(D(2024, 2, 29), annual.InYear(2024).DueDate);
        Assert.Equal(D(2025, 2, 28), annual.InYear(2025).DueDate);
        Assert.False(annual.InYear(2025).IsAnnual);
    }

    [Fact]
    public void InYear_NotAnnual_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new Deadline(D(2023, 3, 31)).InYear(2024));

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(
            new Deadline(new DateInterval(D(2020, 7, 1), D(2020, 12, 31))),
            new Deadline(new DateInterval(D(2020, 7, 1), D(2020, 12, 31))),
            new Deadline(D(2020, 12, 31)));

    [Fact]
    public void Equality_AnnualDiffersFromOneOff() =>
        Assert.NotEqual(new Deadline(D(2020, 3, 31)), new Deadline(D(2020, 3, 31)).Annually());

    [Fact]
    public void ToString_ShowsDueDateOrWindow()
    {
        Assert.Equal("by 2017-12-31", new Deadline(D(2017, 12, 31)).ToString());
        Assert.Equal("every year 2021-01-01..2021-03-31", new Deadline(new DateInterval(D(2021, 1, 1), D(2021, 3, 31))).Annually().ToString());
    }

    // time-limits.md §2: a 2019 annual report due 2020-04-01 and published 2020-06-01 is 61 days late (30 in April + 31 in May).
    [Fact]
    public void Judge_AnnualReportPublishedJuneFirst_Is61DaysLate()
    {
        DeadlineJudgment judgment = new Deadline(D(2020, 4, 1)).Judge(D(2020, 6, 1), asOf: null);

        Assert.Equal(DeadlineStatus.Late, judgment.Status);
        Assert.Equal(61, judgment.Days);
    }
}
