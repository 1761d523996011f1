namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The valid daily values of one pollutant in a year, collected for the annual mean and the HJ 663 percentile. Values
/// are exact (sum, count) pairs; while every value is a fixed-point mean they are kept as exact integer keys
/// (<see cref="FixedPoint.TryMeanKey"/>), so sorting and summing need no division; otherwise as decimal means.
/// </summary>
internal sealed class DailySeriesStatistics
{
    private readonly List<long> keys = new(366);
    private List<decimal>? decimals;

    internal int Count => decimals?.Count ?? keys.Count;

    internal void Add(decimal sum, int count)
    {
        if (decimals is null && FixedPoint.TryFrom(sum, out long fixedSum) && FixedPoint.TryMeanKey(fixedSum, count, out long key))
        {
            keys.Add(key);
            return;
        }
        if (decimals is null)
        {
            decimals = new List<decimal>(366);
            foreach (long earlier in keys)
            {
                decimals.Add(FromKey(earlier));
            }
        }
        decimals.Add(sum / count);
    }

    /// <summary>The arithmetic mean, or null when empty.</summary>
    internal decimal? Mean()
    {
        if (Count == 0)
        {
            return null;
        }
        if (decimals is not null)
        {
            decimal total = 0m;
            foreach (decimal value in decimals)
            {
                total += value;
            }
            return total / decimals.Count;
        }
        Int128 sum = 0;
        foreach (long key in keys)
        {
            sum += key;
        }
        return (decimal)sum / ((decimal)FixedPoint.MeanScale * FixedPoint.One * keys.Count);
    }

    /// <summary>The HJ 663 percentile, or null when empty.</summary>
    internal decimal? Percentile(decimal p)
    {
        if (Count == 0)
        {
            return null;
        }
        if (decimals is not null)
        {
            decimals.Sort();
            return Hj663.Percentile(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(decimals), p);
        }
        Span<long> all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys);
        int n = all.Length;
        int needed = n - Math.Min(Hj663.LowerRank(n, p), n) + 1;
        if (needed <= TopLimit)
        {
            // HJ 663 percentiles are high (p90-p98): only the top few values matter, so keep just those, sorted.
            Span<long> top = stackalloc long[needed];
            Largest(all, top);
            return Hj663.PercentileOfTop((ReadOnlySpan<long>)top, n, p, FromKey);
        }
        RadixSort(all);
        return Hj663.Percentile((ReadOnlySpan<long>)all, p, FromKey);
    }

    /// <summary>Up to this many top values are selected instead of sorting them all.</summary>
    private const int TopLimit = 64;

    /// <summary>The <paramref name="top"/>.Length largest keys, ascending (with repeats), from one pass over them.</summary>
    internal static void Largest(ReadOnlySpan<long> keys, Span<long> top)
    {
        int m = top.Length;
        keys[..m].CopyTo(top);
        top.Sort();
        foreach (long key in keys[m..])
        {
            if (key <= top[0])
            {
                continue;
            }
            int i = 1;
            for (; i < m && top[i] < key; i++)
            {
                top[i - 1] = top[i];
            }
            top[i - 1] = key;
        }
    }

    /// <summary>
    /// Sorts non-negative keys ascending: least-significant-byte-first radix sort, skipping the bytes all keys share.
    /// Without comparisons, so it has no unpredictable branches (a comparison sort of daily values mispredicts about
    /// every other comparison) and does not depend on a comparer the ahead-of-time compiler may not specialise.
    /// </summary>
    internal static void RadixSort(Span<long> keys)
    {
        if (keys.Length < 2)
        {
            return;
        }
        long[]? rented = null;
        Span<long> scratch = keys.Length <= 512 ? stackalloc long[keys.Length] : (rented = System.Buffers.ArrayPool<long>.Shared.Rent(keys.Length)).AsSpan(0, keys.Length);
        Span<int> counts = stackalloc int[256];
        scoped Span<long> from = keys;
        scoped Span<long> to = scratch;
        for (int shift = 0; shift < 64; shift += 8)
        {
            counts.Clear();
            foreach (long key in from)
            {
                counts[(int)((ulong)key >> shift) & 0xFF]++;
            }
            if (counts[(int)((ulong)from[0] >> shift) & 0xFF] == from.Length)
            {
                continue; // every key has this byte
            }
            int total = 0;
            for (int i = 0; i < 256; i++)
            {
                (counts[i], total) = (total, total + counts[i]);
            }
            foreach (long key in from)
            {
                to[counts[(int)((ulong)key >> shift) & 0xFF]++] = key;
            }
            Span<long> swap = from;
            from = to;
            to = swap;
        }
        if (from != keys)
        {
            from.CopyTo(keys);
        }
        if (rented is not null)
        {
            System.Buffers.ArrayPool<long>.Shared.Return(rented);
        }
    }

    private static decimal FromKey(long key) => (decimal)key / ((decimal)FixedPoint.MeanScale * FixedPoint.One);
}
