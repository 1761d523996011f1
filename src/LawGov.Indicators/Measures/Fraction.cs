using System.Numerics;
using LawGov.Indicators.Aggregation;

namespace LawGov.Indicators.Measures;

/// <summary>
/// An exact fraction in <see cref="BigInteger"/>s, not necessarily reduced, with a positive denominator: a city's daily
/// air-quality value, every annual air figure (mean, percentile) and a rollup's mean of units, each before its one
/// conversion to <see cref="decimal"/> (<see cref="ToDecimal"/>).
/// </summary>
/// <remarks>
/// The numerator may be negative (a mean of negative values); the air-quality figures never are. Compare values with
/// <see cref="CompareTo(Fraction)"/>: the record's equality compares numerator and denominator as written (1/2 and 2/4
/// differ). <c>default</c> has denominator 0 and is not a value.
/// </remarks>
internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator) : IComparable<Fraction>
{
    /// <summary>Decimals of the grid <see cref="ToDecimal"/> keeps values on: 20.</summary>
    internal const int GridDecimals = 20;

    /// <summary>The most decimals a <see cref="decimal"/> has.</summary>
    private const int MaxScale = 28;

    private static readonly BigInteger Grid = BigInteger.Pow(10, GridDecimals);

    internal static Fraction Zero { get; } = new(BigInteger.Zero, BigInteger.One);

    /// <summary>A decimal (non-negative), exactly: mantissa / 10^scale.</summary>
    internal static Fraction Of(decimal value)
    {
        (BigInteger numerator, BigInteger denominator) = ExactDecimal.ToFraction(value);
        return new Fraction(numerator, denominator);
    }

    /// <summary>This + <paramref name="numerator"/> / <paramref name="denominator"/>, over the least common denominator.</summary>
    internal Fraction Add(BigInteger numerator, BigInteger denominator)
    {
        BigInteger gcd = BigInteger.GreatestCommonDivisor(Denominator, denominator);
        BigInteger lcm = Denominator / gcd * denominator;
        return new Fraction((Numerator * (lcm / Denominator)) + (numerator * (lcm / denominator)), lcm);
    }

    /// <summary>This + <paramref name="other"/>, over the least common denominator.</summary>
    internal Fraction Add(Fraction other) => Add(other.Numerator, other.Denominator);

    /// <summary>This / <paramref name="divisor"/> (positive).</summary>
    internal Fraction Divide(int divisor) => new(Numerator, Denominator * divisor);

    /// <summary>
    /// <paramref name="low"/> + (<paramref name="high"/> − <paramref name="low"/>) · <paramref name="weight"/>, the HJ 663
    /// interpolation, exactly (<paramref name="weight"/> 0 to 1).
    /// </summary>
    internal static Fraction Interpolate(Fraction low, Fraction high, decimal weight)
    {
        if (weight == 0m)
        {
            return low;
        }
        (BigInteger w, BigInteger scale) = ExactDecimal.ToFraction(weight);
        // (a/b)(1 − w/s) + (c/d)(w/s) = (a·d·(s − w) + c·b·w) / (b·d·s)
        return new Fraction(
            (low.Numerator * high.Denominator * (scale - w)) + (high.Numerator * low.Denominator * w),
            low.Denominator * high.Denominator * scale);
    }

    /// <summary>Orders exactly, by cross-multiplication.</summary>
    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Orders against a decimal exactly.</summary>
    internal int CompareTo(decimal value) => CompareTo(Of(value));

    /// <summary>
    /// The value as a decimal, converted once: exactly when it has at most 20 decimals; otherwise the midpoint of the
    /// interval of 10⁻²⁰ that holds it (21 decimals). Exact values come without trailing zeros.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why the midpoint and not the nearest decimal: when the value q has more than 20 decimals, it and the midpoint d
    /// both lie strictly inside the same open interval (F · 10⁻²⁰, (F + 1) · 10⁻²⁰), which holds no number with at most
    /// 20 decimals. So for every threshold t with at most 20 decimals (a limit, a target, a breakpoint), d &lt; t, d = t
    /// or d &gt; t exactly when q is — and d = t never happens, as q ≠ t. Rounding to r ≤ 19 decimals in any mode is
    /// decided by the value's position among the multiples of 10⁻ʳ and their midpoints (numbers with r + 1 ≤ 20
    /// decimals), so d rounds as q does (GB/T 8170 half to even of 52.5 needs exactly 52.5; 52.5 + 10⁻²⁵ is rounded as
    /// 53 from d as from q). The nearest 20-decimal number would not do: an annual mean can lie within 10⁻²⁰ of a whole
    /// number without being one (a denominator such as lcm(station counts) · 24 · 366 · 10⁶ exceeds 10²⁰ with a few dozen
    /// stations), and rounding it onto that number would turn "just above 35" into "35".
    /// </para>
    /// <para>
    /// 20 decimals because every figure here is below 10⁷ (hourly values have at most 7 integer digits, and means and
    /// percentiles lie between the smallest and largest daily value): 7 + 21 digits fit the 96-bit mantissa
    /// (7.9 · 10²⁸), 7 + 22 would not. Larger values keep fewer decimals so they still fit.
    /// </para>
    /// </remarks>
    internal decimal ToDecimal() =>
        TryToDecimal(GridDecimals, 0, out decimal value) ? value : throw new OverflowException("The value does not fit in a decimal.");

    /// <summary>
    /// <see cref="ToDecimal"/> on the finest grid of 10⁻ᵍ, from <paramref name="maxDecimals"/> decimals down, that fits:
    /// exactly when the value has at most g decimals, otherwise the midpoint of the interval of 10⁻ᵍ that holds it — but
    /// a midpoint only on a grid of at least <paramref name="minDecimals"/> decimals, so that it orders as the value
    /// against every number with at most that many decimals and rounds as the value to fewer (the remarks of
    /// <see cref="ToDecimal"/>); negative values mirror positive ones. False when neither fits in a decimal.
    /// </summary>
    /// <param name="maxDecimals">The finest grid tried, 0 to 28 (a midpoint needs one decimal more, so at most 27 for one).</param>
    /// <param name="minDecimals">The coarsest grid a midpoint may lie on; exact values are taken on any grid.</param>
    /// <param name="value">The decimal, or 0 when false.</param>
    internal bool TryToDecimal(int maxDecimals, int minDecimals, out decimal value)
    {
        bool negative = Numerator.Sign < 0;
        BigInteger magnitude = BigInteger.Abs(Numerator);
        for (int decimals = maxDecimals; decimals >= 0; decimals--)
        {
            BigInteger grid = decimals == GridDecimals ? Grid : BigInteger.Pow(10, decimals);
            BigInteger floor = BigInteger.DivRem(magnitude * grid, Denominator, out BigInteger remainder);
            if (remainder.IsZero && floor.GetBitLength() <= 96)
            {
                value = ExactDecimal.Normalize(FromMantissa(floor, decimals, negative));
                return true;
            }
            BigInteger midpoint = ((2 * floor) + 1) * 5;
            if (decimals >= minDecimals && decimals < MaxScale && midpoint.GetBitLength() <= 96)
            {
                value = FromMantissa(midpoint, decimals + 1, negative);
                return true;
            }
        }
        value = 0m;
        return false;
    }

    /// <summary>The value rounded once, exactly, with <paramref name="mode"/> to <paramref name="decimals"/> decimals (that scale).</summary>
    internal decimal Round(int decimals, RoundingMode mode)
    {
        if (!ExactDecimal.TryRound(Numerator, Denominator, decimals, mode, out decimal rounded))
        {
            throw new OverflowException("The rounded value does not fit in a decimal.");
        }
        return rounded;
    }

    private static decimal FromMantissa(BigInteger mantissa, int scale, bool negative)
    {
        var bits = (UInt128)mantissa;
        return new decimal((int)(uint)bits, (int)(uint)(bits >> 32), (int)(uint)(bits >> 64), negative && !mantissa.IsZero, (byte)scale);
    }
}
