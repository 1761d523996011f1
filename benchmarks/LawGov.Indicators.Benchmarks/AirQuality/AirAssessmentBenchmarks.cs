using BenchmarkDotNet.Attributes;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Benchmarks.AirQuality;

/// <summary>
/// Annual assessment of 1,000 stations × 8,760 hours from in-memory observations (HJ 633-2012, HJ 663). The baseline is
/// the plain loop over the same arrays: each station's mean of daily means, with no validity rules, AQI or percentiles.
/// </summary>
[MemoryDiagnoser]
public class AirAssessmentBenchmarks
{
    private SyntheticHourlyData data = null!;

    [Params(1000)]
    public int Stations { get; set; }

    [GlobalSetup]
    public void Setup() => data = new SyntheticHourlyData(Stations, 8760, seed: 20240101);

    [Benchmark(Baseline = true)]
    public double PlainLoopMeanOfDailyMeans()
    {
        short[] values = data.Values;
        double total = 0;
        for (int s = 0; s < data.Stations; s++)
        {
            double stationSum = 0;
            int days = 0;
            for (int d = 0; d < data.Hours / 24; d++)
            {
                int sum = 0, n = 0;
                for (int h = 0; h < 24; h++)
                {
                    short v = values[((s * data.Hours) + d * 24 + h) * SyntheticHourlyData.Pollutants];
                    if (v >= 0)
                    {
                        sum += v;
                        n++;
                    }
                }
                if (n >= 20)
                {
                    stationSum += (double)sum / n;
                    days++;
                }
            }
            total += stationSum / days;
        }
        return total / data.Stations;
    }

    [Benchmark]
    public CityAnnualAssessment AnnualFromObservations()
    {
        AirDataSet set = HourlyAirData.FromObservations(data.Observations());
        return AirQualityAssessment.Annual(set.Cities[0], new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023));
    }
}
