using LawGov.Indicators.Calendars;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class DeadlineWordingTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static Deadline Parse(string text, int planYear = 2020)
    {
        Assert.True(DeadlineWording.TryParse(text, planYear, out Deadline? deadline), "not recognised: " + text);
        return deadline;
    }

    // time-limits.md §3: X年底前 → X-12-31.
    [Theory]
    [InlineData("2017年底前")]
    [InlineData("2017年年底前")]
    [InlineData("2017年底")]
    [InlineData("2017年末")]
    [InlineData("２０１７年底前")]
    [InlineData(" 2017 年底 以前 ")]
    public void TryParse_YearEnd_IsDecember31(string text) =>
        Assert.Equal(Deadline.On(D(2017, 12, 31)), Parse(text));

    // time-limits.md §3: 年底前 / 年内 without a year mean the plan year.
    [Theory]
    [InlineData("年底前")]
    [InlineData("今年年底前")]
    [InlineData("本年底前")]
    public void TryParse_YearEndWithoutYear_IsPlanYear(string text) =>
        Assert.Equal(Deadline.On(D(2021, 12, 31)), Parse(text, 2021));

    [Theory]
    [InlineData("年内", 2021)]
    [InlineData("本年度内", 2021)]
    [InlineData("2019年内", 2019)]
    public void TryParse_WithinYear_IsWholeYearWindow(string text, int year)
    {
        Deadline deadline = Parse(text, 2021);

        Assert.Equal(new DateInterval(D(year, 1, 1), D(year, 12, 31)), deadline.Window);
        Assert.Equal(D(year, 12, 31), deadline.Due);
    }

    // time-limits.md §3: X年6月底前 → X-06-30.
    [Theory]
    [InlineData("2018年6月底前", 2018, 6, 30)]
    [InlineData("2018年06月底前", 2018, 6, 30)]
    [InlineData("2018年六月底前", 2018, 6, 30)]
    [InlineData("2024年2月底前", 2024, 2, 29)]
    [InlineData("2023年2月末", 2023, 2, 28)]
    [InlineData("2020年十一月底前", 2020, 11, 30)]
    [InlineData("9月底前", 2021, 9, 30)]
    public void TryParse_MonthEnd_IsLastDayOfMonth(string text, int year, int month, int day) =>
        Assert.Equal(Deadline.On(D(year, month, day)), Parse(text, 2021));

    [Fact]
    public void TryParse_DayOfMonth_IsThatDayInclusive() =>
        Assert.Equal(Deadline.On(D(2020, 9, 30)), Parse("2020年9月30日前"));

    // time-limits.md §3: (每年)第一季度 → by 03-31, recurring with 每年. An annual deadline keeps its due day only.
    [Fact]
    public void TryParse_EveryYearFirstQuarter_IsAnnualByMarch31()
    {
        Deadline deadline = Parse("每年第一季度", 2021);

        Assert.Equal(DeadlineKind.Annual, deadline.Kind);
        Assert.Equal(new AnnualDate(3, 31), deadline.AnnualDue);
        Assert.Equal(D(2024, 3, 31), deadline.DueIn(2024));
    }

    // A month end stays a month end each year: February 2024 has 29 days, February 2025 has 28.
    [Fact]
    public void TryParse_EveryYearFebruaryEnd_FollowsLeapYears()
    {
        Deadline deadline = Parse("每年2月底前", 2023);

        Assert.Equal(D(2024, 2, 29), deadline.DueIn(2024));
        Assert.Equal(D(2025, 2, 28), deadline.DueIn(2025));
    }

    [Theory]
    [InlineData("2020年第三季度", 7, 9, 30)]
    [InlineData("第四季度末前", 10, 12, 31)]
    [InlineData("第2季度", 4, 6, 30)]
    public void TryParse_Quarter_IsQuarterWindow(string text, int firstMonth, int lastMonth, int lastDay) =>
        Assert.Equal(Deadline.Within(new DateInterval(D(2020, firstMonth, 1), D(2020, lastMonth, lastDay))), Parse(text));

    // time-limits.md §3: X年上半年 / 下半年 → X-01-01..X-06-30 / X-07-01..X-12-31, due at the window end.
    [Fact]
    public void TryParse_HalfYears_AreWindows()
    {
        Assert.Equal(Deadline.Within(new DateInterval(D(2020, 7, 1), D(2020, 12, 31))), Parse("2020年下半年"));
        Assert.Equal(Deadline.Within(new DateInterval(D(2022, 1, 1), D(2022, 6, 30))), Parse("上半年", 2022));
        Assert.Equal(D(2022, 6, 30), Parse("上半年", 2022).Due);
    }

    [Fact]
    public void TryParse_EveryYearMonthDay_IsAnnual()
    {
        Deadline deadline = Parse("每年3月31日前", 2021);

        Assert.Equal(DeadlineKind.Annual, deadline.Kind);
        Assert.Equal(D(2021, 3, 31), deadline.DueIn(2021));
        Assert.Null(deadline.Window);
    }

    [Theory]
    [InlineData("")]
    [InlineData("底前")]
    [InlineData("2017年")]
    [InlineData("2017年13月底前")]
    [InlineData("2017年2月30日前")]
    [InlineData("第五季度")]
    [InlineData("尽快")]
    [InlineData("2017年底前完成清理")]
    [InlineData("年内前")]
    [InlineData("2017年6月前")]
    public void TryParse_NotDeadlineWording_ReturnsFalse(string text) =>
        Assert.False(DeadlineWording.TryParse(text, 2020, out _));

    [Fact]
    public void TryParse_NullOrBadPlanYear_ReturnsFalse()
    {
        Assert.False(DeadlineWording.TryParse(null, 2020, out _));
        Assert.False(DeadlineWording.TryParse("年底前", 0, out _));
    }

    [Fact]
    public void Normalize_FoldsFullWidthAndRemovesSpaces() =>
        Assert.Equal("2017年(底)前", DeadlineWording.Normalize("２０１７年\u00A0（底）\u3000前\u2002"));
}
