using System.Text;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class IsoDatesTests
{
    [Theory]
    [InlineData("2020-09-30", 2020, 9, 30)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void TryParseDayNumber_ValidDate_ReturnsDayNumber(string text, int year, int month, int day)
    {
        Assert.True(IsoDates.TryParseDayNumber(Encoding.UTF8.GetBytes(text), out int dayNumber));
        Assert.Equal(new LocalDate(year, month, day), DayNumbers.ToDate(dayNumber));
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2020-13-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-04-31")]
    [InlineData("2020-04-00")]
    [InlineData("0000-01-01")]
    [InlineData("2020-1-01")]
    [InlineData("2020/01/01")]
    [InlineData("2020-01-01 ")]
    [InlineData("20x0-01-01")]
    [InlineData("2020-0:-01")]
    [InlineData("")]
    [InlineData("２０２０-01-01")]
    public void TryParseDayNumber_Invalid_ReturnsFalse(string text) =>
        Assert.False(IsoDates.TryParseDayNumber(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Format_IsIsoInvariant() => Assert.Equal("0987-01-05", IsoDates.Format(new LocalDate(987, 1, 5)));
}
