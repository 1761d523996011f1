using System.Text;
using FsCheck.Fluent;
using LawGov.Indicators.Tests.TestSupport;
using LawGov.Indicators.Calendars;
using NodaTime;
using NodaTime.Text;

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

    // The byte parser must agree with NodaTime's ISO pattern on any 10 characters near the date shape (years 0001–9999).
    [Fact]
    public void TryParseDayNumber_AgreesWithNodaTimeIsoPattern() =>
        Properties.Check(Prop.ForAll(
            FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements("0123456789-/:x".ToCharArray()), 10)
                .Select(chars => new string(chars))
                .Select(s => s[..4] + (s[4] == 'x' ? '-' : s[4]) + s[5..7] + '-' + s[8..])
                .ToArbitrary(),
            text =>
            {
                ParseResult<LocalDate> expected = LocalDatePattern.Iso.Parse(text);
                bool ok = IsoDates.TryParseDayNumber(Encoding.ASCII.GetBytes(text), out int day);
                bool shouldParse = expected.Success && expected.Value.Year >= 1;
                return ok == shouldParse && (!ok || DayNumbers.ToDate(day) == expected.Value);
            }),
        maxTest: 2000);

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2300-01-01")]
    [InlineData("1899-12-31")]
    public void TryParseDayNumber_OutsideMonthTable_UsesArithmetic(string text)
    {
        Assert.True(IsoDates.TryParseDayNumber(Encoding.ASCII.GetBytes(text), out int day));
        Assert.Equal(text, IsoDates.Format(DayNumbers.ToDate(day)));
    }
}
