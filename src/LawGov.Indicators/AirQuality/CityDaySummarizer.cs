using System.Numerics;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// A city's daily statistics from its exact hourly state: for each pollutant and hour, the sum S of its stations'
/// fixed-point values and their number n, the city's hourly value being S / n. Nothing is divided in decimal.
/// </summary>
/// <remarks>
/// <para>
/// A daily value (a 24-hour mean, the best 8-hour window, the 1-hour maximum) is V = X / N with X = Σ S/n over its N
/// hours, an exact fraction. It is stored as a sum D and the count N, as for a station, chosen so that D / N is exact
/// wherever it can be: D = X when X is a whole number of millionths (then the IAQI takes the exact integer path, as for
/// a station); D = X when V has at most 18 decimals (then D / N is V exactly in <see cref="decimal"/>); otherwise V has
/// infinitely many decimals (a factor such as 3 in a station count) and D / N is the midpoint of the interval of 10⁻¹⁸
/// that holds V. No breakpoint, rounding midpoint or limit of any table lies inside such an interval (they have at most
/// a few decimals), so every comparison with one — the IAQI band and its ceiling, GB/T 8170 rounding, EPA truncation,
/// the 160 µg/m³ exception — has the same outcome as for V itself.
/// </para>
/// <para>
/// That holds for the day's own decisions only. The annual mean and the percentiles combine hundreds of daily values
/// and can be exactly a limit (35 from daily means of 2519/72 and 2522/72), which the midpoints' errors would push to
/// one side; they are computed from V itself, <see cref="Exact"/>, recomputed from the hourly state.
/// </para>
/// <para>
/// The fractions Σ r/n left after whole millionths are summed with 64-bit fixed-point bounds; only when an integer lies
/// between the bounds (the sum is whole, or within 24 · 2⁻⁶⁴ of being so) is it decided with <see cref="BigInteger"/>.
/// </para>
/// </remarks>
internal static class CityDaySummarizer
{
    /// <summary>10¹²: hourly values are kept in millionths × 10¹², i.e. to 18 decimals of the unit.</summary>
    private const long Scale = 1_000_000_000_000;

    private static readonly Int128 Scale128 = Scale;

    /// <param name="date">The day.</param>
    /// <param name="sums">Per pollutant and hour (pollutant × 24 + hour), the sum of the stations' values in millionths.</param>
    /// <param name="counts">Per pollutant and hour, how many stations have a value (0: the city has none that hour).</param>
    internal static DailyConcentrations Summarize(LocalDate date, ReadOnlySpan<long> sums, ReadOnlySpan<int> counts)
    {
        if (sums.Length < 6 * 24 || counts.Length < 6 * 24)
        {
            throw new ArgumentException("expected 24 slots for each of 6 pollutants", nameof(sums));
        }
        Span<Term> terms = stackalloc Term[6 * 24];
        var values = default(Eight);
        ulong packed = 0;
        byte valid = 0;
        uint o3Mask = 0;
        for (int p = 0; p < 6; p++)
        {
            uint mask = 0;
            for (int h = 0; h < 24; h++)
            {
                int i = (p * 24) + h;
                if (counts[i] > 0)
                {
                    mask |= 1u << h;
                    terms[i] = Term.Of(sums[i], counts[i]);
                }
            }
            int n = BitOperations.PopCount(mask);
            packed |= (ulong)n << (8 * p);
            if (n > 0)
            {
                values[p] = Mean.Of(terms.Slice(p * 24, 24), mask, n).Encode();
                if (n >= ValidityRules.MinimumHoursPerDay)
                {
                    valid |= (byte)(1 << p);
                }
            }
            if (p == (int)Pollutant.O3)
            {
                o3Mask = mask;
            }
        }

        ReadOnlySpan<Term> o3 = terms.Slice((int)Pollutant.O3 * 24, 24);
        ReadOnlySpan<long> o3Sums = sums.Slice((int)Pollutant.O3 * 24, 24);
        ReadOnlySpan<int> o3Counts = counts.Slice((int)Pollutant.O3 * 24, 24);
        if (BitOperations.PopCount(o3Mask) >= ValidityRules.MinimumHoursPerDay)
        {
            values[DailyConcentrations.MaxOneHourSlot] = Mean.Of(o3, 1u << MaxHour(o3Sums, o3Counts, o3Mask), 1).Encode();
            packed |= 1UL << (8 * DailyConcentrations.MaxOneHourSlot);
            valid |= 1 << DailyConcentrations.MaxOneHourSlot;
        }

        (uint bestMask, Mean bestWindow, byte windows) = BestWindow(o3, o3Sums, o3Counts, o3Mask);
        if (bestMask != 0)
        {
            values[DailyConcentrations.Mda8Slot] = bestWindow.Encode();
            packed |= (ulong)bestWindow.Count << (8 * DailyConcentrations.Mda8Slot);
            if (windows >= ValidityRules.MinimumWindowsPerDay || bestWindow.Exceeds(ValidityRules.O3EightHourLimit))
            {
                valid |= 1 << DailyConcentrations.Mda8Slot;
            }
        }
        return new DailyConcentrations(date, values, packed, valid, windows);
    }

    /// <summary>
    /// The exact value of the daily statistic in <paramref name="slot"/> (a pollutant's 24-hour mean, the MDA8 or the O3
    /// 1-hour maximum) from the day's hourly state, the hours chosen as <see cref="Summarize"/> chooses them: what the
    /// stored sum and count approximate when the value has endless decimals. The slot must hold a value.
    /// </summary>
    /// <exception cref="ArgumentException">The slot has no value that day.</exception>
    internal static Fraction Exact(ReadOnlySpan<long> sums, ReadOnlySpan<int> counts, int slot)
    {
        int pollutant = slot < 6 ? slot : (int)Pollutant.O3;
        ReadOnlySpan<long> hourSums = sums.Slice(pollutant * 24, 24);
        ReadOnlySpan<int> hourCounts = counts.Slice(pollutant * 24, 24);
        uint mask = 0;
        for (int h = 0; h < 24; h++)
        {
            mask |= hourCounts[h] > 0 ? 1u << h : 0;
        }
        if (slot == DailyConcentrations.MaxOneHourSlot && mask != 0)
        {
            mask = 1u << MaxHour(hourSums, hourCounts, mask);
        }
        else if (slot == DailyConcentrations.Mda8Slot)
        {
            Span<Term> terms = stackalloc Term[24];
            for (uint m = mask; m != 0; m &= m - 1)
            {
                int h = BitOperations.TrailingZeroCount(m);
                terms[h] = Term.Of(hourSums[h], hourCounts[h]);
            }
            mask = BestWindow(terms, hourSums, hourCounts, mask).Mask;
        }
        if (mask == 0)
        {
            throw new ArgumentException($"slot {slot} has no value that day", nameof(slot));
        }
        return Mean.Exact(hourSums, hourCounts, mask, BitOperations.PopCount(mask));
    }

    /// <summary>The hour of the largest hourly value S/n, compared exactly by cross-multiplication (S ≤ 10¹³ n, so products fit); the first of equal ones.</summary>
    private static int MaxHour(ReadOnlySpan<long> sums, ReadOnlySpan<int> counts, uint mask)
    {
        int best = -1;
        for (uint m = mask; m != 0; m &= m - 1)
        {
            int h = BitOperations.TrailingZeroCount(m);
            if (best < 0 || (Int128)sums[h] * counts[best] > (Int128)sums[best] * counts[h])
            {
                best = h;
            }
        }
        return best;
    }

    /// <summary>
    /// The in-day 8-hour window with the largest mean among those with enough hours (its hours, its mean, and how many
    /// such windows there are); mask 0 when there is none.
    /// </summary>
    private static (uint Mask, Mean Mean, byte Windows) BestWindow(ReadOnlySpan<Term> o3, ReadOnlySpan<long> sums, ReadOnlySpan<int> counts, uint o3Mask)
    {
        Mean bestWindow = default;
        uint bestMask = 0;
        byte windows = 0;
        for (int start = 0; start < ValidityRules.WindowsPerDay; start++)
        {
            uint window = o3Mask & (0xFFu << start);
            int n = BitOperations.PopCount(window);
            if (n < ValidityRules.MinimumHoursPerWindow)
            {
                continue;
            }
            windows++;
            Mean mean = Mean.Of(o3, window, n);
            // The first of equal windows is kept, as for a station.
            if (bestMask == 0 || mean.CompareTo(bestWindow, sums, counts, window, bestMask) > 0)
            {
                bestWindow = mean;
                bestMask = window;
            }
        }
        return (bestMask, bestWindow, windows);
    }

    /// <summary>One hourly value S/n as S·10¹²/n = Whole + Rest/n (0 ≤ Rest &lt; n).</summary>
    private readonly struct Term
    {
        internal readonly Int128 Whole;
        internal readonly long Rest;
        internal readonly int Count;

        private Term(Int128 whole, long rest, int count)
        {
            Whole = whole;
            Rest = rest;
            Count = count;
        }

        internal static Term Of(long sum, int count)
        {
            long whole = Math.DivRem(sum, count, out long remainder);
            if (remainder <= long.MaxValue / Scale)
            {
                // The common case (fewer than 9 million stations): 64-bit arithmetic.
                long part = Math.DivRem(remainder * Scale, count, out long rest);
                return new Term(((Int128)whole * Scale) + part, rest, count);
            }
            Int128 scaled = (Int128)remainder * Scale;
            Int128 quotient = scaled / count;
            return new Term(((Int128)whole * Scale) + quotient, (long)(scaled - (quotient * count)), count);
        }
    }

    /// <summary>
    /// The mean of N hourly values, exactly: T = ⌊X·10¹²⌋ (X = Σ S/n in millionths) and whether X·10¹² is whole.
    /// </summary>
    private readonly struct Mean
    {
        private readonly Int128 floor;
        private readonly bool whole;

        private Mean(Int128 floor, bool whole, int count)
        {
            this.floor = floor;
            this.whole = whole;
            Count = count;
        }

        internal int Count { get; }

        internal static Mean Of(ReadOnlySpan<Term> terms, uint mask, int count)
        {
            Int128 sum = 0;
            Span<long> rests = stackalloc long[24];
            Span<int> denominators = stackalloc int[24];
            int k = 0;
            for (uint m = mask; m != 0; m &= m - 1)
            {
                ref readonly Term term = ref terms[BitOperations.TrailingZeroCount(m)];
                sum += term.Whole;
                if (term.Rest != 0)
                {
                    rests[k] = term.Rest;
                    denominators[k++] = term.Count;
                }
            }
            (long floor, bool whole) = FractionSum(rests[..k], denominators[..k]);
            return new Mean(sum + floor, whole, count);
        }

        /// <summary>True when V = X / N is a whole number of 10⁻¹⁸ units.</summary>
        private bool OnGrid => whole && floor % Count == 0;

        /// <summary>⌊V · 10¹⁸⌋ · 2, plus 1 when V lies strictly inside its interval: orders means, equal keys below.</summary>
        private Int128 Key => (2 * (floor / Count)) + (OnGrid ? 0 : 1);

        /// <summary>The sum D stored for the mean (see the type's remarks), so that D / N is V or the midpoint of its interval.</summary>
        internal decimal Encode()
        {
            if (whole && floor % Scale == 0)
            {
                return FixedPoint.ToDecimal((long)(floor / Scale));
            }
            if (OnGrid)
            {
                return ToDecimal(floor, 18);
            }
            // N · (⌊V·10¹⁸⌋ + ½) / 10¹⁸ = N · (2⌊V·10¹⁸⌋ + 1) · 5 / 10¹⁹.
            return ToDecimal(Count * ((2 * (floor / Count)) + 1) * 5, 19);
        }

        /// <summary>True when V exceeds <paramref name="limit"/> (a whole number of units).</summary>
        internal bool Exceeds(decimal limit)
        {
            // V > limit ⇔ X·10¹² > limit · 10¹⁸ · N ⇔ floor > K, or floor = K with a fraction left.
            Int128 bound = (Int128)(long)limit * FixedPoint.One * Scale * Count;
            return floor > bound || (floor == bound && !whole);
        }

        /// <summary>
        /// Compares this mean of the hours in <paramref name="mask"/> with another: by key, and when both lie inside the
        /// same interval of 10⁻¹⁸, exactly from the hourly sums.
        /// </summary>
        internal int CompareTo(in Mean other, ReadOnlySpan<long> sums, ReadOnlySpan<int> counts, uint mask, uint otherMask)
        {
            int order = Key.CompareTo(other.Key);
            if (order != 0 || OnGrid)
            {
                return order;
            }
            return Exact(sums, counts, mask, Count).CompareTo(Exact(sums, counts, otherMask, other.Count));
        }

        /// <summary>The exact mean of the hourly values S/n of the hours in <paramref name="mask"/>, in units (µg/m³, CO mg/m³).</summary>
        internal static Fraction Exact(ReadOnlySpan<long> sums, ReadOnlySpan<int> counts, uint mask, int count)
        {
            Fraction value = Fraction.Zero;
            for (uint m = mask; m != 0; m &= m - 1)
            {
                int h = BitOperations.TrailingZeroCount(m);
                value = value.Add(sums[h], counts[h]);
            }
            return value.Divide(count * (int)FixedPoint.One);
        }

        private static decimal ToDecimal(Int128 value, byte scale)
        {
            var bits = (UInt128)value;
            return new decimal((int)(uint)bits, (int)(uint)(bits >> 32), (int)(uint)(bits >> 64), false, scale);
        }
    }

    /// <summary>
    /// ⌊Σ r/n⌋ and whether the sum is whole, for proper fractions r/n (0 &lt; r &lt; n). Terms with the same denominator
    /// are added first; the rest is bounded in 64-bit fixed point and settled exactly only when the bounds straddle an integer.
    /// </summary>
    internal static (long Floor, bool Whole) FractionSum(ReadOnlySpan<long> rests, ReadOnlySpan<int> denominators)
    {
        Span<long> grouped = stackalloc long[rests.Length];
        Span<int> by = stackalloc int[rests.Length];
        int groups = 0;
        for (int i = 0; i < rests.Length; i++)
        {
            int j = by[..groups].IndexOf(denominators[i]);
            if (j < 0)
            {
                by[groups] = denominators[i];
                grouped[groups++] = rests[i];
            }
            else
            {
                grouped[j] += rests[i];
            }
        }
        long floor = 0;
        UInt128 low = 0, high = 0;
        int left = 0;
        for (int g = 0; g < groups; g++)
        {
            int denominator = by[g];
            floor += Math.DivRem(grouped[g], denominator, out long rest);
            if (rest == 0)
            {
                continue;
            }
            // Keep the proper fractions left, at the front, for the exact sum should it be needed.
            grouped[left] = rest;
            by[left++] = denominator;
            // ⌊rest · 2⁶⁴ / n⌋ in two 32-bit steps (rest < n < 2³¹, so nothing overflows), and whether it is exact.
            ulong n = (ulong)denominator;
            (ulong first, ulong r1) = Math.DivRem((ulong)rest << 32, n);
            (ulong second, ulong r2) = Math.DivRem(r1 << 32, n);
            ulong bound = (first << 32) + second;
            low += bound;
            high += bound + (r2 == 0 ? 0UL : 1UL);
        }
        if (left == 0)
        {
            return (floor, true);
        }
        UInt128 one = UInt128.One << 64;
        if (low == high)
        {
            // Every fraction was exact in binary (denominators powers of two).
            return (floor + (long)(low >> 64), (low & (one - 1)) == 0);
        }
        // The sum lies strictly between low and high (in units of 2⁻⁶⁴).
        UInt128 next = ((low >> 64) + 1) << 64;
        if (next >= high)
        {
            return (floor + (long)(low >> 64), false);
        }
        Fraction exact = Fraction.Zero;
        for (int g = 0; g < left; g++)
        {
            exact = exact.Add(grouped[g], by[g]);
        }
        BigInteger whole = BigInteger.DivRem(exact.Numerator, exact.Denominator, out BigInteger remainder);
        return (floor + (long)whole, remainder.IsZero);
    }
}
