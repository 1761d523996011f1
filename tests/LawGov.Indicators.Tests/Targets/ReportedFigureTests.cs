using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Targets;

public class ReportedFigureTests
{
    [Fact]
    public void Constructor_WithoutQualifiers_IsAPlainStatement()
    {
        var figure = new ReportedFigure("f", Fixtures.Pm25, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), value: 49m);

        Assert.Equal(Qualifiers.None, figure.Qualifiers);
    }

    // 全覆盖 stated without a number: the catalog records 100 and marks it implied.
    [Fact]
    public void Constructor_ImpliedQualifier_IsKept()
    {
        var figure = new ReportedFigure("f", Fixtures.RateIndicator(), Fixtures.City, Fixtures.Year(2020), Fixtures.Source(), value: 100m,
            qualifiers: Qualifiers.Implied);

        Assert.Equal(Qualifiers.Implied, figure.Qualifiers);
    }

    [Fact]
    public void Constructor_UnknownQualifierFlag_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReportedFigure("f", Fixtures.Pm25, Fixtures.City, Fixtures.Year(2020), Fixtures.Source(),
            value: 49m, qualifiers: (Qualifiers)4));

        Assert.Equal("qualifiers", ex.ParamName);
    }
}
