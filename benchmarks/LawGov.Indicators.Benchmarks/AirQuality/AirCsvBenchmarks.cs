using BenchmarkDotNet.Attributes;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Benchmarks.AirQuality;

/// <summary>
/// Annual assessment of 1,000 stations × 8,760 hours through the CSV reader (about 430 MB of UTF-8 in memory), with
/// one and with all processors. The baseline is the plain loop over the same bytes that only counts lines and commas.
/// </summary>
[MemoryDiagnoser]
public class AirCsvBenchmarks
{
    private byte[] csv = [];

    [GlobalSetup]
    public void Setup() => csv = new SyntheticHourlyData(1000, 8760, seed: 20240101).ToCsv();

    [Benchmark(Baseline = true)]
    public long PlainLoopCountSeparators()
    {
        long separators = 0;
        foreach (byte b in csv)
        {
            if (b == (byte)',' || b == (byte)'\n')
            {
                separators++;
            }
        }
        return separators;
    }

    [Benchmark]
    public CityAnnualAssessment AnnualFromCsvOneThread() => Assess(1);

    [Benchmark]
    public CityAnnualAssessment AnnualFromCsvAllProcessors() => Assess(Environment.ProcessorCount);

    private CityAnnualAssessment Assess(int threads)
    {
        AirDataSet set = HourlyAirData.ReadCsv(new MemoryStream(csv, writable: false), new HourlyDataOptions(maxDegreeOfParallelism: threads)).Value;
        return AirQualityAssessment.Annual(set.Cities[0], new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, maxDegreeOfParallelism: threads));
    }
}
