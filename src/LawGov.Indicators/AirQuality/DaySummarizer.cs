using System.Numerics;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Turns one site's 24 hourly slots per pollutant into <see cref="DailyConcentrations"/>, applying the validity rules.
/// Generic over the hourly value type: stations use exact fixed-point integers (millionths), cities the decimal mean of
/// their stations. Every statistic is kept exactly as a sum and a count; nothing is divided here.
/// </summary>
internal static class DaySummarizer
{
    /// <param name="date">The day.</param>
    /// <param name="values">24 slots per pollutant, pollutant-major (index pollutant × 24 + hour).</param>
    /// <param name="present">Per pollutant, a bit per hour that holds a value.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static DailyConcentrations Summarize<T>(LocalDate date, ReadOnlySpan<T> values, ReadOnlySpan<uint> present)
        where T : struct, INumber<T>
    {
        var sums = default(Eight);
        ulong counts = 0;
        byte valid = 0;
        for (int p = 0; p < 6; p++)
        {
            uint mask = present[p];
            int n = BitOperations.PopCount(mask);
            counts |= (ulong)n << (8 * p);
            if (n > 0)
            {
                sums[p] = ToDecimal(Sum(values.Slice(p * 24, 24), mask));
                if (n >= ValidityRules.MinimumHoursPerDay)
                {
                    valid |= (byte)(1 << p);
                }
            }
        }

        ReadOnlySpan<T> o3 = values.Slice((int)Pollutant.O3 * 24, 24);
        uint o3Mask = present[(int)Pollutant.O3];
        if (BitOperations.PopCount(o3Mask) >= ValidityRules.MinimumHoursPerDay)
        {
            T max = T.Zero;
            for (uint m = o3Mask; m != 0; m &= m - 1)
            {
                max = T.Max(max, o3[BitOperations.TrailingZeroCount(m)]);
            }
            sums[DailyConcentrations.MaxOneHourSlot] = ToDecimal(max);
            counts |= 1UL << (8 * DailyConcentrations.MaxOneHourSlot);
            valid |= 1 << DailyConcentrations.MaxOneHourSlot;
        }

        T bestSum = T.Zero;
        int bestCount = 0;
        byte windows = 0;
        // Integer sums slide: each window adds the hour entering it and subtracts the one leaving (exact for integers;
        // a city's decimal means are summed afresh per window, since decimal sums of long fractions may round).
        bool slide = typeof(T) == typeof(long);
        T sliding = slide ? Sum(o3[..8], o3Mask & 0xFF) : T.Zero;
        for (int start = 0; start < ValidityRules.WindowsPerDay; start++)
        {
            if (slide && start > 0)
            {
                if ((o3Mask & (1u << (start - 1))) != 0)
                {
                    sliding -= o3[start - 1];
                }
                if ((o3Mask & (1u << (start + 7))) != 0)
                {
                    sliding += o3[start + 7];
                }
            }
            uint window = (o3Mask >> start) & 0xFF;
            int n = BitOperations.PopCount(window);
            if (n < ValidityRules.MinimumHoursPerWindow)
            {
                continue;
            }
            windows++;
            T sum = slide ? sliding : Sum(o3.Slice(start, 8), window);
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

    /// <summary>A station's fixed-point sum as an exact decimal; a city's decimal sum as it is.</summary>
    private static decimal ToDecimal<T>(T value)
        where T : struct, INumber<T> =>
        typeof(T) == typeof(long) ? FixedPoint.ToDecimal((long)(object)value) : decimal.CreateTruncating(value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static T Sum<T>(ReadOnlySpan<T> slots, uint mask)
        where T : struct, INumber<T>
    {
        T sum = T.Zero;
        for (uint m = mask; m != 0; m &= m - 1)
        {
            sum += slots[BitOperations.TrailingZeroCount(m)];
        }
        return sum;
    }
}
