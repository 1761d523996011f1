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

    /// <summary>
    /// A small messy city: 1–5 stations over 1–12 consecutive days of 2023, each station-hour-pollutant missing with a
    /// chance of 0–40 %, values whole or with up to 6 decimals (CO in mg/m³, smaller), O3 sometimes high enough for the
    /// MDA8 exception (&gt; 160 µg/m³), so hourly station counts vary and daily means have endless decimals.
    /// </summary>
    public static Gen<MessyCity> SmallCity { get; } =
        from stations in Gen.Choose(1, 5)
        from days in Gen.Choose(1, 12)
        from firstDay in Gen.Choose(0, 364 - 12)
        from missing in Gen.Choose(0, 40)
        from whole in Gen.Elements(true, false)
        from seed in Gen.Choose(0, int.MaxValue)
        select MessyCity.Build(stations, days, new NodaTime.LocalDate(2023, 1, 1).PlusDays(firstDay), missing, whole, seed);
}

/// <summary>Hourly values of a city: [day, hour, station, pollutant] (pollutant in <see cref="Pollutant"/> order), null when missing.</summary>
public sealed record MessyCity(NodaTime.LocalDate First, decimal?[,,,] Values)
{
    public int Days => Values.GetLength(0);

    public int Stations => Values.GetLength(2);

    internal static MessyCity Build(int stations, int days, NodaTime.LocalDate first, int missingPercent, bool whole, int seed)
    {
        var random = new Random(seed);
        var values = new decimal?[days, 24, stations, 6];
        for (int d = 0; d < days; d++)
        {
            bool ozoneEpisode = random.Next(4) == 0;
            for (int h = 0; h < 24; h++)
            {
                for (int s = 0; s < stations; s++)
                {
                    for (int p = 0; p < 6; p++)
                    {
                        if (random.Next(100) < missingPercent)
                        {
                            continue;
                        }
                        int top = p == (int)LawGov.Indicators.AirQuality.Pollutant.Co ? 5 : p == (int)LawGov.Indicators.AirQuality.Pollutant.O3 && ozoneEpisode ? 400 : 200;
                        values[d, h, s, p] = whole ? random.Next(0, top + 1) : random.Next(0, top * 1000) / 1000m + random.Next(0, 1000) / 1_000_000m;
                    }
                }
            }
        }
        return new MessyCity(first, values);
    }

    /// <summary>The city's rows, hour by hour across stations (station names S0, S1, …).</summary>
    public IEnumerable<HourlyObservation> Observations()
    {
        for (int d = 0; d < Days; d++)
        {
            for (int h = 0; h < 24; h++)
            {
                for (int s = 0; s < Stations; s++)
                {
                    decimal? V(int p) => Values[d, h, s, p];
                    yield return new HourlyObservation("S" + s, First.PlusDays(d).At(new NodaTime.LocalTime(h, 0)), V(0), V(1), V(2), V(3), V(4), V(5));
                }
            }
        }
    }
}
