using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// An organisational hierarchy (city → county → department): units with unique ids, each with at most one parent,
/// validated to form one or several trees — every parent known, no cycles. Rollups compute each unit's value from
/// its children.
/// </summary>
/// <remarks>
/// Immutable; equality is reference equality. Units keep the order they were given in, and so do the children of a
/// unit. Build one in code with the constructor, or from JSON with <see cref="AggregationJson.ReadOrganisationTree(string)"/>.
/// </remarks>
public sealed class OrganisationTree
{
    private readonly OrganisationUnit[] units;
    private readonly Dictionary<string, int> indexById;
    private readonly int[][] children;

    /// <summary>Initializes a tree from its units, in any order.</summary>
    /// <param name="units">The units: at least one, ids unique, every parent id one of the ids, no cycles.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">There are no units, an id repeats, a parent is unknown, or parents form a
    /// cycle; the message names the unit.</exception>
    public OrganisationTree(IEnumerable<OrganisationUnit> units)
        : this(Validated(units))
    {
    }

    private OrganisationTree(Validation validation)
    {
        units = validation.Units;
        indexById = validation.IndexById;
        Parents = validation.Parents;
        children = new int[units.Length][];
        var lists = new List<int>[units.Length];
        var roots = new List<OrganisationUnit>();
        for (int i = 0; i < units.Length; i++)
        {
            if (Parents[i] < 0)
            {
                roots.Add(units[i]);
            }
            else
            {
                (lists[Parents[i]] ??= []).Add(i);
            }
        }
        for (int i = 0; i < units.Length; i++)
        {
            children[i] = lists[i]?.ToArray() ?? [];
        }
        Units = Array.AsReadOnly(units);
        Roots = roots.AsReadOnly();
        PostOrder = BuildPostOrder();
    }

    /// <summary>The units, in the order given.</summary>
    public IReadOnlyList<OrganisationUnit> Units { get; }

    /// <summary>The units without a parent, in the order given.</summary>
    public IReadOnlyList<OrganisationUnit> Roots { get; }

    /// <summary>The number of units.</summary>
    public int Count => units.Length;

    /// <summary>The parent index of each unit, or -1 for a root.</summary>
    internal int[] Parents { get; }

    /// <summary>Unit indexes with every unit after all its descendants (children in the order given).</summary>
    internal int[] PostOrder { get; }

    /// <summary>The unit with id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public OrganisationUnit this[string id] => units[IndexOf(id)];

    /// <summary>True when a unit has id <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when the tree has the unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => indexById.ContainsKey(Preconditions.CheckNotNull(id, nameof(id)));

    /// <summary>The children of a unit, in the order given.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The children; empty for a leaf.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public IReadOnlyList<OrganisationUnit> ChildrenOf(string id) => Array.AsReadOnly(Array.ConvertAll(children[IndexOf(id)], i => units[i]));

    /// <summary>True when the unit has no children.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>True for a leaf.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No unit has that id.</exception>
    public bool IsLeaf(string id) => children[IndexOf(id)].Length == 0;

    internal int IndexOf(string id) =>
        indexById.TryGetValue(Preconditions.CheckNotNull(id, nameof(id)), out int index)
            ? index
            : throw new KeyNotFoundException("The tree has no unit '" + id + "'.");

    internal bool TryGetIndex(string id, out int index) => indexById.TryGetValue(id, out index);

    internal OrganisationUnit UnitAt(int index) => units[index];

    internal int[] ChildIndexes(int index) => children[index];

    /// <summary>Checks units read from elsewhere; null with the index of the unit at fault, which part and why.</summary>
    internal static OrganisationTree? TryCreate(IReadOnlyList<OrganisationUnit> units, out int unitIndex, out string? part, out string? error)
    {
        Validation validation = Validate(units);
        (unitIndex, part, error) = (validation.ErrorIndex, validation.ErrorPart, validation.Error);
        return validation.Error is null ? new OrganisationTree(validation) : null;
    }

    private static Validation Validated(IEnumerable<OrganisationUnit> units)
    {
        Preconditions.CheckNotNull(units, nameof(units));
        OrganisationUnit[] list = units.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckNotNull(list[i], nameof(units));
        }
        Validation validation = Validate(list);
        return validation.Error is null ? validation : throw new ArgumentException(validation.Error, nameof(units));
    }

    private static Validation Validate(IReadOnlyList<OrganisationUnit> units)
    {
        OrganisationUnit[] list = [.. units];
        var result = new Validation(list);
        if (list.Length == 0)
        {
            return result.Fail(-1, null, "a tree needs at least one unit");
        }
        for (int i = 0; i < list.Length; i++)
        {
            if (!result.IndexById.TryAdd(list[i].Id, i))
            {
                return result.Fail(i, "id", $"the unit id '{list[i].Id}' appears twice");
            }
        }
        for (int i = 0; i < list.Length; i++)
        {
            string? parent = list[i].ParentId;
            if (parent is null)
            {
                result.Parents[i] = -1;
            }
            else if (result.IndexById.TryGetValue(parent, out int index))
            {
                result.Parents[i] = index;
            }
            else
            {
                return result.Fail(i, "parent", $"the unit '{list[i].Id}' names the parent '{parent}', which is not a unit of the tree");
            }
        }
        // Follow parents from each unit; reaching a unit still on the current path closes a cycle.
        var state = new byte[list.Length]; // 0 unvisited, 1 on the current path, 2 known to reach a root
        var path = new List<int>();
        for (int i = 0; i < list.Length; i++)
        {
            path.Clear();
            int at = i;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                path.Add(at);
                at = result.Parents[at];
            }
            if (at >= 0 && state[at] == 1)
            {
                int start = path.IndexOf(at);
                string cycle = string.Join(" → ", path.Skip(start).Append(at).Select(u => list[u].Id));
                return result.Fail(at, "parent", $"the parents form a cycle: {cycle}");
            }
            foreach (int done in path)
            {
                state[done] = 2;
            }
        }
        return result;
    }

    private int[] BuildPostOrder()
    {
        var order = new List<int>(units.Length);
        var stack = new Stack<(int Unit, int NextChild)>();
        for (int root = 0; root < units.Length; root++)
        {
            if (Parents[root] >= 0)
            {
                continue;
            }
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                (int unit, int next) = stack.Pop();
                if (next < children[unit].Length)
                {
                    stack.Push((unit, next + 1));
                    stack.Push((children[unit][next], 0));
                }
                else
                {
                    order.Add(unit);
                }
            }
        }
        return [.. order];
    }

    private sealed class Validation
    {
        internal Validation(OrganisationUnit[] units)
        {
            Units = units;
            Parents = new int[units.Length];
        }

        internal OrganisationUnit[] Units { get; }

        internal Dictionary<string, int> IndexById { get; } = new(StringComparer.Ordinal);

        internal int[] Parents { get; }

        internal int ErrorIndex { get; private set; } = -1;

        internal string? ErrorPart { get; private set; }

        internal string? Error { get; private set; }

        internal Validation Fail(int index, string? part, string error)
        {
            (ErrorIndex, ErrorPart, Error) = (index, part, error);
            return this;
        }
    }
}
