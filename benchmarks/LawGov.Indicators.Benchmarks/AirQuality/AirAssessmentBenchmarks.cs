using BenchmarkDotNet.Attributes;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Benchmarks.AirQuality;

/// <summary>
/// Annual assessment of 1,000 stations × 8,760 hours × 6 pollutants held in memory (HJ 633-2012, HJ 663), from inputs
/// built in the global setup so only the work itself is measured. The baseline is the floor: a plain loop over the same
/// hourly values computing, for every station and pollutant, the mean of its daily means (days with 20 or more hourly
/// values), with no other validity rules, AQI or percentiles.
/// </summary>
[MemoryDiagnoser]
public class AirAssessmentBenchmarks
{
    private const int Hours = 8760;
    private const int Seed = 20240101;

    private static readonly AnnualAssessmentOptions Options = new(AirQualityStandard.Hj633_2012, 2023);

    private SyntheticHourlyData data = null!;
    private HourlyObservation[] observations = [];
    private CityAirData city = null!;

    [Params(1000)]
    public int Stations { get; set; }

    [GlobalSetup(Target = nameof(PlainLoopMeanOfDailyMeans))]
    public void SetupValues() => data = new SyntheticHourlyData(Stations, Hours, Seed);

    /// <summary>The same values as observations (about 1.5 GB for 1,000 stations), built once.</summary>
    [GlobalSetup(Target = nameof(AnnualFromObservations))]
    public void SetupObservations() => observations = new SyntheticHourlyData(Stations, Hours, Seed).Observations().ToArray();

    /// <summary>The same values reduced to daily series, built once.</summary>
    [GlobalSetup(Target = nameof(AnnualFromDailySeries))]
    public void SetupDailySeries() => city = HourlyAirData.FromObservations(new SyntheticHourlyData(Stations, Hours, Seed).Observations()).Cities[0];

    /// <summary>
    /// The floor over all six pollutants (CO in tenths of mg/m³, as stored): per station, day and pollutant a sum and a
    /// count of the present values, without branches; then each pollutant's mean of daily means; the result is their
    /// average over stations and pollutants.
    /// </summary>
    [Benchmark(Baseline = true)]
    public double PlainLoopMeanOfDailyMeans()
    {
        const int P = SyntheticHourlyData.Pollutants;
        short[] values = data.Values;
        int hours = data.Hours;
        Span<int> sums = stackalloc int[P];
        Span<int> counts = stackalloc int[P];
        Span<double> meanSums = stackalloc double[P];
        Span<int> days = stackalloc int[P];
        double total = 0;
        for (int s = 0; s < data.Stations; s++)
        {
            meanSums.Clear();
            days.Clear();
            for (int d = 0; d < hours / 24; d++)
            {
                sums.Clear();
                counts.Clear();
                int row = ((s * hours) + (d * 24)) * P;
                for (int h = 0; h < 24; h++, row += P)
                {
                    for (int p = 0; p < P; p++)
                    {
                        int v = values[row + p];
                        int present = (v >> 31) + 1; // 1 for a value, 0 for a missing one (−1)
                        sums[p] += v * present;
                        counts[p] += present;
                    }
                }
                for (int p = 0; p < P; p++)
                {
                    if (counts[p] >= 20)
                    {
                        meanSums[p] += (double)sums[p] / counts[p];
                        days[p]++;
                    }
                }
            }
            for (int p = 0; p < P; p++)
            {
                total += meanSums[p] / days[p];
            }
        }
        return total / (data.Stations * P);
    }

    /// <summary>The whole library path from in-memory observations: daily series, then the annual assessment.</summary>
    [Benchmark]
    public CityAnnualAssessment AnnualFromObservations()
    {
        AirDataSet set = HourlyAirData.FromObservations(observations);
        return AirQualityAssessment.Annual(set.Cities[0], Options);
    }

    /// <summary>The annual assessment alone, from the daily series (daily AQI, validity, means, percentiles).</summary>
    [Benchmark]
    public CityAnnualAssessment AnnualFromDailySeries() => AirQualityAssessment.Annual(city, Options);
}
