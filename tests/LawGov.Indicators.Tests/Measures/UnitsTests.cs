using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests.Measures;

public class UnitsTests
{
    [Theory]
    [InlineData("ug/m3", Unit.MicrogramsPerCubicMetre)]
    [InlineData("µg/m³", Unit.MicrogramsPerCubicMetre)]
    [InlineData("μg/m³", Unit.MicrogramsPerCubicMetre)] // Greek mu, as often typed
    [InlineData("%", Unit.Percent)]
    [InlineData("working-days", Unit.WorkingDays)]
    [InlineData(" days ", Unit.Days)]
    public void TryParse_KnownSpellings(string text, Unit expected)
    {
        Assert.True(Units.TryParse(text, out Unit unit));
        Assert.Equal(expected, unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("furlongs")]
    [InlineData(null)]
    public void TryParse_Unknown_ReturnsFalse(string? text) => Assert.False(Units.TryParse(text, out _));

    [Fact]
    public void EveryUnit_HasDistinctCodeAndRoundTrips()
    {
        var codes = Units.All.Select(u => u.Code()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (Unit unit in Enum.GetValues<Unit>())
        {
            Assert.True(Units.TryParse(unit.Code(), out Unit parsed));
            Assert.Equal(unit, parsed);
            Assert.True(Units.TryParse(unit.Symbol(), out parsed));
            Assert.Equal(unit, parsed);
        }
    }

    [Fact]
    public void Undefined_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => ((Unit)99).Code());
}
