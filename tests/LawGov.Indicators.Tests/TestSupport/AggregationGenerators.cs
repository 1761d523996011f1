using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>Generators for the aggregation tests: decimals with varied scales, records and accumulator states.</summary>
public static class AggregationGenerators
{
    /// <summary>
    /// Decimals from −10^6 to 10^6 with 0 to 5 decimals, often with trailing zeros (2, 2.0 and 2.00), so equal values
    /// of different scales occur; small values often, so ties are frequent.
    /// </summary>
    public static Gen<decimal> Value { get; } = Gen.Frequency(
        (2, from whole in Gen.Choose(-3, 3) from padding in Gen.Choose(0, 2) select Pad(whole, padding)),
        (4, from mantissa in Gen.Frequency((3, Gen.Choose(-20, 20)), (2, Gen.Choose(-100_000, 100_000)), (1, Gen.Choose(-1_000_000_000, 1_000_000_000)))
            from scale in Gen.Choose(0, 3)
            from padding in Gen.Choose(0, 2)
            select Pad(mantissa / Pow10(scale), padding)));

    /// <summary>A record: unit key, date (2019–2021, so every kind of period boundary occurs) and hit flag.</summary>
    public static Gen<HitRecord> Record { get; } =
        from unit in Gen.Elements("兰山区", "罗庄区", "河东区", "市司法局", "A", "a")
        from date in Generators.DateBetween(new LocalDate(2019, 12, 1), new LocalDate(2021, 1, 31))
        from hit in Gen.Elements(true, false)
        select new HitRecord(unit, date, hit);

    public static Gen<ValueSummary> Summary { get; } = Gen.ListOf(Value).Select(ValueSummary.Of);

    public static Gen<ValueDistribution> Distribution { get; } = Gen.ListOf(Value).Select(ValueDistribution.Of);

    public static Gen<PeriodKind> Kind { get; } = Gen.Elements(Enum.GetValues<PeriodKind>());

    /// <summary>
    /// The three-level example of the rollup tests: 临沂市 with three districts of two departments each and one city
    /// department directly under it.
    /// </summary>
    public static OrganisationTree LinyiTree { get; } = new(
    [
        new("linyi", "临沂市"),
        new("lanshan", "兰山区", "linyi"),
        new("ls-a", "兰山区司法局", "lanshan"),
        new("ls-b", "兰山区市场监管局", "lanshan"),
        new("luozhuang", "罗庄区", "linyi"),
        new("lz-a", "罗庄区司法局", "luozhuang"),
        new("lz-b", "罗庄区市场监管局", "luozhuang"),
        new("hedong", "河东区", "linyi"),
        new("hd-a", "河东区司法局", "hedong"),
        new("hd-b", "河东区市场监管局", "hedong"),
        new("city-office", "市司法局", "linyi"),
    ]);

    /// <summary>Random valid trees of 1 to 40 units (each unit's parent is an earlier unit or none), listed shuffled.</summary>
    public static Gen<OrganisationTree> Tree { get; } =
        from size in Gen.Choose(1, 40)
        from parents in Gen.ArrayOf(Gen.Choose(-3, 1_000_000), size)
        from seed in Gen.Choose(0, int.MaxValue)
        select BuildTree(parents, seed);

    private static OrganisationTree BuildTree(int[] draws, int seed)
    {
        var units = new OrganisationUnit[draws.Length];
        for (int i = 0; i < draws.Length; i++)
        {
            string? parent = i == 0 || draws[i] < 0 ? null : "u" + (draws[i] % i);
            units[i] = new OrganisationUnit("u" + i, "unit " + i, parent);
        }
        new Random(seed).Shuffle(units);
        return new OrganisationTree(units);
    }

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };

    /// <summary>Adds trailing zeros: 2.5 × 1.00 = 2.500 (decimal multiplication adds scales).</summary>
    private static decimal Pad(decimal value, int zeros) => zeros switch { 0 => value, 1 => value * 1.0m, _ => value * 1.00m };
}

/// <summary>A record of the group-by tests.</summary>
public sealed record HitRecord(string Unit, LocalDate Date, bool Hit);
