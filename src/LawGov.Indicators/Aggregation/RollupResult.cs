using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Aggregation;

/// <summary>The rollup of a target over an <see cref="OrganisationTree"/>: one <see cref="RollupNode"/> per unit.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class RollupResult
{
    private readonly RollupNode[] nodes;

    internal RollupResult(OrganisationTree tree, ValueTarget target, RollupNode[] nodes, IReadOnlyList<string> unusedKeys)
    {
        Tree = tree;
        Target = target;
        this.nodes = nodes;
        Nodes = Array.AsReadOnly(nodes);
        Roots = tree.Roots.Select(root => nodes[tree.IndexOf(root.Id)]).ToArray();
        UnusedKeys = unusedKeys;
    }

    /// <summary>The tree rolled up.</summary>
    public OrganisationTree Tree { get; }

    /// <summary>The target every unit was judged against.</summary>
    public ValueTarget Target { get; }

    /// <summary>The method used: the one the target's indicator declares (<see cref="Indicator.Rollup"/>).</summary>
    public RollupMethod Method => Target.Indicator.Rollup;

    /// <summary>One node per unit, in the tree's unit order.</summary>
    public IReadOnlyList<RollupNode> Nodes { get; }

    /// <summary>The nodes of the tree's roots.</summary>
    public IReadOnlyList<RollupNode> Roots { get; }

    /// <summary>
    /// The keys of the values given that were not used because they name no leaf of the tree (an unknown unit, or a
    /// unit with children, whose value is always computed), in ordinal order.
    /// </summary>
    public IReadOnlyList<string> UnusedKeys { get; }

    /// <summary>The node of the unit with id <paramref name="unitId"/>.</summary>
    /// <param name="unitId">The unit's id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The tree has no such unit.</exception>
    public RollupNode this[string unitId] => nodes[Tree.IndexOf(unitId)];
}
