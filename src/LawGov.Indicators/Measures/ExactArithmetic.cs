using System.Globalization;
using System.Numerics;

namespace LawGov.Indicators.Measures;

/// <summary>
/// Exact comparisons and rounding of count ratios against decimal percentages. Integers only: a decimal
/// percentage p = m / 10^s is compared with n / d through n · 100 · 10^s against m · d. A 128-bit fast
/// path covers every realistic input; <see cref="BigInteger"/> covers the rest.
/// </summary>
internal static class ExactArithmetic
{
    private static readonly UInt128[] PowersOfTen = BuildPowersOfTen();

    private static UInt128[] BuildPowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    /// <summary>Splits a decimal into sign, 96-bit mantissa and scale.</summary>
    internal static (bool Negative, UInt128 Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        UInt128 mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        int scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 && mantissa != 0, mantissa, scale);
    }

    /// <summary>
    /// A percentage threshold decomposed once for repeated exact comparisons: its mantissa, and 100 · 10^scale as the
    /// factor of the numerator side (zero when the fast path does not apply).
    /// </summary>
    internal readonly struct PercentKey
    {
        internal PercentKey(decimal percent)
        {
            Percent = percent;
            var (negative, mantissa, scale) = Decompose(percent);
            Negative = negative;
            Mantissa = (ulong)mantissa;
            Factor = !negative && scale <= 16 && mantissa <= ulong.MaxValue ? (ulong)(100u * PowersOfTen[scale]) : 0;
        }

        internal decimal Percent { get; }

        internal bool Negative { get; }

        internal ulong Mantissa { get; }

        internal ulong Factor { get; }
    }

    /// <summary>Compares numerator / denominator × 100 with a decomposed percentage: −1, 0 or +1.</summary>
    internal static int ComparePercent(long numerator, long denominator, in PercentKey key)
    {
        if (key.Factor == 0)
        {
            return key.Negative ? 1 : ComparePercent(numerator, denominator, key.Percent);
        }
        ulong leftHigh = Math.BigMul((ulong)numerator, key.Factor, out ulong leftLow);
        ulong rightHigh = Math.BigMul(key.Mantissa, (ulong)denominator, out ulong rightLow);
        return leftHigh != rightHigh ? leftHigh.CompareTo(rightHigh) : leftLow.CompareTo(rightLow);
    }

    /// <summary>
    /// Compares numerator / denominator × 100 with <paramref name="percent"/>: −1, 0 or +1.
    /// The denominator must be positive and the numerator non-negative.
    /// </summary>
    internal static int ComparePercent(long numerator, long denominator, decimal percent)
    {
        var (negative, mantissa, scale) = Decompose(percent);
        if (negative)
        {
            return 1;
        }
        // n/d*100 ? m/10^s  <=>  n * 100 * 10^s ? m * d, each side one 64 x 64 -> 128-bit multiply.
        if (scale <= 16 && mantissa <= ulong.MaxValue)
        {
            ulong leftHigh = Math.BigMul((ulong)numerator, (ulong)(100u * PowersOfTen[scale]), out ulong leftLow);
            ulong rightHigh = Math.BigMul((ulong)mantissa, (ulong)denominator, out ulong rightLow);
            return leftHigh != rightHigh ? leftHigh.CompareTo(rightHigh) : leftLow.CompareTo(rightLow);
        }
        BigInteger bigLeft = new BigInteger(numerator) * 100 * BigInteger.Pow(10, scale);
        BigInteger bigRight = (BigInteger)mantissa * denominator;
        return bigLeft.CompareTo(bigRight);
    }

    /// <summary>
    /// Rounds numerator / denominator × 100 to <paramref name="decimals"/> decimals with
    /// <paramref name="mode"/>, exactly. Denominator positive, numerator non-negative, decimals 0..16.
    /// </summary>
    /// <exception cref="OverflowException">The rounded value does not fit in a decimal (see <see cref="TryRoundPercent"/>).</exception>
    internal static decimal RoundPercent(long numerator, long denominator, int decimals, RoundingMode mode) =>
        TryRoundPercent(numerator, denominator, decimals, mode, out decimal rounded)
            ? rounded
            : throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                $"{numerator}/{denominator} in percent, rounded to {decimals} decimals, has more significant digits than a decimal holds."));

    /// <summary>
    /// Rounds numerator / denominator × 100 to <paramref name="decimals"/> decimals with <paramref name="mode"/>,
    /// exactly, at that scale. When the result has more digits than a decimal's 96-bit significand holds, trailing zeros
    /// are dropped until it fits (922337203685477580700 % stays exact); false when non-zero digits would be lost.
    /// </summary>
    internal static bool TryRoundPercent(long numerator, long denominator, int decimals, RoundingMode mode, out decimal rounded)
    {
        // n < 2^63, so n · 100 · 10^16 < 2^63 · 2^60 fits in 128 bits.
        UInt128 scaled = (UInt128)(ulong)numerator * 100u * PowersOfTen[decimals];
        UInt128 den = (ulong)denominator;
        UInt128 quotient = scaled / den;
        UInt128 remainder = scaled - quotient * den;
        if (remainder != 0 && RoundsAway(quotient, remainder, den, mode))
        {
            quotient++;
        }
        int scale = decimals;
        while (quotient >> 96 != 0 && scale > 0 && quotient % 10 == 0)
        {
            quotient /= 10;
            scale--;
        }
        if (quotient >> 96 != 0)
        {
            rounded = 0;
            return false;
        }
        rounded = new decimal(
            (int)(uint)quotient,
            (int)(uint)(quotient >> 32),
            (int)(uint)(quotient >> 64),
            isNegative: false,
            (byte)scale);
        return true;
    }

    /// <summary>
    /// True when <see cref="TryRoundPercent"/> succeeds. One multiplication decides every share and every realistic
    /// ratio: the rounded quotient is at most n · 100 · 10^decimals, so below 2^96 it fits; only beyond that is it computed.
    /// </summary>
    internal static bool RoundedPercentFits(long numerator, long denominator, int decimals, RoundingMode mode) =>
        ((UInt128)(ulong)numerator * 100u * PowersOfTen[decimals]) >> 96 == 0
        || TryRoundPercent(numerator, denominator, decimals, mode, out _);

    private static bool RoundsAway(UInt128 quotient, UInt128 remainder, UInt128 denominator, RoundingMode mode)
    {
        // remainder / denominator is the discarded fraction, strictly between 0 and 1.
        int half = (remainder * 2).CompareTo(denominator);
        return mode switch
        {
            RoundingMode.HalfEven => half > 0 || (half == 0 && (quotient & 1) == 1),
            RoundingMode.HalfUp => half >= 0,
            RoundingMode.Truncate => false,
            RoundingMode.Ceiling => true,
            RoundingMode.Floor => false,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Value is not a defined RoundingMode."),
        };
    }

    /// <summary>
    /// True when <paramref name="statedPercent"/> lies within half a unit of its own last decimal of the exact
    /// value numerator / denominator × 100 (boundary included), i.e. it is a correct rounding of the counts
    /// under some half-unit rounding rule.
    /// </summary>
    internal static bool IsWithinHalfUnit(long numerator, long denominator, decimal statedPercent)
    {
        var (negative, mantissa, scale) = Decompose(statedPercent);
        // |n*100/d - m/10^s| <= 1/(2*10^s)  <=>  |2*n*100*10^s - 2*m*d| <= d
        BigInteger exact = new BigInteger(numerator) * 100 * BigInteger.Pow(10, scale);
        BigInteger stated = (BigInteger)mantissa * denominator * (negative ? -1 : 1);
        return BigInteger.Abs(exact - stated) * 2 <= denominator;
    }

    /// <summary>
    /// The smallest numerator n with n / <paramref name="denominator"/> × 100 ≥ <paramref name="percent"/>
    /// (when <paramref name="strict"/>, &gt; instead of ≥). Used to express a margin in counts.
    /// </summary>
    internal static Int128 MinimumNumerator(long denominator, decimal percent, bool strict)
    {
        var (negative, mantissa, scale) = Decompose(percent);
        if (negative)
        {
            return 0;
        }
        // n >= m * d / (100 * 10^s): the ceiling, or one more when the quotient is exact and the bound strict.
        var (quotient, exact) = DivideByHundredPowerOfTen(mantissa, denominator, scale);
        return exact && !strict ? quotient : quotient + 1;
    }

    /// <summary>
    /// The largest numerator n with n / <paramref name="denominator"/> × 100 ≤ <paramref name="percent"/>
    /// (when <paramref name="strict"/>, &lt; instead of ≤).
    /// </summary>
    internal static Int128 MaximumNumerator(long denominator, decimal percent, bool strict)
    {
        var (negative, mantissa, scale) = Decompose(percent);
        if (negative)
        {
            return -1;
        }
        var (quotient, exact) = DivideByHundredPowerOfTen(mantissa, denominator, scale);
        return exact && strict ? quotient - 1 : quotient;
    }

    /// <summary>
    /// ⌊m · d / (100 · 10^s)⌋ and whether the division is exact; 128-bit when it fits. A quotient above 2^66 is
    /// capped there: it is far beyond any numerator, so every margin computed from it is outside 64 bits either way,
    /// and the cap keeps the callers' Int128 arithmetic from wrapping.
    /// </summary>
    private static (Int128 Quotient, bool Exact) DivideByHundredPowerOfTen(UInt128 mantissa, long denominator, int scale)
    {
        if (scale <= 16 && mantissa <= ulong.MaxValue)
        {
            UInt128 product = mantissa * (ulong)denominator;
            UInt128 divisor = 100u * PowersOfTen[scale];
            UInt128 quotient = product / divisor;
            return ((Int128)quotient, product == quotient * divisor);
        }
        BigInteger bigQuotient = BigInteger.DivRem((BigInteger)mantissa * denominator, 100 * BigInteger.Pow(10, scale), out BigInteger remainder);
        return ((Int128)BigInteger.Min(bigQuotient, BigInteger.One << 66), remainder.IsZero);
    }
}
