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

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };

    /// <summary>Adds trailing zeros: 2.5 × 1.00 = 2.500 (decimal multiplication adds scales).</summary>
    private static decimal Pad(decimal value, int zeros) => zeros switch { 0 => value, 1 => value * 1.0m, _ => value * 1.00m };
}

/// <summary>A record of the group-by tests.</summary>
public sealed record HitRecord(string Unit, LocalDate Date, bool Hit);
