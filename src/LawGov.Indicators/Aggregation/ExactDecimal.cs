using System.Numerics;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// Exact arithmetic on decimals for the accumulators: sums that refuse to round, a total order that also orders
/// equal values by scale (so a merged state is the same whatever the order of its parts), and exact rounding of
/// quotients such as a mean.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>The decimals a mean is rounded to (half-even) when no rounding is asked for.</summary>
    internal const int MeanDecimals = 16;

    /// <summary>
    /// <paramref name="left"/> + <paramref name="right"/>, exactly: a decimal sum keeps the larger scale of its operands
    /// unless it has to round, so a smaller scale means digits were lost.
    /// </summary>
    /// <remarks>
    /// Order: a successful sum of many values is their exact sum at the largest scale among them, whatever the order
    /// of the additions. An order may throw where another does not, because its partial sums differ: 10^28 + 0.5
    /// needs 30 significant digits and throws, so 10^28 + 0.5 − 10^28 throws while 10^28 − 10^28 + 0.5 is 0.5. A merge
    /// is therefore order-independent while every partial sum it forms fits (at most 96 bits of mantissa at the larger
    /// scale, about 28 significant digits); otherwise it throws, never returning a rounded or different value.
    /// </remarks>
    /// <exception cref="OverflowException">The exact sum does not fit in a decimal at the larger scale of the two.</exception>
    internal static decimal Add(decimal left, decimal right) =>
        TryAdd(left, right, out decimal sum)
            ? sum
            : throw new OverflowException("The exact sum needs more digits than a decimal has (28 to 29 significant digits).");

    /// <summary><see cref="Add"/> without the exception: false when the exact sum does not fit.</summary>
    internal static bool TryAdd(decimal left, decimal right, out decimal sum)
    {
        try
        {
            sum = left + right;
        }
        catch (OverflowException)
        {
            // Beyond ±decimal.MaxValue; the only exception decimal addition throws, and only for operands of one sign.
            sum = 0m;
            return false;
        }
        return sum.Scale >= Math.Max(left.Scale, right.Scale);
    }

    /// <summary>Orders by value, then equal values by scale (1.0 before 1.00): a total order on decimal representations.</summary>
    internal static int Compare(decimal left, decimal right)
    {
        int byValue = left.CompareTo(right);
        return byValue != 0 ? byValue : left.Scale.CompareTo(right.Scale);
    }

    /// <summary>The smaller of two values; of equal values, the one with fewer decimals.</summary>
    internal static decimal Min(decimal left, decimal right) => Compare(left, right) <= 0 ? left : right;

    /// <summary>The larger of two values; of equal values, the one with more decimals.</summary>
    internal static decimal Max(decimal left, decimal right) => Compare(left, right) >= 0 ? left : right;

    /// <summary>A decimal as an exact fraction mantissa / 10^scale.</summary>
    internal static (BigInteger Numerator, BigInteger Denominator) ToFraction(decimal value)
    {
        var (negative, mantissa, scale) = ExactArithmetic.Decompose(value);
        var numerator = (BigInteger)mantissa;
        return (negative ? -numerator : numerator, BigInteger.Pow(10, scale));
    }

    /// <summary>
    /// numerator / denominator rounded with <paramref name="mode"/> to <paramref name="decimals"/> decimals, exactly;
    /// false when the rounded value does not fit in a decimal.
    /// </summary>
    internal static bool TryRound(BigInteger numerator, BigInteger denominator, int decimals, RoundingMode mode, out decimal result)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        bool negative = numerator.Sign < 0;
        BigInteger quotient = BigInteger.DivRem(BigInteger.Abs(numerator) * BigInteger.Pow(10, decimals), denominator, out BigInteger remainder);
        if (!remainder.IsZero && RoundsAway(quotient, remainder, denominator, negative, mode))
        {
            quotient += 1;
        }
        if (quotient.GetBitLength() > 96)
        {
            result = 0m;
            return false;
        }
        var magnitude = (UInt128)quotient;
        result = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative && !quotient.IsZero, (byte)decimals);
        return true;
    }

    /// <summary>
    /// The mean numerator / denominator rounded half-even to <see cref="MeanDecimals"/> decimals (fewer when the
    /// magnitude leaves fewer digits in a decimal; the rounding is still done once, on the exact value), without
    /// trailing zeros.
    /// </summary>
    /// <exception cref="OverflowException">The value does not fit in a decimal even as a whole number.</exception>
    internal static decimal RoundMean(BigInteger numerator, BigInteger denominator)
    {
        for (int decimals = MeanDecimals; decimals >= 0; decimals--)
        {
            if (TryRound(numerator, denominator, decimals, RoundingMode.HalfEven, out decimal result))
            {
                return Normalize(result);
            }
        }
        throw new OverflowException("The mean does not fit in a decimal.");
    }

    /// <summary>The value without trailing zeros (2.500 → 2.5, 50.000 → 50).</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static bool RoundsAway(BigInteger quotient, BigInteger remainder, BigInteger denominator, bool negative, RoundingMode mode)
    {
        int half = (remainder * 2).CompareTo(denominator);
        return mode switch
        {
            RoundingMode.HalfEven => half > 0 || (half == 0 && !quotient.IsEven),
            RoundingMode.HalfUp => half >= 0,
            RoundingMode.Truncate => false,
            RoundingMode.Ceiling => !negative,
            RoundingMode.Floor => negative,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Value is not a defined RoundingMode."),
        };
    }
}
