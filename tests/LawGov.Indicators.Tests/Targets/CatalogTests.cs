using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Targets;

public class CatalogTests
{
    [Fact]
    public void Constructor_DuplicateTargetIdInsideCompound_Throws()
    {
        Indicator rate = Fixtures.RateIndicator();
        ValueTarget a = Fixtures.Target(rate, Condition.AtLeast(90m), id: "a");
        var compound = new CompoundTarget("all", [a], Fixtures.Year(2020), Fixtures.City, Fixtures.Source());

        Assert.Throws<ArgumentException>(() => new Catalog("c", "C", [Fixtures.Plan], [rate], [compound, a]));
    }

    [Fact]
    public void Constructor_TargetWithUnknownIndicator_Throws() =>
        Assert.Throws<ArgumentException>(() => new Catalog("c", "C", [Fixtures.Plan], [], [Fixtures.Target(Fixtures.RateIndicator(), Condition.AtLeast(1m))]));

    [Fact]
    public void Constructor_DerivedRateWithUnknownCount_Throws() =>
        Assert.Throws<ArgumentException>(() => new Catalog("c", "C", indicators: [Fixtures.RateIndicator("r", numerator: "n", denominator: "d")]));

    [Fact]
    public void FindTarget_FindsComponents()
    {
        Indicator rate = Fixtures.RateIndicator();
        ValueTarget a = Fixtures.Target(rate, Condition.AtLeast(90m), id: "a");
        var compound = new CompoundTarget("all", [a], Fixtures.Year(2020), Fixtures.City, Fixtures.Source());

        var catalog = new Catalog("c", "C", [Fixtures.Plan], [rate], [compound]);

        Assert.Same(a, catalog.FindTarget("a"));
        Assert.Null(catalog.FindTarget("b"));
    }

    // One figure added to a catalog with none: the copy has one, the original still none.
    [Fact]
    public void WithFigures_AddsFigures()
    {
        Indicator rate = Fixtures.RateIndicator();
        var catalog = new Catalog("c", "C", [Fixtures.Plan], [rate]);

        Catalog more = catalog.WithFigures([Fixtures.Counts(rate, 1, 2)]);

        Assert.Empty(catalog.Figures);
        Assert.Single(more.Figures);
    }
}
