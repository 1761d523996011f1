using System.Runtime.CompilerServices;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Exact fixed-point numbers in millionths (10⁻⁶ of a unit), the form hourly values are read in, and exact daily
/// statistics as (sum, count) pairs of them.
/// </summary>
internal static class FixedPoint
{
    internal const long One = 1_000_000;

    /// <summary>
    /// lcm(20..24) = 212 520, which every count of a valid daily value divides (daily means 20–24 hours, MDA8 6–8 hours,
    /// the maximum 1): such a mean is an integer multiple of 1/<see cref="MeanScale"/> millionths.
    /// </summary>
    internal const long MeanScale = 212_520;

    /// <summary>The largest fixed-point value read (9 999 999.999999 units).</summary>
    internal const long MaxValue = 9_999_999_999_999;

    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    /// <summary>The decimal of a fixed-point value, exactly (scale 6), without arithmetic.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ToDecimal(long millionths) =>
        new((int)millionths, (int)(millionths >> 32), 0, false, 6);

    /// <summary>
    /// The fixed-point value of a non-negative decimal with at most 6 significant decimals, below 10¹², exactly; false otherwise.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryFrom(decimal value, out long millionths)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        millionths = 0;
        if (scale > 6)
        {
            // Trailing zeros beyond six decimals (1.0000000) are still exact.
            decimal rounded = decimal.Round(value, 6);
            if (rounded != value)
            {
                return false;
            }
            decimal.GetBits(rounded, bits);
            scale = (bits[3] >> 16) & 0xFF;
        }
        if (bits[3] < 0 || bits[2] != 0 || scale > 6)
        {
            return false;
        }
        long mantissa = ((long)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa >= 1_000_000_000_000_000L / Pow10[6 - scale])
        {
            return false;
        }
        millionths = mantissa * Pow10[6 - scale];
        return true;
    }

    /// <summary>
    /// The mean sum / count as an exact integer key in 1/(10⁶ · <see cref="MeanScale"/>) units, when the count divides
    /// <see cref="MeanScale"/> and the mean is at most <see cref="MaxValue"/> (then the key fits: ≤ 2.2 · 10¹⁸).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryMeanKey(long sum, int count, out long key)
    {
        key = 0;
        long factor = (uint)count < (uint)KeyFactors.Length ? KeyFactors[count] : count > 0 && MeanScale % count == 0 ? MeanScale / count : 0;
        if (factor == 0 || sum < 0 || sum > MaxValue * count)
        {
            return false;
        }
        key = sum * factor;
        return true;
    }

    /// <summary><see cref="MeanScale"/> / count for the counts of daily values (0–24), 0 where it does not divide: no division per value.</summary>
    private static readonly long[] KeyFactors = Enumerable.Range(0, 25).Select(c => c > 0 && MeanScale % c == 0 ? MeanScale / c : 0).ToArray();
}
