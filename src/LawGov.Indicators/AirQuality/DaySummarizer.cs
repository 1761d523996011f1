using System.Numerics;
using System.Runtime.CompilerServices;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Turns one site's 24 hourly slots per pollutant into <see cref="DailyConcentrations"/>, applying the validity rules.
/// Generic over the hourly value type: stations use exact fixed-point integers (millionths); the decimal instantiation,
/// each window summed afresh, is the reference the tests hold the sliding integer sums to (cities have their own exact
/// routine, <see cref="CityDaySummarizer"/>). Every statistic is kept exactly as a sum and a count; nothing is divided here.
/// </summary>
internal static class DaySummarizer
{
    /// <param name="date">The day.</param>
    /// <param name="values">24 slots per pollutant: pollutant-major (index pollutant × 24 + hour), or hour-major (hour × 6 + pollutant).</param>
    /// <param name="present">Per pollutant, a bit per hour that holds a value.</param>
    /// <param name="hourMajor">Whether <paramref name="values"/> is hour-major.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static DailyConcentrations Summarize<T>(LocalDate date, ReadOnlySpan<T> values, ReadOnlySpan<uint> present, bool hourMajor = false)
        where T : struct, INumber<T>
    {
        if (values.Length < 6 * 24 || present.Length < 6)
        {
            throw new ArgumentException("expected 24 slots for each of 6 pollutants", nameof(values));
        }
        int pollutantStride = hourMajor ? 1 : 24, hourStride = hourMajor ? 6 : 1;
        ref T origin = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(values);
        var sums = default(Eight);
        ulong counts = 0;
        byte valid = 0;
        for (int p = 0; p < 6; p++)
        {
            uint mask = present[p] & 0xFF_FFFF;
            int n = BitOperations.PopCount(mask);
            counts |= (ulong)n << (8 * p);
            if (n > 0)
            {
                sums[p] = ToDecimal(Sum(ref Unsafe.Add(ref origin, p * pollutantStride), hourStride, mask));
                if (n >= ValidityRules.MinimumHoursPerDay)
                {
                    valid |= (byte)(1 << p);
                }
            }
        }

        ref T o3 = ref Unsafe.Add(ref origin, (int)Pollutant.O3 * pollutantStride);
        uint o3Mask = present[(int)Pollutant.O3] & 0xFF_FFFF;
        if (BitOperations.PopCount(o3Mask) >= ValidityRules.MinimumHoursPerDay)
        {
            T max = T.Zero;
            for (uint m = o3Mask; m != 0; m &= m - 1)
            {
                max = T.Max(max, Unsafe.Add(ref o3, BitOperations.TrailingZeroCount(m) * hourStride));
            }
            sums[DailyConcentrations.MaxOneHourSlot] = ToDecimal(max);
            counts |= 1UL << (8 * DailyConcentrations.MaxOneHourSlot);
            valid |= 1 << DailyConcentrations.MaxOneHourSlot;
        }

        T bestSum = T.Zero;
        int bestCount = 0;
        byte windows = 0;
        // Integer sums slide: each window adds the hour entering it and subtracts the one leaving (exact for integers;
        // decimals are summed afresh per window, since decimal sums of long fractions may round).
        bool slide = typeof(T) == typeof(long);
        T sliding = slide ? Sum(ref o3, hourStride, o3Mask & 0xFF) : T.Zero;
        for (int start = 0; start < ValidityRules.WindowsPerDay; start++)
        {
            if (slide && start > 0)
            {
                if ((o3Mask & (1u << (start - 1))) != 0)
                {
                    sliding -= Unsafe.Add(ref o3, (start - 1) * hourStride);
                }
                if ((o3Mask & (1u << (start + 7))) != 0)
                {
                    sliding += Unsafe.Add(ref o3, (start + 7) * hourStride);
                }
            }
            uint window = (o3Mask >> start) & 0xFF;
            int n = BitOperations.PopCount(window);
            if (n < ValidityRules.MinimumHoursPerWindow)
            {
                continue;
            }
            windows++;
            T sum = slide ? sliding : Sum(ref Unsafe.Add(ref o3, start * hourStride), hourStride, window);
            // sum / n > bestSum / bestCount, exactly, by cross-multiplication.
            if (bestCount == 0 || sum * T.CreateTruncating(bestCount) > bestSum * T.CreateTruncating(n))
            {
                bestSum = sum;
                bestCount = n;
            }
        }
        if (bestCount > 0)
        {
            decimal mda8Sum = ToDecimal(bestSum);
            sums[DailyConcentrations.Mda8Slot] = mda8Sum;
            counts |= (ulong)bestCount << (8 * DailyConcentrations.Mda8Slot);
            // Exceeds 160 µg/m³: sum / count > 160 exactly.
            if (windows >= ValidityRules.MinimumWindowsPerDay || mda8Sum > ValidityRules.O3EightHourLimit * bestCount)
            {
                valid |= 1 << DailyConcentrations.Mda8Slot;
            }
        }
        return new DailyConcentrations(date, sums, counts, valid, windows);
    }

    /// <summary>A fixed-point sum as an exact decimal; a decimal sum as it is.</summary>
    private static decimal ToDecimal<T>(T value)
        where T : struct, INumber<T> =>
        typeof(T) == typeof(long) ? FixedPoint.ToDecimal((long)(object)value) : decimal.CreateTruncating(value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static T Sum<T>(ref T first, int stride, uint mask)
        where T : struct, INumber<T>
    {
        // The mask has bits 0..23 only (hours), so every slot read is inside the 24 of the pollutant.
        T sum = T.Zero;
        for (uint m = mask & 0xFF_FFFF; m != 0; m &= m - 1)
        {
            sum += Unsafe.Add(ref first, BitOperations.TrailingZeroCount(m) * stride);
        }
        return sum;
    }
}
