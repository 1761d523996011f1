using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class BreakpointColumnTests
{
    [Fact]
    public void TryComputeFixed_AnyMeanOfMillionths_AgreesWithTheDecimalRoutine()
    {
        // The integer routine (daily means kept as sum/count of millionths) must give the decimal routine's index.
        var gen =
            from standard in AirQualityGenerators.Standard
            from indicator in Gen.Elements(standard.DefinedIndicators.ToArray())
            from count in Gen.Choose(1, 24)
            from units in Gen.Choose(0, 3000)
            from fraction in Gen.Choose(0, 999_999)
            from scale in Gen.Elements(1L, 1_000L, 1_000_000L)
            select (standard, indicator, count, sum: (units * 1_000_000L + fraction) * count / scale);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            BreakpointColumn column = x.standard.ColumnOf(x.indicator)!;
            IndexRules rules = x.standard.RulesOf(x.indicator.Pollutant);
            if (!column.TryComputeFixed(x.sum, x.count, rules, out int fast))
            {
                return true;
            }
            IaqiResult slow = column.Compute(x.sum / 1_000_000m / x.count, rules);
            return slow.IsDefined && slow.Value == fast;
        }), maxTest: 3000);
    }

    [Fact]
    public void TryComputeFixed_Co24h2Point2AsASumOf21Hours_Is55()
    {
        // 21 hours summing to 46.2 mg/m³: mean 2.2 exactly -> 50/(4-2)*(2.2-2)+50 = 55 (HJ 633-2012 Table 1).
        var standard = AirQualityStandard.Hj633_2012;
        var indicator = new AirIndicator(Pollutant.Co, AveragingPeriod.TwentyFourHours);

        Assert.True(standard.ColumnOf(indicator)!.TryComputeFixed(46_200_000, 21, standard.RulesOf(Pollutant.Co), out int index));
        Assert.Equal(55, index);
    }

    [Fact]
    public void TryComputeFixed_AboveTheTable_LeavesItToTheDecimalRoutine()
    {
        var standard = AirQualityStandard.Hj633_2012;
        var indicator = new AirIndicator(Pollutant.Pm25, AveragingPeriod.TwentyFourHours);

        Assert.False(standard.ColumnOf(indicator)!.TryComputeFixed(501_000_000, 1, standard.RulesOf(Pollutant.Pm25), out _));
    }
}
