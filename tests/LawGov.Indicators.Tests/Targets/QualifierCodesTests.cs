using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Tests.Targets;

public class QualifierCodesTests
{
    // The codes of the catalog format (seeds/README: qualifiers "soft", "implied"), soft first.
    [Theory]
    [InlineData(Qualifiers.None, "")]
    [InlineData(Qualifiers.Soft, "soft")]
    [InlineData(Qualifiers.Implied, "implied")]
    [InlineData(Qualifiers.Soft | Qualifiers.Implied, "soft, implied")]
    public void Format_JoinsTheCodes(Qualifiers qualifiers, string expected) =>
        Assert.Equal(expected, QualifierCodes.Format(qualifiers));

    [Fact]
    public void FromCode_IsTheInverseOfOf()
    {
        foreach (Qualifiers flag in new[] { Qualifiers.Soft, Qualifiers.Implied })
        {
            Assert.Equal(flag, QualifierCodes.FromCode(Assert.Single(QualifierCodes.Of(flag))));
        }
        Assert.Null(QualifierCodes.FromCode("Soft")); // codes are exact
    }

    // 4 is no qualifier: targets and figures refuse it with the same message.
    [Fact]
    public void UnknownFlags_AreRefusedByTargetsAndFigures()
    {
        var indicator = new Indicator("i", "指标", "indicator", LawGov.Indicators.Measures.Unit.Items);
        var source = new Provenance(new SourceDocument("d", "文件"));
        var year = new NodaTime.DateInterval(new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31));

        var target = Assert.Throws<ArgumentException>(() => new ValueTarget("t", indicator, Condition.AtLeast(1m), year, new Scope("某区"), source, qualifiers: (Qualifiers)4));
        var figure = Assert.Throws<ArgumentException>(() => new ReportedFigure("f", indicator, new Scope("某区"), year, source, value: 1m, qualifiers: (Qualifiers)4));

        Assert.Equal("qualifiers", target.ParamName);
        Assert.Equal(target.Message, figure.Message);
    }
}
