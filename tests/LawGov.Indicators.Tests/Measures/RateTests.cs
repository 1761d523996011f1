using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Measures;

public class RateTests
{
    [Fact]
    public void Constructor_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rate(1, -5));
    }

    // Rate's remarks: default is 0/0, an undefined rate, which has no percentage.
    [Fact]
    public void Default_IsUndefinedZeroOverZero()
    {
        Rate rate = default;

        Assert.False(rate.IsDefined);
        Assert.Equal(0, rate.Numerator);
        Assert.Throws<InvalidOperationException>(() => rate.ToPercent());
        Assert.Throws<InvalidOperationException>(() => rate.CompareToPercent(50m));
    }

    // Seed 001 (Gaozhou 2020): 1340 of 1341 items online. 99.9 % of 1341 = 1339.659 < 1340, so the rate is above
    // 99.9 %; 99.93 % of 1341 = 1340.06 > 1340, so it is below 99.93 % (hand calculation).
    [Fact]
    public void CompareToPercent_1340Of1341_IsAbove999AndBelow9993()
    {
        var rate = new Rate(1340, 1341);

        Assert.True(rate.CompareToPercent(99.9m) > 0);
        Assert.True(rate.CompareToPercent(99.93m) < 0);
    }

    // Seed 000 (Linyi 2020): 62 % good days of 366 = 226.92 days, so 227/366 = 62.02 % meets it and 226/366 = 61.75 % does not.
    [Fact]
    public void CompareToPercent_GoodDays227Of366_MeetsSixtyTwo()
    {
        Assert.True(new Rate(227, 366).CompareToPercent(62m) >= 0);
        Assert.True(new Rate(226, 366).CompareToPercent(62m) < 0);
    }

    // 31/50 = 0.62 exactly (hand calculation), equal to 62 and to 62.000.
    [Fact]
    public void CompareToPercent_ExactlyEqual_IsZero()
    {
        Assert.Equal(0, new Rate(31, 50).CompareToPercent(62m));
        Assert.Equal(0, new Rate(31, 50).CompareToPercent(62.000m));
    }

    // 100m / 3m is 33.33…3 (28 digits), a hair below the exact 1/3, so the exact rate compares above it.
    [Fact]
    public void CompareToPercent_DecimalApproximationOfAThird_IsBelowTheExactThird()
    {
        Assert.True(new Rate(1, 3).CompareToPercent(100m / 3m) > 0);
    }

    // 0/7 = 0 %, above any negative threshold such as −0.5 %.
    [Fact]
    public void CompareToPercent_NegativeThreshold_IsAbove() =>
        Assert.True(new Rate(0, 7).CompareToPercent(-0.5m) > 0);

    [Fact]
    public void CompareToPercent_HighScaleThreshold_UsesExactFallback()
    {
        // 2/3 = 66.666…%; a 20-decimal threshold just below and just above it.
        Assert.True(new Rate(2, 3).CompareToPercent(66.66666666666666666666m) > 0);
        Assert.True(new Rate(2, 3).CompareToPercent(66.66666666666666666667m) < 0);
    }

    // Seed 001: 1340/1341 = 99.92543 % is stated as 99.93 %, a correct 2-decimal rounding (indicators.md §3.6).
    [Fact]
    public void ToPercent_1340Of1341_TwoDecimals_Is9993() =>
        Assert.Equal(99.93m, new Rate(1340, 1341).ToPercent(2, RoundingMode.HalfEven));

    // 1/8 = 12.5 % exactly: a midpoint at zero decimals (hand calculation).
    [Theory]
    [InlineData(RoundingMode.HalfEven, 12)]
    [InlineData(RoundingMode.HalfUp, 13)]
    [InlineData(RoundingMode.Truncate, 12)]
    [InlineData(RoundingMode.Ceiling, 13)]
    [InlineData(RoundingMode.Floor, 12)]
    public void ToPercent_OneEighth_RoundsMidpointByMode(RoundingMode mode, int expected) =>
        Assert.Equal(expected, new Rate(1, 8).ToPercent(0, mode));

    // 1/2 = 50 %; rounded to two decimals it is written 50.00, at the declared scale.
    [Fact]
    public void ToPercent_KeepsDeclaredScale() =>
        Assert.Equal("50.00", new Rate(1, 2).ToPercent(2, RoundingMode.HalfEven).ToString(System.Globalization.CultureInfo.InvariantCulture));

    // indicators.md §3.6: a stated percentage agrees when within half a unit of its last digit (±0.005 at 2 dp).
    // 1340/1341 = 99.9254 % and 1/8 = 12.5 % (hand calculation).
    [Theory]
    [InlineData(1340L, 1341L, "99.93", true)]
    [InlineData(1340L, 1341L, "99.92", false)]   // 99.9254 is more than 0.005 from 99.92
    [InlineData(1340L, 1341L, "99.9", true)]     // at one decimal, 99.9254 is within 0.05 of 99.9
    [InlineData(1L, 8L, "12", true)]             // 12.5 is exactly half a unit from 12: boundary included
    [InlineData(1L, 8L, "13", true)]
    [InlineData(1L, 8L, "11", false)]
    public void IsConsistentWith_ChecksHalfUnitOfStatedPrecision(long numerator, long denominator, string stated, bool expected) =>
        Assert.Equal(expected, new Rate(numerator, denominator).IsConsistentWith(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture)));

    // Ratio of sums: (2 + 3) / (5 + 7) = 5/12.
    [Fact]
    public void Add_SumsCounts() =>
        Assert.Equal(new Rate(5, 12), new Rate(2, 5) + new Rate(3, 7));

    // long.MaxValue + 1 does not fit in 64 bits.
    [Fact]
    public void Add_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Rate(long.MaxValue, long.MaxValue) + new Rate(1, 1));

    // Rate's remarks: 1/2 and 2/4 have the same value but are different evidence, so they are not equal.
    [Fact]
    public void Equality_ComparesCountsNotValues() =>
        Contracts.AssertEquality(new Rate(1, 2), new Rate(1, 2), new Rate(2, 4));

    // Rate's remarks: by value (1/3 < 1/2), then by denominator (1/2 before 2/4), undefined first (0/0 before 0/1).
    [Fact]
    public void Ordering_ByValueThenDenominator()
    {
        Contracts.AssertOrdering(new Rate(1, 3), new Rate(1, 3), new Rate(1, 2));
        Assert.True(new Rate(1, 2) < new Rate(2, 4));
        Assert.True(default(Rate) < new Rate(0, 1));
    }

    // 1340/1341 = 99.92543 % (hand calculation): 99.93 at two decimals, 100 at none, 99.9 at one (half-even).
    [Theory]
    [InlineData(null, "1340/1341")]
    [InlineData("P2", "99.93%")]
    [InlineData("P0", "100%")]
    [InlineData("F1", "99.9% (1340/1341)")]
    public void ToString_Formats(string? format, string expected) =>
        Assert.Equal(expected, new Rate(1340, 1341).ToString(format, null));

    [Fact]
    public void ToString_UnknownFormat_Throws() =>
        Assert.Throws<FormatException>(() => new Rate(1, 2).ToString("X", null));

    [Fact]
    public void CompareToPercent_AgreesWithBigIntegerCrossMultiplication() =>
        Properties.Check(Prop.ForAll(Generators.DefinedRate.ToArbitrary(), Generators.Percent.ToArbitrary(), (rate, percent) =>
        {
            // Independent reference: scale the decimal percent by 10^4 (all generated thresholds have <= 4 decimals).
            BigInteger scaled = new BigInteger(percent * 10_000m);
            int expected = (new BigInteger(rate.Numerator) * 1_000_000).CompareTo(scaled * rate.Denominator);
            return Math.Sign(rate.CompareToPercent(percent)) == Math.Sign(expected);
        }));

    [Fact]
    public void ToPercent_TruncateAndCeilingBracketTheExactValue() =>
        Properties.Check(Prop.ForAll(Generators.DefinedRate.ToArbitrary(), Generators.Decimals.ToArbitrary(), (rate, decimals) =>
        {
            decimal low = rate.ToPercent(decimals, RoundingMode.Truncate);
            decimal high = rate.ToPercent(decimals, RoundingMode.Ceiling);
            decimal unit = 1m / Pow10(decimals);
            return rate.CompareToPercent(low) >= 0
                && rate.CompareToPercent(high) <= 0
                && (high - low == 0m || high - low == unit);
        }));

    [Fact]
    public void ToPercent_HalfModes_AreConsistentWithTheCounts() =>
        Properties.Check(Prop.ForAll(Generators.DefinedRate.ToArbitrary(), Generators.Decimals.ToArbitrary(), (rate, decimals) =>
            rate.IsConsistentWith(rate.ToPercent(decimals, RoundingMode.HalfEven))
            && rate.IsConsistentWith(rate.ToPercent(decimals, RoundingMode.HalfUp))));

    [Fact]
    public void ToPercent_MatchesSystemDecimalWhenTheQuotientTerminates()
    {
        // Denominators of the form 2^a·5^b give terminating decimals, so Math.Round on the decimal quotient is an
        // independent oracle for every mode.
        Gen<Rate> terminating =
            from a in Gen.Choose(0, 6)
            from b in Gen.Choose(0, 6)
            let den = (long)Math.Pow(2, a) * (long)Math.Pow(5, b)
            from num in Gen.Choose(0, 10_000)
            select new Rate(num, den);
        Properties.Check(Prop.ForAll(terminating.ToArbitrary(), Generators.Decimals.ToArbitrary(), Generators.Mode.ToArbitrary(), (rate, decimals, mode) =>
            rate.ToPercent(decimals, mode) == Rounding.Round(rate.Numerator * 100m / rate.Denominator, decimals, mode)));
    }

    // ToPercent(decimals, mode) throws OverflowException exactly when the rounded value has more digits than a decimal
    // holds, and the quick check evaluation uses (ExactArithmetic.RoundedPercentFits) says so beforehand; a result that
    // fits is the exact rounding (bracketed by truncation and ceiling, one step apart at most).
    [Fact]
    public void ToPercent_AnyCounts_FitsExactlyWhenTheQuickCheckSaysSo() =>
        Properties.Check(Prop.ForAll(
            (from numerator in Generators.ExtremeCount
             from denominator in Generators.ExtremeCount.Where(d => d > 0)
             select new Rate(numerator, denominator)).ToArbitrary(),
            Gen.Choose(0, RoundingRule.MaxDecimals).ToArbitrary(),
            Generators.Mode.ToArbitrary(),
            (rate, decimals, mode) =>
            {
                bool fits = ExactArithmetic.RoundedPercentFits(rate.Numerator, rate.Denominator, decimals, mode);
                try
                {
                    decimal rounded = rate.ToPercent(decimals, mode);
                    return fits && rounded.Scale <= decimals
                        && rate.CompareToPercent(rounded) is var c && (mode switch
                        {
                            RoundingMode.Floor or RoundingMode.Truncate => c >= 0,
                            RoundingMode.Ceiling => c <= 0,
                            _ => rate.IsConsistentWith(rounded),
                        });
                }
                catch (OverflowException)
                {
                    return !fits;
                }
            }));

    [Fact]
    public void CompareTo_IsConsistentWithEquals() =>
        Properties.Check(Prop.ForAll(Generators.DefinedRate.ToArbitrary(), Generators.DefinedRate.ToArbitrary(), (a, b) =>
            (a.CompareTo(b) == 0) == a.Equals(b) && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))));

    [Fact]
    public void CompareToPercent_IsMonotoneInTheNumerator() =>
        Properties.Check(Prop.ForAll(Generators.Share.ToArbitrary(), Generators.Percent.ToArbitrary(), (rate, percent) =>
            rate.CompareToPercent(percent) <= new Rate(rate.Numerator + 1, rate.Denominator).CompareToPercent(percent)));

    private static decimal Pow10(int n)
    {
        decimal result = 1m;
        for (int i = 0; i < n; i++)
        {
            result *= 10m;
        }
        return result;
    }

    // 3 of the 5 flags are true (hand count).
    [Fact]
    public void FromHits_Span_CountsTrueOverLength() =>
        Assert.Equal(new Rate(3, 5), Rate.FromHits([true, false, true, true, false]));

    // No records: 0 hits of 0, the undefined rate.
    [Fact]
    public void FromHits_Empty_IsZeroOverZero() => Assert.Equal(default, Rate.FromHits(ReadOnlySpan<bool>.Empty));

    // Of 1, 2, 3, 4 two are even (hand count): 2/4.
    [Fact]
    public void FromHits_Items_CountsThePredicate() =>
        Assert.Equal(new Rate(2, 4), Rate.FromHits([1, 2, 3, 4], i => i % 2 == 0));

    [Fact]
    public void FromHits_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Rate.FromHits<int>(null!, _ => true));
        Assert.Throws<ArgumentNullException>(() => Rate.FromHits([1], null!));
    }

    // 45/47 + 0/0 + 5/3 = 50/50: 0/0 adds nothing.
    [Fact]
    public void Sum_AddsCounts_ZeroOverZeroAddsNothing() =>
        Assert.Equal(new Rate(50, 50), Rate.Sum([new Rate(45, 47), default, new Rate(5, 3)]));

    // The sum of no rates is the identity of the ratio of sums, 0/0.
    [Fact]
    public void Sum_Empty_IsZeroOverZero() => Assert.Equal(default, Rate.Sum([]));

    [Fact]
    public void FromHits_PartsMergeToWhole() =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            Gen.Elements(true, false),
            part => Rate.FromHits(part.ToArray()),
            (a, b) => a + b,
            (a, b) => a == b));
}
