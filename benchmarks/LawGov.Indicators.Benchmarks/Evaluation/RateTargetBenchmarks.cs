using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Benchmarks.Evaluation;

/// <summary>
/// Issue 2 / issue 6 W3: 1,000,000 rate targets, each with its own threshold, judged against exact counts.
/// The baseline is the floor: a plain loop doing the same exact integer comparison over the same arrays.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class RateTargetBenchmarks
{
    private const int Count = 1_000_000;

    private ValueTarget[] targets = [];
    private Rate[] actuals = [];
    private long[] thresholdHundredths = [];
    private Catalog catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20201231);
        var indicator = new Indicator("rate", "比率", "rate", Unit.Percent);
        var document = new SourceDocument("doc", "benchmark");
        var provenance = new Provenance(document, "1");
        var scope = new Scope("某市");
        var period = Periods.Year(2020);
        targets = new ValueTarget[Count];
        actuals = new Rate[Count];
        thresholdHundredths = new long[Count];
        var figures = new ReportedFigure[Count];
        var indicators = new Indicator[Count];
        for (int i = 0; i < Count; i++)
        {
            long hundredths = random.Next(5000, 10001); // 50.00 % to 100.00 %
            thresholdHundredths[i] = hundredths;
            long denominator = random.Next(1, 5000);
            long numerator = (long)(denominator * (0.45 + random.NextDouble() * 0.55));
            actuals[i] = new Rate(numerator, denominator);
            targets[i] = new ValueTarget("t" + i, indicator, Condition.AtLeast(hundredths / 100m), period, scope, provenance);
            indicators[i] = new Indicator("rate" + i, "比率", "rate", Unit.Percent);
            figures[i] = new ReportedFigure("f" + i, indicators[i], scope, period, provenance, numerator, denominator);
        }
        catalog = new Catalog("bench", "benchmark", [document], indicators,
            indicators.Select((ind, i) => (Target)new ValueTarget("c" + i, ind, targets[i].Condition, period, scope, provenance)), figures);
    }

    /// <summary>The floor: n · 100 · 100 ≥ threshold-in-hundredths · d, in 128-bit integers.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLoop()
    {
        int met = 0;
        for (int i = 0; i < actuals.Length; i++)
        {
            Rate rate = actuals[i];
            if ((Int128)rate.Numerator * 10_000 >= (Int128)thresholdHundredths[i] * rate.Denominator)
            {
                met++;
            }
        }
        return met;
    }

    /// <summary>Status only: the condition judged exactly from the counts.</summary>
    [Benchmark]
    public int ConditionIsSatisfied()
    {
        int met = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            if (targets[i].Condition.IsSatisfiedBy(actuals[i]))
            {
                met++;
            }
        }
        return met;
    }

    /// <summary>Full results: status, margins (percentage points and counts), rounding.</summary>
    [Benchmark]
    public int EvaluateTargets()
    {
        int met = 0;
        for (int i = 0; i < targets.Length; i++)
        {
            if (Evaluator.Evaluate(targets[i], actuals[i]).IsMet)
            {
                met++;
            }
        }
        return met;
    }

    /// <summary>A catalog of 1,000,000 targets, each matched to its reported figure by indicator, scope and period.</summary>
    [Benchmark]
    public int EvaluateCatalog() => Evaluator.Evaluate(catalog).Count(TargetStatus.Met);
}
