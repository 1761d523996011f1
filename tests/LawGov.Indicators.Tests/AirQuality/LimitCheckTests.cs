using System.Numerics;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Tests.AirQuality;

public class LimitCheckTests
{
    // x = 34.99999999999999999999 + ⅓ · 10⁻²⁰ = (105 · 10²⁰ − 2) / (3 · 10²⁰), hand calculation; the numerator is not
    // divisible by 3, so x has endless decimals and Value is the midpoint of its 10⁻²⁰ interval, 34.999999999999999999995.
    // A rounding rule keeps at most 16 decimals, where the stand-in rounds as x does: at 16 decimals (GB/T 8170) both give
    // 35.0000000000000000, and the rounded comparison shows the reported value.
    [Fact]
    public void RoundedComparison_AtTheFinestPrecision_ComparesTheReportedValue()
    {
        RoundingRule rule = RoundingRule.GbT8170(16, ComparisonMethod.RoundedValue);
        var statistic = new AnnualStatistic(Pollutant.Pm25, AnnualStatisticKind.AnnualMean, null, JustBelow35, rule, Unit.MicrogramsPerCubicMetre, 365, []);

        var check = new LimitCheck(statistic, null, 35m, rule);

        Assert.Equal(34.999999999999999999995m, statistic.Value);
        Assert.Equal(35.0000000000000000m, statistic.ReportedValue);
        Assert.Equal(statistic.ReportedValue, check.ComparedValue);
        Assert.True(check.Attains); // 35 rounded ≤ 35
    }

    // The same figure at full value: the compared value is the 21-decimal stand-in, x < 35 attains, and the figure is
    // reported as 35 (0 decimals).
    [Fact]
    public void FullValueComparison_ShowsTheFullValue()
    {
        RoundingRule rule = RoundingRule.GbT8170(0);
        var statistic = new AnnualStatistic(Pollutant.Pm25, AnnualStatisticKind.AnnualMean, null, JustBelow35, rule, Unit.MicrogramsPerCubicMetre, 365, []);

        var check = new LimitCheck(statistic, null, 35m, rule);

        Assert.Equal(34.999999999999999999995m, check.ComparedValue);
        Assert.True(check.Attains);
        Assert.Equal(35m, statistic.ReportedValue);
    }

    private static readonly Fraction JustBelow35 = new(105 * BigInteger.Pow(10, 20) - 2, 3 * BigInteger.Pow(10, 20));
}
