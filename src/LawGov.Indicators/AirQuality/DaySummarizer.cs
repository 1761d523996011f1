using System.Numerics;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Turns one site's 24 hourly slots per pollutant into <see cref="DailyConcentrations"/>, applying the validity rules.
/// Generic over the hourly value type: stations use exact fixed-point integers (µg/m³ × 10⁶), cities the decimal mean
/// of their stations. Sums are exact; each mean is one decimal division, correct to 28 significant digits.
/// </summary>
internal static class DaySummarizer
{
    /// <param name="date">The day.</param>
    /// <param name="values">24 slots per pollutant, pollutant-major (index pollutant × 24 + hour).</param>
    /// <param name="present">Per pollutant, a bit per hour that holds a value.</param>
    /// <param name="scale">What one unit of <typeparamref name="T"/> is worth: 10⁶ for fixed-point stations, 1 for decimals.</param>
    internal static DailyConcentrations Summarize<T>(LocalDate date, ReadOnlySpan<T> values, ReadOnlySpan<uint> present, decimal scale)
        where T : struct, INumber<T>
    {
        var means = default(Six);
        ulong hours = 0;
        byte valid = 0;
        for (int p = 0; p < 6; p++)
        {
            uint mask = present[p];
            int n = BitOperations.PopCount(mask);
            hours |= (ulong)n << (8 * p);
            if (n >= ValidityRules.MinimumHoursPerDay)
            {
                T sum = Sum(values.Slice(p * 24, 24), mask);
                means[p] = decimal.CreateChecked(sum) / (n * scale);
                valid |= (byte)(1 << p);
            }
        }

        ReadOnlySpan<T> o3 = values.Slice((int)Pollutant.O3 * 24, 24);
        uint o3Mask = present[(int)Pollutant.O3];
        decimal maxOneHour = 0m;
        if (BitOperations.PopCount(o3Mask) >= ValidityRules.MinimumHoursPerDay)
        {
            T max = T.Zero;
            for (uint m = o3Mask; m != 0; m &= m - 1)
            {
                max = T.Max(max, o3[BitOperations.TrailingZeroCount(m)]);
            }
            maxOneHour = decimal.CreateChecked(max) / scale;
            valid |= 1 << 7;
        }

        T bestSum = T.Zero;
        int bestCount = 0;
        byte windows = 0;
        for (int start = 0; start < ValidityRules.WindowsPerDay; start++)
        {
            uint window = (o3Mask >> start) & 0xFF;
            int n = BitOperations.PopCount(window);
            if (n < ValidityRules.MinimumHoursPerWindow)
            {
                continue;
            }
            windows++;
            T sum = Sum(o3.Slice(start, 8), window);
            // sum / n > bestSum / bestCount, exactly, by cross-multiplication.
            if (bestCount == 0 || sum * T.CreateChecked(bestCount) > bestSum * T.CreateChecked(n))
            {
                bestSum = sum;
                bestCount = n;
            }
        }
        decimal mda8 = 0m;
        if (bestCount > 0)
        {
            mda8 = decimal.CreateChecked(bestSum) / (bestCount * scale);
            if (windows >= ValidityRules.MinimumWindowsPerDay || mda8 > ValidityRules.O3EightHourLimit)
            {
                valid |= 1 << 6;
            }
        }
        return new DailyConcentrations(date, means, mda8, maxOneHour, hours, valid, windows);
    }

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
