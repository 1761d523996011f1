using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Measures;

public class PeriodsTests
{
    // 2020 is a leap year: February has 29 days, the first quarter 31 + 29 + 31 = 91 days.
    [Fact]
    public void Month_February2020_Has29Days() =>
        Assert.Equal(new DateInterval(new LocalDate(2020, 2, 1), new LocalDate(2020, 2, 29)), Periods.Month(2020, 2));

    // Gregorian calendar: the second quarter is months 4–6, April 1 to June 30 (June has 30 days).
    [Fact]
    public void Quarter_Second2020_IsAprilToJune() =>
        Assert.Equal(new DateInterval(new LocalDate(2020, 4, 1), new LocalDate(2020, 6, 30)), Periods.Quarter(2020, 2));

    // The fourth quarter is October–December, so it ends on December 31 (31 days).
    [Fact]
    public void Quarter_Fourth_EndsOn31December() =>
        Assert.Equal(new LocalDate(2021, 12, 31), Periods.Quarter(2021, 4).End);

    // A year has quarters 1–4 and months 1–12: 0, 5 and 13 are outside.
    [Fact]
    public void QuarterAndMonth_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Quarter(2020, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Quarter(2020, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Month(2020, 13));
    }

    // Calendar boundaries: 03-31 is the last day of Q1 and 04-01 the first of Q2; 12-31 is the last day of December and
    // of the year, 01-01 the first of the next.
    [Theory]
    [InlineData(2020, 3, 31, PeriodKind.Quarter, "2020-01-01/2020-03-31")]
    [InlineData(2020, 4, 1, PeriodKind.Quarter, "2020-04-01/2020-06-30")]
    [InlineData(2020, 12, 31, PeriodKind.Month, "2020-12-01/2020-12-31")]
    [InlineData(2020, 12, 31, PeriodKind.Year, "2020")]
    [InlineData(2021, 1, 1, PeriodKind.Year, "2021")]
    public void Containing_BoundaryDates_FallInTheirPeriod(int year, int month, int day, PeriodKind kind, string expected) =>
        Assert.Equal(expected, Periods.Format(Periods.Containing(new LocalDate(year, month, day), kind)));

    [Fact]
    public void Containing_UndefinedKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Containing(new LocalDate(2020, 1, 1), (PeriodKind)7));

    [Fact]
    public void Containing_AlwaysContainsTheDate_AndKindOfGivesTheKindBack() =>
        Properties.Check(Prop.ForAll(
            (from date in Generators.DateBetween(new LocalDate(1999, 1, 1), new LocalDate(2031, 12, 31))
             from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
             select (Date: date, Kind: kind)).ToArbitrary(),
            c =>
            {
                DateInterval period = Periods.Containing(c.Date, c.Kind);
                return period.Contains(c.Date) && Periods.KindOf(period) == c.Kind;
            }));

    // 01-01..11-30 is eleven months (seed 001's 1–11月), 01-02..01-31 misses the 1st, 01-01..06-30 is a half year:
    // none is a calendar year, quarter or month.
    [Fact]
    public void KindOf_OtherInterval_IsNull()
    {
        Assert.Null(Periods.KindOf(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 11, 30))));
        Assert.Null(Periods.KindOf(new DateInterval(new LocalDate(2020, 1, 2), new LocalDate(2020, 1, 31))));
        Assert.Null(Periods.KindOf(new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2020, 6, 30))));
    }
}
