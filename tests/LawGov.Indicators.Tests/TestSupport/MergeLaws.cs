using FsCheck;
using FsCheck.Fluent;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// The law every mergeable accumulator obeys: cut a list of inputs at random points into parts (some empty),
/// accumulate each part, merge the parts in a random order and grouping, and the result equals the accumulation of
/// the whole list. It covers associativity, commutativity and the identity (empty parts) at once.
/// </summary>
public static class MergeLaws
{
    public static Property PartsMergeToWhole<TItem, TState>(
        Gen<TItem> item,
        Func<IReadOnlyList<TItem>, TState> accumulate,
        Func<TState, TState, TState> merge,
        Func<TState, TState, bool> equal)
    {
        Gen<(TItem[] Items, int[] Cuts, int Seed)> cases =
            from items in Gen.ListOf(item).Select(l => l.ToArray())
            from parts in Gen.Choose(0, 6)
            from cuts in Gen.ArrayOf(Gen.Choose(0, items.Length), parts).Select(c => c.Order().ToArray())
            from seed in Gen.Choose(0, int.MaxValue)
            select (items, cuts, seed);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            TState whole = accumulate(c.Items);
            var parts = new List<TState>();
            int start = 0;
            foreach (int cut in c.Cuts.Append(c.Items.Length))
            {
                parts.Add(accumulate(c.Items[start..cut]));
                start = cut;
            }
            // Merge two random parts at a time until one is left: a random order and a random grouping.
            var random = new Random(c.Seed);
            while (parts.Count > 1)
            {
                int i = random.Next(parts.Count);
                TState first = parts[i];
                parts.RemoveAt(i);
                int j = random.Next(parts.Count);
                parts[j] = random.Next(2) == 0 ? merge(first, parts[j]) : merge(parts[j], first);
            }
            return equal(parts[0], whole);
        });
    }
}
