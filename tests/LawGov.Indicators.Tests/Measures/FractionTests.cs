using System.Numerics;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Measures;

public class FractionTests
{
    [Theory]
    [InlineData(105, 2, "52.5")] // 52.5 exactly
    [InlineData(1, 8, "0.125")]
    [InlineData(70, 2, "35")] // exact values come without trailing zeros
    [InlineData(1, 1L << 20, "0.00000095367431640625")] // 2⁻²⁰ has 20 decimals: still exact
    public void ToDecimal_AtMost20Decimals_IsExact(long numerator, long denominator, string expected)
    {
        decimal value = new Fraction(numerator, denominator).ToDecimal();

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1, 3, "0.333333333333333333335")] // ⌊10²⁰/3⌋ = 33…3 (20 threes), midpoint + 5 · 10⁻²¹
    [InlineData(2519, 72, "34.986111111111111111115")] // 34.98611…: the interval (…11111, …11112) · 10⁻²⁰
    [InlineData(1, 1L << 21, "0.000000476837158203125")] // 2⁻²¹ has 21 decimals: the midpoint of its interval (it is the midpoint itself)
    public void ToDecimal_MoreThan20Decimals_IsTheMidpointOfItsInterval(long numerator, long denominator, string expected)
    {
        decimal value = new Fraction(numerator, denominator).ToDecimal();

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToDecimal_WithinATinyDistanceAboveAWholeNumber_StaysAboveIt()
    {
        // 35 + 1/(3 · 10²⁵): the nearest 20-decimal number is 35 itself; the midpoint 35.000000000000000000005 is above.
        var value = new Fraction((35 * 3 * BigInteger.Pow(10, 25)) + 1, 3 * BigInteger.Pow(10, 25));

        Assert.True(value.ToDecimal() > 35m);
        Assert.Equal(35.000000000000000000005m, value.ToDecimal());
    }

    [Fact]
    public void ToDecimal_LargestValue_Fits()
    {
        // 9 999 999.999999 + 1/3 · 10⁻⁶ (the largest hourly value, plus a third of a millionth): 7 + 21 digits fit.
        var value = new Fraction((9_999_999_999_999L * 3) + 1, 3_000_000);

        Assert.Equal(9_999_999.999999333333333333335m, value.ToDecimal());
    }

    // A negative value mirrors its positive: −1/3 is the midpoint −0.333…335 of (−⌈10²⁰/3⌉, −⌊10²⁰/3⌋) · 10⁻²⁰, and
    // −105/2 is −52.5 exactly.
    [Theory]
    [InlineData(-1, 3, "-0.333333333333333333335")]
    [InlineData(-105, 2, "-52.5")]
    public void ToDecimal_Negative_MirrorsThePositiveValue(long numerator, long denominator, string expected) =>
        Assert.Equal(expected, new Fraction(numerator, denominator).ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture));

    // 10⁸ + 1/3 has 9 integer digits, so a midpoint fits only on a grid of at most 19 decimals (9 + 20 digits fit the
    // 96-bit mantissa, 9 + 21 do not): asking for a 20-decimal grid at least refuses it; an exact 10⁸ + 0.5 is taken
    // on any grid.
    [Fact]
    public void TryToDecimal_MidpointCoarserThanAsked_IsRefused()
    {
        var third = new Fraction((300_000_000 * BigInteger.One) + 1, 3);

        Assert.True(third.TryToDecimal(20, 19, out decimal coarse));
        Assert.Equal(100_000_000.33333333333333333335m, coarse);
        Assert.False(third.TryToDecimal(20, 20, out _));
        Assert.True(new Fraction(200_000_001, 2).TryToDecimal(20, 20, out decimal half));
        Assert.Equal(100_000_000.5m, half);
    }

    [Theory]
    [InlineData(105, 2, 0, "52")] // GB/T 8170: 52.5 -> 52 (half to even)
    [InlineData(107, 2, 0, "54")] // 53.5 -> 54
    [InlineData(70, 2, 1, "35.0")] // 35 to one decimal
    [InlineData(29, 30, 1, "1.0")] // 0.9666… -> 1.0
    public void Round_HalfEven_IsExact(long numerator, long denominator, int decimals, string expected)
    {
        decimal value = new Fraction(numerator, denominator).Round(decimals, RoundingMode.HalfEven);

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Interpolate_Hj663Weight_IsExact()
    {
        // 75 − 21/72 + (28/72) · 0.75 = 75.
        Fraction p = Fraction.Interpolate(new Fraction(5379, 72), new Fraction(5407, 72), 0.75m);

        Assert.Equal(0, p.CompareTo(75m));
    }

    /// <summary>
    /// Fractions below 10⁷ whose denominators mix 2, 3, 5, 7 and large factors, often a whisker (down to 10⁻³⁰) from a
    /// number with few decimals, or exactly on one.
    /// </summary>
    private static readonly FsCheck.Gen<(BigInteger N, BigInteger D)> NearThresholds =
        from whole in Gen.Choose(0, 9_999_999)
        from decimals in Gen.Choose(0, 6)
        from digits in Gen.Choose(0, 999_999)
        from side in Gen.Elements(-1, 0, 1)
        from tinyExponent in Gen.Choose(1, 30)
        from factor in Gen.Elements(1, 3, 7, 9, 11, 72, 1_000_003)
        select Build(whole, decimals, digits, side, tinyExponent, factor);

    private static (BigInteger N, BigInteger D) Build(int whole, int decimals, int digits, int side, int tinyExponent, int factor)
    {
        // t = whole + digits / 10^decimals (truncated to its decimals); q = t + side / (factor · 10^tinyExponent).
        BigInteger scale = BigInteger.Pow(10, decimals);
        BigInteger t = (whole * scale) + (digits % scale);
        BigInteger denominator = scale * factor * BigInteger.Pow(10, tinyExponent);
        BigInteger numerator = (t * factor * BigInteger.Pow(10, tinyExponent)) + side;
        return numerator.Sign < 0 ? (BigInteger.Zero, BigInteger.One) : (numerator, denominator);
    }

    [Fact]
    public void ToDecimal_EveryThresholdAndRounding_DecidesAsTheExactValue()
    {
        // Reference: BigInteger fractions. For thresholds with at most 6 decimals next to the value (its floor and
        // ceiling at every precision, and the value itself when it is one), the decimal compares as the exact value; it
        // rounds as the exact value in every mode to 0–16 decimals; and Round from the exact fraction, to no more
        // decimals than the decimal has (as AnnualStatistic rounds), gives Rounding.Round of the decimal, scale included.
        RoundingMode[] modes = Enum.GetValues<RoundingMode>();
        Properties.Check(Prop.ForAll(NearThresholds.ToArbitrary(), x =>
        {
            var exact = new Q(x.N, x.D);
            var fraction = new Fraction(x.N, x.D);
            decimal value = fraction.ToDecimal();
            Q converted = Q.Of(value);
            (BigInteger cell, bool onGrid) = exact.Cell(Fraction.GridDecimals);
            bool shape = onGrid ? converted.CompareTo(exact) == 0 : converted.Cell(Fraction.GridDecimals) == (cell, false);
            if (!shape)
            {
                return false;
            }
            for (int decimals = 0; decimals <= 6; decimals++)
            {
                (BigInteger floor, _) = exact.Cell(decimals);
                foreach (BigInteger step in new[] { floor, floor + 1 })
                {
                    var threshold = new Q(step, BigInteger.Pow(10, decimals));
                    decimal t = (decimal)step / (decimal)BigInteger.Pow(10, decimals);
                    if (Math.Sign(value.CompareTo(t)) != Math.Sign(exact.CompareTo(threshold)) || Math.Sign(fraction.CompareTo(t)) != Math.Sign(exact.CompareTo(threshold)))
                    {
                        return false;
                    }
                }
            }
            for (int decimals = 0; decimals <= RoundingRule.MaxDecimals; decimals++)
            {
                foreach (RoundingMode mode in modes)
                {
                    decimal rounded = Rounding.Round(value, decimals, mode);
                    decimal fromExact = fraction.Round(Math.Min(decimals, value.Scale), mode);
                    if (Q.Of(rounded).CompareTo(exact.Round(decimals, mode)) != 0 || fromExact != rounded || fromExact.Scale != rounded.Scale)
                    {
                        return false;
                    }
                }
            }
            return true;
        }), maxTest: 1000);
    }
}
