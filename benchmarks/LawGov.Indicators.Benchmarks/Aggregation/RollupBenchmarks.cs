using BenchmarkDotNet.Attributes;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Benchmarks.Aggregation;

/// <summary>
/// A rollup over a three-level tree: 1 city, 10 counties, 100 departments each (1,000 leaves, 1,011 units), seeded
/// leaf rates, judged at every unit against ≥ 90 %. The baseline is the floor: the ratio of sums through parent-index
/// arrays and one exact integer comparison per unit.
/// </summary>
[MemoryDiagnoser]
public class RollupBenchmarks
{
    private const int Counties = 10;
    private const int DepartmentsPerCounty = 100;

    private OrganisationTree tree = null!;
    private Dictionary<string, Rate> leaves = [];
    private int[] parent = [];
    private long[] numerators = [];
    private long[] denominators = [];
    private ValueTarget ratioOfSums = null!;
    private ValueTarget meanOfUnits = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20201231);
        var units = new List<OrganisationUnit> { new("city", "市") };
        var parents = new List<int> { -1 };
        var nums = new List<long> { 0 };
        var dens = new List<long> { 0 };
        for (int c = 0; c < Counties; c++)
        {
            string county = "county-" + c;
            units.Add(new OrganisationUnit(county, county, "city"));
            parents.Add(0);
            nums.Add(0);
            dens.Add(0);
            int countyIndex = units.Count - 1;
            for (int d = 0; d < DepartmentsPerCounty; d++)
            {
                string id = county + "-dept-" + d;
                units.Add(new OrganisationUnit(id, id, county));
                parents.Add(countyIndex);
                long den = random.Next(1, 500);
                long num = (long)(den * (0.8 + (random.NextDouble() * 0.2)));
                leaves[id] = new Rate(num, den);
                nums.Add(num);
                dens.Add(den);
            }
        }
        tree = new OrganisationTree(units);
        parent = [.. parents];
        numerators = [.. nums];
        denominators = [.. dens];
        var document = new SourceDocument("doc", "benchmark");
        ratioOfSums = Target(RollupMethod.RatioOfSums, document);
        meanOfUnits = Target(RollupMethod.MeanOfUnits, document);
    }

    private static ValueTarget Target(RollupMethod method, SourceDocument document) =>
        new("t", new Indicator("rate", "比率", "rate", Unit.Percent, rollup: method), Condition.AtLeast(90m), Periods.Year(2020), new Scope("市"), new Provenance(document, "1"));

    /// <summary>The floor: counts added up the parent indexes (children come after their parents), then n · 100 ≥ 90 · d per unit.</summary>
    [Benchmark(Baseline = true)]
    public int PlainLoop()
    {
        long[] num = (long[])numerators.Clone(), den = (long[])denominators.Clone();
        for (int i = num.Length - 1; i > 0; i--)
        {
            num[parent[i]] += num[i];
            den[parent[i]] += den[i];
        }
        int met = 0;
        for (int i = 0; i < num.Length; i++)
        {
            met += num[i] * 100 >= 90 * den[i] ? 1 : 0;
        }
        return met;
    }

    /// <summary>Ratio of sums, with full results (status, value, contributors) per unit.</summary>
    [Benchmark]
    public RollupResult RatioOfSums() => Rollup.Evaluate(tree, ratioOfSums, leaves);

    /// <summary>Mean of units: exact fractions (BigInteger) and one rounding per unit.</summary>
    [Benchmark]
    public RollupResult MeanOfUnits() => Rollup.Evaluate(tree, meanOfUnits, leaves);
}
