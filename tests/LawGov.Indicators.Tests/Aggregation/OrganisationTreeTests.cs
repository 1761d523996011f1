using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Aggregation;

public class OrganisationTreeTests
{
    private static readonly OrganisationTree Linyi = AggregationGenerators.LinyiTree;

    [Fact]
    public void Roots_AreTheUnitsWithoutParent() => Assert.Equal(["linyi"], Linyi.Roots.Select(u => u.Id));

    [Fact]
    public void ChildrenOf_KeepsTheGivenOrder() =>
        Assert.Equal(["lanshan", "luozhuang", "hedong", "city-office"], Linyi.ChildrenOf("linyi").Select(u => u.Id));

    [Fact]
    public void IsLeaf_TrueOnlyForUnitsWithoutChildren()
    {
        Assert.True(Linyi.IsLeaf("city-office"));
        Assert.True(Linyi.IsLeaf("hd-b"));
        Assert.False(Linyi.IsLeaf("hedong"));
    }

    [Fact]
    public void Lookup_ByIdAndUnknownId()
    {
        Assert.Equal("兰山区", Linyi["lanshan"].Name);
        Assert.True(Linyi.Contains("ls-a"));
        Assert.False(Linyi.Contains("LS-A"));
        Assert.Equal(11, Linyi.Count);
        Assert.Throws<KeyNotFoundException>(() => Linyi["nowhere"]);
        Assert.Throws<KeyNotFoundException>(() => Linyi.ChildrenOf("nowhere"));
        Assert.Throws<ArgumentNullException>(() => Linyi.Contains(null!));
    }

    [Fact]
    public void Constructor_SeveralRoots_AreAllowed()
    {
        var tree = new OrganisationTree([new("b", "B"), new("a", "A"), new("a1", "A1", "a")]);

        Assert.Equal(["b", "a"], tree.Roots.Select(u => u.Id));
    }

    // Units may come in any order: a child before its parent.
    [Fact]
    public void Constructor_ChildBeforeParent_IsFine() =>
        Assert.Equal(["a1"], new OrganisationTree([new("a1", "A1", "a"), new("a", "A")]).ChildrenOf("a").Select(u => u.Id));

    [Fact]
    public void Constructor_NoUnits_Throws() =>
        Assert.Contains("at least one unit", Assert.Throws<ArgumentException>(() => new OrganisationTree([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_RepeatedId_Throws() =>
        Assert.Contains("'a' appears twice", Assert.Throws<ArgumentException>(() => new OrganisationTree([new("a", "A"), new("a", "A2")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_UnknownParent_Throws() =>
        Assert.Contains("parent 'x'", Assert.Throws<ArgumentException>(() => new OrganisationTree([new("a", "A", "x")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_Cycle_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => new OrganisationTree([new("root", "R"), new("a", "A", "b"), new("b", "B", "a")]));

        Assert.Contains("cycle: a → b → a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OwnParent_IsACycle() =>
        Assert.Contains("cycle: a → a", Assert.Throws<ArgumentException>(() => new OrganisationTree([new("a", "A", "a")])).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_NullUnit_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new OrganisationTree([new("a", "A"), null!]));

    [Fact]
    public void Unit_BlankParts_Throw()
    {
        Assert.Throws<ArgumentException>(() => new OrganisationUnit(" ", "A"));
        Assert.Throws<ArgumentException>(() => new OrganisationUnit("a", ""));
        Assert.Throws<ArgumentException>(() => new OrganisationUnit("a", "A", " "));
    }

    [Fact]
    public void Unit_Equality_Contract() =>
        Contracts.AssertEquality(new OrganisationUnit("a", "A", "p"), new OrganisationUnit("a", "A", "p"), new OrganisationUnit("a", "A"));

    [Fact]
    public void Unit_ToString_IdAndName() => Assert.Equal("lanshan (兰山区)", Linyi["lanshan"].ToString());

    // Every unit comes after all its descendants, and every unit once: the order rollups compute in.
    [Fact]
    public void PostOrder_PutsEveryUnitAfterItsChildren() =>
        Properties.Check(Prop.ForAll(AggregationGenerators.Tree.ToArbitrary(), tree =>
        {
            int[] order = tree.PostOrder;
            int[] position = new int[tree.Count];
            for (int i = 0; i < order.Length; i++)
            {
                position[order[i]] = i;
            }
            return order.Order().SequenceEqual(Enumerable.Range(0, tree.Count))
                && Enumerable.Range(0, tree.Count).All(u => tree.Parents[u] < 0 || position[u] < position[tree.Parents[u]]);
        }));
}
