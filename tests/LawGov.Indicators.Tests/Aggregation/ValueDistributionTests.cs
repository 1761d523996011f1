using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Aggregation;

public class ValueDistributionTests
{
    private static readonly ValueDistribution Hj663Example = ValueDistribution.Of([3m, 4m, 8m, 2m, 5m, 4m]);

    // HJ 663-2013 Appendix A's example: sorted {2, 3, 4, 4, 5, 8}, p = 0.90: k = 1 + 5 × 0.9 = 5.5, s = 5,
    // X(5) + (X(6) − X(5)) × 0.5 = 5 + 3 × 0.5 = 6.5.
    [Fact]
    public void Percentile_Hj663AppendixAExample_Is6Point5() => Assert.Equal(6.5m, Hj663Example.Percentile(0.90m));

    // Same series by hand: p 0.95 → k 5.75 → 5 + 3 × 0.75 = 7.25; p 0.98 → k 5.9 → 7.7; p 0.5 → k 3.5 → 4 + 0 × 0.5 = 4;
    // p 0 → k 1 → X(1) = 2; p 1 → k 6 = n → X(6) = 8.
    [Theory]
    [InlineData("0.95", "7.25")]
    [InlineData("0.98", "7.7")]
    [InlineData("0.5", "4")]
    [InlineData("0", "2")]
    [InlineData("1", "8")]
    public void Percentile_Hj663Example_OtherFractions(string p, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Hj663Example.Percentile(decimal.Parse(p, CultureInfo.InvariantCulture)));

    // A leap-year series 1, 2, …, 366 at p = 0.95: k = 1 + 365 × 0.95 = 347.75, so 347 + (348 − 347) × 0.75 = 347.75.
    [Fact]
    public void Percentile_LeapYearSeries_InterpolatesBetweenDays()
    {
        decimal[] days = Enumerable.Range(1, 366).Select(d => (decimal)d).Reverse().ToArray();

        Assert.Equal(347.75m, ValueDistribution.Of(days).Percentile(0.95m));
    }

    // In decimal, 0.1 + (0.2 − 0.1) × 0.3 is exactly 0.13 (binary floating point gives 0.13000000000000000444).
    [Fact]
    public void Percentile_IsExactInDecimal() => Assert.Equal("0.13", ValueDistribution.Of([0.2m, 0.1m]).Percentile(0.3m)!.Value.ToString(CultureInfo.InvariantCulture));

    [Fact]
    public void Percentile_OneValue_IsThatValue() => Assert.Equal(35m, ValueDistribution.Of([35m]).Percentile(0.98m));

    [Fact]
    public void Percentile_Empty_IsNull() => Assert.Null(default(ValueDistribution).Percentile(0.95m));

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    [InlineData("95")]
    public void Percentile_FractionOutsideZeroToOne_Throws(string p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hj663Example.Percentile(decimal.Parse(p, CultureInfo.InvariantCulture)));

    [Fact]
    public void Percentile_LiesBetweenMinimumAndMaximum_AndGrowsWithP() =>
        Properties.Check(Prop.ForAll(
            (from values in AggregationGenerators.Distribution.Where(d => !d.IsEmpty)
             from a in Gen.Choose(0, 100)
             from b in Gen.Choose(0, 100)
             select (Values: values, Low: Math.Min(a, b) / 100m, High: Math.Max(a, b) / 100m)).ToArbitrary(),
            c =>
            {
                decimal low = c.Values.Percentile(c.Low)!.Value, high = c.Values.Percentile(c.High)!.Value;
                return c.Values.Minimum <= low && low <= high && high <= c.Values.Maximum
                    && c.Values.Percentile(0m) == c.Values.Minimum && c.Values.Percentile(1m) == c.Values.Maximum;
            }));

    [Fact]
    public void Values_AreAscending() => Assert.Equal([2m, 3m, 4m, 4m, 5m, 8m], Hj663Example.Values.ToArray());

    [Fact]
    public void Add_InsertsInOrder() => Assert.Equal([1m, 2m, 3m], ValueDistribution.Of([3m, 1m]).Add(2m).Values.ToArray());

    [Fact]
    public void Add_DoesNotChangeTheOriginal()
    {
        ValueDistribution original = ValueDistribution.Of([1m]);

        _ = original.Add(2m);

        Assert.Equal(1, original.Count);
    }

    // Equal values are ordered by scale, so 2.5 comes before 2.50 whatever order they arrived in.
    [Fact]
    public void Values_EqualValuesOfDifferentScale_AreOrderedByScale()
    {
        string[] Texts(ValueDistribution d) => d.Values.ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();

        Assert.Equal(["1", "2.5", "2.50", "3"], Texts(ValueDistribution.Of([2.50m, 3m, 2.5m, 1m])));
        Assert.Equal(["1", "2.5", "2.50", "3"], Texts(ValueDistribution.Of([1m, 2.5m, 3m, 2.50m])));
        Assert.Equal(["2.5", "2.50", "2.500"], Texts(ValueDistribution.Of([2.500m, 2.50m]).Add(2.5m)));
    }

    [Fact]
    public void Merge_PartsMergeToWhole() =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            AggregationGenerators.Value,
            part => ValueDistribution.Of(part.ToArray()),
            (a, b) => a + b,
            (a, b) => a.Values.ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)).SequenceEqual(b.Values.ToArray().Select(v => v.ToString(CultureInfo.InvariantCulture)))));

    [Fact]
    public void Merge_EqualsAddingOneByOne() =>
        Properties.Check(Prop.ForAll(
            (from a in Gen.ListOf(AggregationGenerators.Value) from b in Gen.ListOf(AggregationGenerators.Value) select (A: a.ToArray(), B: b.ToArray())).ToArbitrary(),
            c => ValueDistribution.Of(c.A) + ValueDistribution.Of(c.B) == c.B.Aggregate(ValueDistribution.Of(c.A), (d, v) => d.Add(v))));

    [Fact]
    public void ToSummary_SummarisesTheValues() => Assert.Equal(ValueSummary.Of([2m, 3m, 4m, 4m, 5m, 8m]), Hj663Example.ToSummary());

    [Fact]
    public void Default_IsEmpty()
    {
        ValueDistribution empty = default;

        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.Count);
        Assert.Null(empty.Minimum);
        Assert.Null(empty.Maximum);
        Assert.Equal(empty, ValueDistribution.Of([]));
        Assert.Equal("0 values", empty.ToString());
    }

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(ValueDistribution.Of([1m, 2m]), ValueDistribution.Of([2m, 1.0m]), ValueDistribution.Of([1m, 2m, 2m]));

    [Fact]
    public void Equality_IgnoresTrailingZeros_IncludingTheHash() =>
        Assert.Equal(ValueDistribution.Of([2.5m, 1m]).GetHashCode(), ValueDistribution.Of([2.50m, 1.0m]).GetHashCode());

    [Fact]
    public void ToString_CountAndRange() => Assert.Equal("6 values, 2 to 8", Hj663Example.ToString());
}
