using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class FixedPointTests
{
    [Theory]
    [InlineData("2.2", 2_200_000)]
    [InlineData("0.000001", 1)]
    [InlineData("1.0000000", 1_000_000)] // trailing zeros beyond 6 decimals are exact
    [InlineData("999999.999999", 999_999_999_999)]
    public void TryFrom_AtMostSixDecimals_IsExact(string text, long expected)
    {
        Assert.True(FixedPoint.TryFrom(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out long millionths));
        Assert.Equal(expected, millionths);
    }

    [Theory]
    [InlineData("1.0000001")]
    [InlineData("-1")]
    [InlineData("1000000000000")]
    public void TryFrom_NotRepresentable_Fails(string text)
    {
        Assert.False(FixedPoint.TryFrom(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), out _));
    }

    [Fact]
    public void ToDecimal_Millionths_IsExact()
    {
        Assert.Equal(2.2m, FixedPoint.ToDecimal(2_200_000));
    }

    [Theory]
    [InlineData(240_000_000, 24, 2_125_200_000_000)] // mean 10 units = 10^7 millionths * 212520
    [InlineData(7, 7, 212_520)] // MDA8 count 7 divides 212520
    public void TryMeanKey_CountDividingTheScale_IsSumTimesScaleOverCount(long sum, int count, long expected)
    {
        Assert.True(FixedPoint.TryMeanKey(sum, count, out long key));
        Assert.Equal(expected, key);
    }

    [Fact]
    public void TryMeanKey_CountNotDividingTheScale_Fails()
    {
        // 212520 = 2^3 * 3 * 5 * 7 * 11 * 23 is not divisible by 19 (an invalid day's count).
        Assert.False(FixedPoint.TryMeanKey(19, 19, out _));
    }

    [Fact]
    public void TryMeanKey_IsTheDivisionDefinition()
    {
        // The table of factors for counts up to 24 gives what sum · (MeanScale / count) gives where count divides it.
        var gen = from count in FsCheck.Fluent.Gen.Choose(-2, 40)
                  from sum in FsCheck.Fluent.Gen.Choose(-5, int.MaxValue)
                  from scale in FsCheck.Fluent.Gen.Elements(1L, 1_000L, 1_000_000L)
                  select (count, (long)sum * scale);
        LawGov.Indicators.Tests.TestSupport.Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(gen), x =>
        {
            bool expectedOk = x.count > 0 && FixedPoint.MeanScale % x.count == 0 && x.Item2 >= 0 && x.Item2 <= FixedPoint.MaxValue * x.count;
            bool ok = FixedPoint.TryMeanKey(x.Item2, x.count, out long key);
            return ok == expectedOk && (!ok || key == x.Item2 * (FixedPoint.MeanScale / x.count));
        }), maxTest: 2000);
    }
}
