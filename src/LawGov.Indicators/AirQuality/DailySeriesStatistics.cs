using System.Numerics;
using System.Runtime.InteropServices;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The valid daily values of one pollutant in a year, collected for the annual mean and the HJ 663 percentile, both
/// computed exactly as <see cref="Fraction"/>s (the caller converts each to decimal once). While every value is a
/// multiple of 1/(10⁶ · <see cref="FixedPoint.MeanScale"/>) — every station value, and a city value whose exact
/// fraction is one — they are kept as exact integer keys (<see cref="FixedPoint.TryMeanKey"/>), so sorting and summing
/// need no division; otherwise as exact fractions.
/// </summary>
internal sealed class DailySeriesStatistics
{
    /// <summary>The unit of a key: 1/(10⁶ · 212 520) of a unit (µg/m³, CO mg/m³).</summary>
    private static readonly BigInteger KeyDenominator = (BigInteger)FixedPoint.MeanScale * FixedPoint.One;

    private readonly List<long> keys = new(366);
    private List<Fraction>? fractions;

    internal int Count => fractions?.Count ?? keys.Count;

    /// <summary>Adds the value <paramref name="sum"/> / <paramref name="count"/> (a station's fixed-point sum, or any exact decimal sum).</summary>
    internal void Add(decimal sum, int count)
    {
        if (fractions is null && FixedPoint.TryFrom(sum, out long fixedSum) && FixedPoint.TryMeanKey(fixedSum, count, out long key))
        {
            keys.Add(key);
            return;
        }
        Add(Fraction.Of(sum).Divide(count));
    }

    /// <summary>Adds an exact value (a city's daily value from its hourly sums).</summary>
    internal void Add(Fraction value)
    {
        if (fractions is null)
        {
            BigInteger key = BigInteger.DivRem(value.Numerator * KeyDenominator, value.Denominator, out BigInteger remainder);
            if (remainder.IsZero && key <= FixedPoint.MaxValue * FixedPoint.MeanScale)
            {
                keys.Add((long)key);
                return;
            }
            fractions = new List<Fraction>(366);
            foreach (long earlier in keys)
            {
                fractions.Add(FromKey(earlier));
            }
        }
        fractions.Add(value);
    }

    /// <summary>The arithmetic mean, exactly, or null when empty.</summary>
    internal Fraction? Mean()
    {
        if (Count == 0)
        {
            return null;
        }
        if (fractions is not null)
        {
            Fraction total = Fraction.Zero;
            foreach (Fraction value in fractions)
            {
                total = total.Add(value);
            }
            return total.Divide(fractions.Count);
        }
        Int128 sum = 0;
        foreach (long key in keys)
        {
            sum += key;
        }
        return new Fraction((BigInteger)sum, KeyDenominator * keys.Count);
    }

    /// <summary>The HJ 663 percentile, exactly, or null when empty.</summary>
    internal Fraction? Percentile(decimal p)
    {
        if (Count == 0)
        {
            return null;
        }
        int n = Count;
        (int s, decimal weight) = Hj663.Rank(n, p);
        if (fractions is not null)
        {
            fractions.Sort();
            return Fraction.Interpolate(fractions[s - 1], fractions[Math.Min(s, n - 1)], weight);
        }
        Span<long> all = CollectionsMarshal.AsSpan(keys);
        int needed = n - s + 1;
        if (needed <= TopLimit)
        {
            // HJ 663 percentiles are high (p90-p98): only the top few values matter, so keep just those, sorted.
            Span<long> top = stackalloc long[needed];
            Largest(all, top);
            return Fraction.Interpolate(FromKey(top[0]), FromKey(top[Math.Min(1, needed - 1)]), weight);
        }
        RadixSort(all);
        return Fraction.Interpolate(FromKey(all[s - 1]), FromKey(all[Math.Min(s, n - 1)]), weight);
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

    private static Fraction FromKey(long key) => new(key, KeyDenominator);
}
