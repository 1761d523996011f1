using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class DayNumbersTests
{
    // Day 0 is 1970-01-01 by definition; 2000-03-01 is day 11017 (30 years incl. 7 leap days = 10957, + 60 days to March 1 of a leap year).
    [Fact]
    public void FromDate_KnownDays_MatchHandCalculation()
    {
        Assert.Equal(0, DayNumbers.FromDate(1970, 1, 1));
        Assert.Equal(-1, DayNumbers.FromDate(1969, 12, 31));
        Assert.Equal(11017, DayNumbers.FromDate(2000, 3, 1));
    }

    [Fact]
    public void FromDate_AgreesWithNodaTime() =>
        Properties.Check(Prop.ForAll(
            Generators.DateBetween(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)).ToArbitrary(),
            d => DayNumbers.FromDate(d) == Period.DaysBetween(new LocalDate(1970, 1, 1), d) && DayNumbers.ToDate(DayNumbers.FromDate(d)) == d));

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2000, 2, 29)]
    [InlineData(2026, 12, 31)]
    public void DaysInMonth_LastDays_AreValid(int year, int month, int day) =>
        Assert.Equal(day, DayNumbers.DaysInMonth(year, month));

    [Fact]
    public void DaysInMonth_1900February_Has28() => Assert.Equal(28, DayNumbers.DaysInMonth(1900, 2));
}
