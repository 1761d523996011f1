using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Aggregation;

public class ValueSummaryTests
{
    // The HJ 663 Appendix A example series {3, 4, 8, 2, 5, 4}: n 6, sum 26, min 2, max 8 (hand count).
    [Fact]
    public void Of_Series_CountsSumsAndBounds()
    {
        ValueSummary summary = ValueSummary.Of([3m, 4m, 8m, 2m, 5m, 4m]);

        Assert.Equal(6, summary.Count);
        Assert.Equal(26m, summary.Sum);
        Assert.Equal(2m, summary.Minimum);
        Assert.Equal(8m, summary.Maximum);
    }

    // 26 / 6 = 4.3333…; half-even at 16 decimals keeps sixteen 3s (the 17th digit is 3, below the midpoint).
    [Fact]
    public void Mean_RepeatingDecimal_IsRoundedHalfEvenAtSixteenDecimals() =>
        Assert.Equal("4.3333333333333333", Text(ValueSummary.Of([3m, 4m, 8m, 2m, 5m, 4m]).Mean));

    // (1 + 2 + 2) / 3 = 1.6666…6667 at 16 decimals (the 17th digit is 6, above the midpoint).
    [Fact]
    public void Mean_RepeatingSix_RoundsUpTheSixteenthDecimal() =>
        Assert.Equal("1.6666666666666667", Text(ValueSummary.Of([1m, 2m, 2m]).Mean));

    // The midpoint at the 17th decimal: 1e-16 / 2 = 0.5e-16 rounds to even 0; 3e-16 / 2 = 1.5e-16 rounds to even 2e-16.
    [Theory]
    [InlineData("0.0000000000000001", "0")]
    [InlineData("0.0000000000000003", "0.0000000000000002")]
    [InlineData("-0.0000000000000003", "-0.0000000000000002")]
    public void Mean_MidpointAtTheSeventeenthDecimal_RoundsHalfToEven(string value, string expected) =>
        Assert.Equal(expected, Text(ValueSummary.Of([decimal.Parse(value, CultureInfo.InvariantCulture), 0m]).Mean));

    // (1.50 + 2.50) / 2 = 2 exactly: the mean has no trailing zeros.
    [Fact]
    public void Mean_Exact_HasNoTrailingZeros() => Assert.Equal("2", Text(ValueSummary.Of([1.50m, 2.50m]).Mean));

    // Mean 1.25 and −1.25 at one decimal under each mode (GB/T 8170 half-even keeps the even 2; half-up and
    // truncation move away from and toward zero; ceiling and floor toward +∞ and −∞).
    [Theory]
    [InlineData(RoundingMode.HalfEven, "1.2", "-1.2")]
    [InlineData(RoundingMode.HalfUp, "1.3", "-1.3")]
    [InlineData(RoundingMode.Truncate, "1.2", "-1.2")]
    [InlineData(RoundingMode.Ceiling, "1.3", "-1.2")]
    [InlineData(RoundingMode.Floor, "1.2", "-1.3")]
    public void RoundedMean_MidpointUnderEachMode(RoundingMode mode, string positive, string negative)
    {
        Assert.Equal(positive, Text(ValueSummary.Of([1m, 2m, 2m, 0m]).RoundedMean(1, mode)));
        Assert.Equal(negative, Text(ValueSummary.Of([-1m, -2m, -2m, 0m]).RoundedMean(1, mode)));
    }

    // 2 / 3 = 0.666…7 rounds to 0.67 at two decimals; a whole mean 2 is written with the three decimals asked for.
    [Fact]
    public void RoundedMean_KeepsExactlyTheAskedDecimals()
    {
        Assert.Equal("0.67", Text(ValueSummary.Of([0m, 1m, 1m]).RoundedMean(2, RoundingMode.HalfEven)));
        Assert.Equal("2.000", Text(ValueSummary.Of([1m, 3m]).RoundedMean(3, RoundingMode.Truncate)));
    }

    [Fact]
    public void RoundedMean_OneValue_AgreesWithDecimalRounding() =>
        Properties.Check(Prop.ForAll(
            (from value in AggregationGenerators.Value
             from decimals in Gen.Choose(0, 4)
             from mode in Generators.Mode
             select (Value: value, Decimals: decimals, Mode: mode)).ToArbitrary(),
            c => ValueSummary.Of([c.Value]).RoundedMean(c.Decimals, c.Mode) == Rounding.Round(c.Value, c.Decimals, c.Mode)));

    [Fact]
    public void Mean_IsWithinHalfAUnitOfTheSixteenthDecimal() =>
        Properties.Check(Prop.ForAll(
            AggregationGenerators.Summary.Where(s => !s.IsEmpty).ToArbitrary(),
            s => Math.Abs((s.Mean!.Value * s.Count) - s.Sum) <= s.Count * 0.00000000000000005m
                && s.Mean == s.RoundedMean(ValueSummary.MeanDecimals, RoundingMode.HalfEven)));

    [Fact]
    public void RoundedMean_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueSummary.Of([1m]).RoundedMean(29, RoundingMode.HalfEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueSummary.Of([1m]).RoundedMean(2, (RoundingMode)9));
    }

    [Fact]
    public void Default_IsEmpty()
    {
        ValueSummary empty = default;

        Assert.True(empty.IsEmpty);
        Assert.Equal(0m, empty.Sum);
        Assert.Null(empty.Minimum);
        Assert.Null(empty.Maximum);
        Assert.Null(empty.Mean);
        Assert.Null(empty.RoundedMean(2, RoundingMode.HalfEven));
        Assert.Equal("n 0", empty.ToString());
    }

    // Of values equal as numbers, the minimum keeps the shorter (2.5) and the maximum the longer (2.50), in any order.
    [Fact]
    public void MinimumAndMaximum_EqualValuesOfDifferentScale_AreChosenCanonically()
    {
        foreach (ValueSummary summary in new[] { ValueSummary.Of([2.50m, 2.5m]), ValueSummary.Of([2.5m, 2.50m]) })
        {
            Assert.Equal("2.5", Text(summary.Minimum));
            Assert.Equal("2.50", Text(summary.Maximum));
        }
    }

    [Fact]
    public void Merge_EqualBoundsOfDifferentScale_DoNotDependOnTheOrder()
    {
        ValueSummary shorter = ValueSummary.Of([2.5m]), longer = ValueSummary.Of([2.50m]);

        Assert.Equal("n 2, sum 5.00, min 2.5, max 2.50", (shorter + longer).ToString());
        Assert.Equal("n 2, sum 5.00, min 2.5, max 2.50", (longer + shorter).ToString());
    }

    // 10^28 + 0.1 needs 30 significant digits; a decimal would round it away, so the sum refuses.
    [Fact]
    public void Add_InexactSum_Throws() =>
        Assert.Throws<OverflowException>(() => ValueSummary.Of([10_000_000_000_000_000_000_000_000_000m, 0.1m]));

    [Fact]
    public void Add_SumBeyondDecimalRange_Throws() =>
        Assert.Throws<OverflowException>(() => ValueSummary.Of([decimal.MaxValue, 1m]));

    [Fact]
    public void Add_CountOverflow_Throws()
    {
        ValueSummary full = ValueSummary.TryFromParts(long.MaxValue, 0m, 0m, 0m, out _, out _)!.Value;

        Assert.Throws<OverflowException>(() => full.Add(0m));
    }

    [Fact]
    public void Merge_PartsMergeToWhole() =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            AggregationGenerators.Value,
            part => ValueSummary.Of(part),
            (a, b) => a + b,
            (a, b) => a == b && a.ToString() == b.ToString()));

    [Fact]
    public void Merge_DefaultIsIdentity() =>
        Properties.Check(Prop.ForAll(AggregationGenerators.Summary.ToArbitrary(), s => s.Merge(default) == s && default(ValueSummary).Merge(s) == s));

    [Fact]
    public void Of_EnumerableAndSpan_Agree() =>
        Properties.Check(Prop.ForAll(Gen.ListOf(AggregationGenerators.Value).ToArbitrary(), values => ValueSummary.Of(values) == ValueSummary.Of(values.ToArray())));

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(ValueSummary.Of([1m, 2m]), ValueSummary.Of([2.0m, 1m]), ValueSummary.Of([1m, 3m]));

    [Fact]
    public void Equality_IgnoresTrailingZeros_IncludingTheHash()
    {
        ValueSummary shorter = ValueSummary.Of([2.5m]), longer = ValueSummary.Of([2.50m]);

        Assert.Equal(shorter, longer);
        Assert.Equal(shorter.GetHashCode(), longer.GetHashCode());
    }

    [Fact]
    public void ToString_ListsTheParts() => Assert.Equal("n 3, sum 10.5, min 2.5, max 4.0", ValueSummary.Of([2.5m, 4.0m, 4m]).ToString());

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);
}
