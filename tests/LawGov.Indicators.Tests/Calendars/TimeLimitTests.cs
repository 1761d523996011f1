using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimeLimitTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // time-limits.md §2 worked check: 20 working days from Wed 2020-09-30 → Wed 2020-11-04.
    [Fact]
    public void DueDate_TwentyWorkingDaysFrom20200930_Is20201104() =>
        Assert.Equal(D(2020, 11, 4), TimeLimit.WorkingDays(20).DueDate(D(2020, 9, 30), China));

    // time-limits.md §2 worked check: day 30 from 2020-09-08 is 10-08, inside the National Day block → Fri 2020-10-09.
    [Fact]
    public void DueDate_ThirtyDaysFrom20200908_MovesTo20201009() =>
        Assert.Equal(D(2020, 10, 9), TimeLimit.CalendarDays(30).DueDate(D(2020, 9, 8), China));

    // Day 30 from Thu 2020-09-10 is Saturday 10-10, an adjusted working day in the 2020 notice: it does not move.
    [Fact]
    public void DueDate_LastDayOnAdjustedSaturday_DoesNotMove() =>
        Assert.Equal(D(2020, 10, 10), TimeLimit.CalendarDays(30).DueDate(D(2020, 9, 10), China));

    // Decision (README, art. 203 reading): an ordinary weekend is a rest day too. Day 30 from 2020-08-13 is Saturday 09-12 → Mon 09-14.
    [Fact]
    public void DueDate_LastDayOnOrdinarySaturday_MovesToMonday() =>
        Assert.Equal(D(2020, 9, 14), TimeLimit.CalendarDays(30).DueDate(D(2020, 8, 13), China));

    // 民法典 art. 203: the day after the holiday ends. Day 30 from 2020-05-27 is Fri 06-26 in Dragon Boat 06-25..06-27;
    // the next day, Sunday 06-28, is a declared working day (2020 notice) → 2020-06-28.
    [Fact]
    public void DueDate_LastDayInDragonBoat2020_MovesToWorkingSunday() =>
        Assert.Equal(D(2020, 6, 28), TimeLimit.CalendarDays(30).DueDate(D(2020, 5, 27), China));

    // Day 30 from 2021-01-12 is 02-11, first day of Spring Festival 02-11..02-17 → Thu 2021-02-18.
    [Fact]
    public void DueDate_LastDayInSpringFestival2021_MovesAfterBlock() =>
        Assert.Equal(D(2021, 2, 18), TimeLimit.CalendarDays(30).DueDate(D(2021, 1, 12), China));

    // Day 30 from 2015-08-04 is 09-03, the one-off Victory holiday 09-03..09-05 → Sunday 09-06, a working day.
    [Fact]
    public void DueDate_LastDayOn2015VictoryHoliday_MovesToWorkingSunday() =>
        Assert.Equal(D(2015, 9, 6), TimeLimit.CalendarDays(30).DueDate(D(2015, 8, 4), China));

    // Day 30 from 2019-04-03 is 05-03, in the extended Labour Day block 05-01..05-04 → Sunday 05-05, a working day.
    [Fact]
    public void DueDate_LastDayIn2019LabourDayExtension_MovesToWorkingSunday() =>
        Assert.Equal(D(2019, 5, 5), TimeLimit.CalendarDays(30).DueDate(D(2019, 4, 3), China));

    // Day 30 from 2020-01-01 is 01-31, in the extended Spring Festival 01-24..02-02 → Mon 2020-02-03.
    [Fact]
    public void DueDate_LastDayIn2020SpringFestivalExtension_MovesToFebruaryThird() =>
        Assert.Equal(D(2020, 2, 3), TimeLimit.CalendarDays(30).DueDate(D(2020, 1, 1), China));

    // 20 working days from Mon 2019-09-30: 10-01..10-07 off, Saturday 10-12 works: 10-08..11 (4), 10-12 (5), 10-14..18 (10),
    // 10-21..25 (15), 10-28..11-01 (20) → 2019-11-01.
    [Fact]
    public void DueDate_WorkingDaysAcrossNationalDay2019_CountsAdjustedSaturday() =>
        Assert.Equal(D(2019, 11, 1), TimeLimit.WorkingDays(20).DueDate(D(2019, 9, 30), China));

    // 20wd+20wd from 2020-09-30: the 20th is 11-04; then 11-05,06 (2), 11-09..13 (7), 16..20 (12), 23..27 (17),
    // 11-30 (18), 12-01 (19), 12-02 (20) → 2020-12-02.
    [Fact]
    public void DueDate_WorkingDaysExtended_AddsExtension()
    {
        TimeLimit limit = TimeLimit.WorkingDays(20).WithExtension(20);

        Assert.Equal(D(2020, 11, 4), limit.DueDate(D(2020, 9, 30), China));
        Assert.Equal(D(2020, 12, 2), limit.DueDate(D(2020, 9, 30), China, extended: true));
    }

    // Convention: an extension runs from the (moved) original due date. 60 days from 2020-08-02 is 10-01 (holiday) → 10-09;
    // 30 more is Sunday 11-08 → Mon 11-09. (Counting 90 days from the start would give Sat 10-31 → Mon 11-02.)
    [Fact]
    public void DueDate_CalendarDaysExtended_CountsFromMovedOriginalDueDate() =>
        Assert.Equal(D(2020, 11, 9), TimeLimit.CalendarDays(60).WithExtension(30).DueDate(D(2020, 8, 2), China, extended: true));

    // Day 30 from 2026-12-15 is 2027-01-14: no notice covers 2027.
    [Fact]
    public void DueDate_PastCoverage_ThrowsNamingYear()
    {
        var ex = Assert.Throws<CalendarCoverageException>(() => TimeLimit.CalendarDays(30).DueDate(D(2026, 12, 15), China));

        Assert.Equal(2027, ex.Year);
    }

    // A calendar-day count only consults its last day: 30 days from 2014-12-20 is Mon 2015-01-19, a working day.
    [Fact]
    public void DueDate_CalendarDaysStartBeforeCoverage_IsComputed() =>
        Assert.Equal(D(2015, 1, 19), TimeLimit.CalendarDays(30).DueDate(D(2014, 12, 20), China));

    [Fact]
    public void DueDate_NullCalendar_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TimeLimit.CalendarDays(30).DueDate(D(2020, 1, 1), null!));

    [Theory]
    [InlineData("30d", 30, DayKind.Calendar, 0)]
    [InlineData("20wd", 20, DayKind.Working, 0)]
    [InlineData("20wd+20wd", 20, DayKind.Working, 20)]
    [InlineData(" 60d+30d ", 60, DayKind.Calendar, 30)]
    [InlineData("0d", 0, DayKind.Calendar, 0)]
    public void Parse_Valid_ReturnsLimit(string text, int length, DayKind kind, int extension) =>
        Assert.Equal(new TimeLimit(length, kind, extension), TimeLimit.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("d")]
    [InlineData("30 d")]
    [InlineData("-5d")]
    [InlineData("20wd+")]
    [InlineData("99999d")]
    [InlineData("３０d")]
    [InlineData("30days")]
    public void Parse_Invalid_ThrowsFormatExceptionSayingWhatWasExpected(string text)
    {
        var ex = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains("expected a time limit such as 30d", ex.Message);
        Assert.False(TimeLimit.TryParse(text, out _));
    }

    [Fact]
    public void Parse_MixedKinds_ThrowsExplainingTheExtension()
    {
        var ex = Assert.Throws<FormatException>(() => TimeLimit.Parse("20wd+10d"));

        Assert.Contains("same kind of days", ex.Message);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(TimeLimit.TryParse(null, out _));

    [Fact]
    public void ToString_ParseRoundTrips() =>
        Properties.Check(Prop.ForAll(
            Gen.Choose(0, TimeLimit.MaxLength).SelectMany(l => Gen.Choose(0, 100).SelectMany(e => Gen.Elements(DayKind.Calendar, DayKind.Working).Select(k => new TimeLimit(l, k, e)))).ToArbitrary(),
            limit => TimeLimit.Parse(limit.ToString()) == limit));

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(-1, DayKind.Calendar));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, DayKind.Calendar, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeLimit(1, (DayKind)7));
    }

    [Fact]
    public void Default_IsZeroCalendarDays() => Assert.Equal(TimeLimit.CalendarDays(0), default);

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(TimeLimit.WorkingDays(20).WithExtension(20), TimeLimit.Parse("20wd+20wd"), TimeLimit.WorkingDays(20));

    [Fact]
    public void ToQuantity_Extended_IsTotalInWorkingDays()
    {
        Assert.Equal(Quantity.FromWorkingDays(40), TimeLimit.Parse("20wd+20wd").ToQuantity(extended: true));
        Assert.Equal(Quantity.FromDays(60), TimeLimit.Parse("60d+30d").ToQuantity());
    }

    // Starts run to the end of the coverage: a due date past 2026-12-31 must be the coverage error naming 2027, nothing else.
    [Fact]
    public void DueDate_IsNeverBeforeStart() =>
        Properties.Check(Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            Covered<LocalDate> due = Covered.Try(() => c.Limit.DueDate(c.Start, China, c.Extended));
            return due.IsCovered ? due.Value >= c.Start : due.UncoveredYear == 2027;
        }));

    [Fact]
    public void DueDate_CalendarDaysPositive_IsAlwaysAWorkingDay() =>
        Properties.Check(Prop.ForAll(
            Cases.Where(c => c.Limit.Kind == DayKind.Calendar).ToArbitrary(),
            c =>
            {
                Covered<LocalDate> due = Covered.Try(() => c.Limit.DueDate(c.Start, China, c.Extended));
                return due.IsCovered ? China.IsWorkingDay(due.Value!.Value) : due.UncoveredYear == 2027;
            }));

    // Either both counts fit the coverage and agree, or both need 2027.
    [Fact]
    public void DueDate_WorkingDaysNThenM_EqualsNPlusM() =>
        Properties.Check(Prop.ForAll(
            Generators.ChinaDate.SelectMany(d => Gen.Choose(0, 60).SelectMany(n => Gen.Choose(0, 60).Select(m => (d, n, m)))).ToArbitrary(),
            t => Covered.Try(() => TimeLimit.WorkingDays(t.m).DueDate(TimeLimit.WorkingDays(t.n).DueDate(t.d, China), China))
                == Covered.Try(() => TimeLimit.WorkingDays(t.n + t.m).DueDate(t.d, China))));

    private static Gen<(LocalDate Start, TimeLimit Limit, bool Extended)> Cases { get; } =
        from start in Generators.ChinaDate
        from length in Gen.Choose(0, 90)
        from extension in Gen.Choose(0, 30)
        from kind in Gen.Elements(DayKind.Calendar, DayKind.Working)
        from extended in Gen.Elements(false, true)
        select (start, new TimeLimit(length, kind, extension), extended);
}
