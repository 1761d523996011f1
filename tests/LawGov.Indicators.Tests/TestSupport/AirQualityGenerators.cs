using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>The generators of the air-quality property tests, in one place.</summary>
public static class AirQualityGenerators
{
    public static Gen<AirQualityStandard> Standard { get; } = Gen.Elements(AirQualityStandard.All.ToArray());

    public static Gen<AirQualityStandard> ChineseStandard { get; } = Gen.Elements(AirQualityStandard.Hj633_2012, AirQualityStandard.Hj633_2026);

    public static Gen<Pollutant> Pollutant { get; } = Gen.Elements(Enum.GetValues<Pollutant>());

    public static Gen<AveragingPeriod> Averaging { get; } = Gen.Elements(Enum.GetValues<AveragingPeriod>());

    /// <summary>Concentrations 0 to 4000 with up to three decimals, biased toward small values where the bands are.</summary>
    public static Gen<decimal> Concentration { get; } = Gen.Frequency(
        (2, Gen.Choose(0, 1000).Select(i => i / 1000m)),
        (3, Gen.Choose(0, 400_000).Select(i => i / 1000m)),
        (2, Gen.Choose(0, 4_000_000).Select(i => i / 1000m)));
}
