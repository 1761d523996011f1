using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Aggregation;

public class ExactDecimalTests
{
    private const decimal Big = 10_000_000_000_000_000_000_000_000_000m; // 10^28

    // 10^28 + 0.5 = 10000000000000000000000000000.5 has 30 significant digits (mantissa 10^29 + 5 > 2^96 − 1 ≈ 7.9 × 10^28).
    [Fact]
    public void Add_PartialSumThatDoesNotFit_Throws() =>
        Assert.Throws<OverflowException>(() => ExactDecimal.Add(ExactDecimal.Add(Big, 0.5m), -Big));

    // The same three values in another order: 10^28 − 10^28 = 0, then 0 + 0.5 = 0.5 (hand calculation).
    [Fact]
    public void Add_SameValuesInAnOrderWhosePartialSumsFit_IsExact() =>
        Assert.Equal("0.5", ExactDecimal.Add(ExactDecimal.Add(Big, -Big), 0.5m).ToString(System.Globalization.CultureInfo.InvariantCulture));

    // The documented rule for merges: every order either throws or gives the exact sum, at the largest scale of the values.
    [Fact]
    public void Add_AnyOrder_ThrowsOrGivesTheExactSumAtTheLargestScale()
    {
        Gen<decimal> values = Gen.Frequency((6, AggregationGenerators.Value), (1, Gen.Elements(Big, -Big, 7 * Big, 0.000001m)));
        Gen<(decimal[] Values, int Seed)> cases =
            from list in Gen.ListOf(values).Select(l => l.ToArray())
            from seed in Gen.Choose(0, int.MaxValue)
            select (list, seed);
        Properties.Check(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            decimal[] shuffled = [.. c.Values];
            new Random(c.Seed).Shuffle(shuffled);
            decimal sum;
            try
            {
                sum = shuffled.Aggregate(0m, ExactDecimal.Add);
            }
            catch (OverflowException)
            {
                return true;
            }
            int scale = c.Values.Length == 0 ? 0 : c.Values.Max(v => v.Scale);
            BigInteger exact = c.Values.Aggregate(BigInteger.Zero, (total, v) => total + Scaled(v, scale));
            return sum.Scale == scale && Scaled(sum, scale) == exact;
        }));
    }

    // Summaries of the same three values: parts {10^28, −10^28} and {0.5} merge to 0.5; a part {10^28, 0.5} cannot be
    // formed at all (its sum would round), so that split throws.
    [Fact]
    public void ValueSummary_MergeOrderThatCancelsFirst_Succeeds()
    {
        ValueSummary cancelled = ValueSummary.Of([Big, -Big]) + ValueSummary.Of([0.5m]);

        Assert.Equal(0.5m, cancelled.Sum);
        Assert.Throws<OverflowException>(() => ValueSummary.Of([Big, 0.5m]) + ValueSummary.Of([-Big]));
    }

    /// <summary>The value × 10^scale as an integer (exact: the value has at most <paramref name="scale"/> decimals).</summary>
    private static BigInteger Scaled(decimal value, int scale)
    {
        var (numerator, denominator) = ExactDecimal.ToFraction(value);
        return numerator * BigInteger.Pow(10, scale) / denominator;
    }
}
