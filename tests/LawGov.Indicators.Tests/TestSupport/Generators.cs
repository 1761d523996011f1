using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>The generators every property test draws from, in one place.</summary>
public static class Generators
{
    /// <summary>Counts from 0 to 10^12, biased toward small values so boundaries are hit often.</summary>
    public static Gen<long> Count { get; } = Gen.Frequency(
        (3, Gen.Choose(0, 50).Select(i => (long)i)),
        (2, Gen.Choose(0, 100_000).Select(i => (long)i)),
        (1, Gen.Choose(0, 1_000_000).SelectMany(hi => Gen.Choose(0, 1_000_000).Select(lo => (long)hi * 1_000_000 + lo))));

    /// <summary>Counts of any size: mostly <see cref="Count"/>, and 0, 1, 3, 7, long.MaxValue and its neighbours, or any 63-bit value.</summary>
    public static Gen<long> ExtremeCount { get; } = Gen.Frequency(
        (2, Count),
        (1, Gen.Elements(0L, 1L, 3L, 7L, long.MaxValue, long.MaxValue - 1, long.MaxValue / 3)),
        (1, from high in Gen.Choose(0, int.MaxValue) from low in Gen.Choose(0, int.MaxValue) select ((long)high << 32) | (uint)low));

    /// <summary>Defined rates whose numerator does not exceed the denominator (shares).</summary>
    public static Gen<Rate> Share { get; } =
        from den in Count.Where(d => d > 0)
        from num in Gen.Choose(0, 1_000_000).Select(k => (long)((System.Numerics.BigInteger)den * k / 1_000_000))
        select new Rate(num, den);

    /// <summary>Defined rates, numerator possibly above the denominator.</summary>
    public static Gen<Rate> DefinedRate { get; } =
        from den in Count.Where(d => d > 0)
        from num in Count
        select new Rate(num, den);

    /// <summary>Percent thresholds with up to four decimals, 0 to 100.</summary>
    public static Gen<decimal> Percent { get; } =
        from whole in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 4)
        select Math.Round(whole / 10_000m, scale);

    public static Gen<RoundingMode> Mode { get; } = Gen.Elements(Enum.GetValues<RoundingMode>());

    /// <summary>A full 32-bit word, negative values included.</summary>
    private static Gen<int> Word { get; } =
        from high in Gen.Choose(0, 0xFFFF)
        from low in Gen.Choose(0, 0xFFFF)
        select (high << 16) | low;

    /// <summary>
    /// Decimals of every size and scale, both signs: short amounts (12.5, 0.25: midpoints at 0–3 decimals are common),
    /// any 96-bit significand at any scale 0–28 (up to decimal.MaxValue, down to 1e-28), and values next to the ends of
    /// the range.
    /// </summary>
    public static Gen<decimal> AnyDecimal { get; } = Gen.Frequency(
        (3, from whole in Gen.Choose(-1_000_000, 1_000_000)
            from scale in Gen.Choose(0, 4)
            select new decimal(Math.Abs(whole), 0, 0, whole < 0, (byte)scale)),
        (3, from low in Word
            from mid in Word
            from high in Gen.Frequency((1, Word), (1, Gen.Choose(0, 1000)))
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(low, mid, high, negative, (byte)scale)),
        (1, from offset in Gen.Choose(0, 1000)
            from scale in Gen.Choose(0, 3)
            from negative in Gen.Elements(true, false)
            let below = decimal.MaxValue - new decimal(offset, 0, 0, false, (byte)scale)
            select negative ? -below : below));

    /// <summary>Decimals for <see cref="Rounding.Round"/>: every precision a decimal has, 0 to 28.</summary>
    public static Gen<int> DecimalPlaces { get; } = Gen.Choose(0, Rounding.MaxDecimals);

    public static Gen<int> Decimals { get; } = Gen.Choose(0, 6);

    /// <summary>Dates from <paramref name="first"/> to <paramref name="last"/>, both inclusive.</summary>
    public static Gen<LocalDate> DateBetween(LocalDate first, LocalDate last) =>
        Gen.Choose(0, Period.DaysBetween(first, last)).Select(first.PlusDays);

    /// <summary>
    /// Dates over the whole coverage of the built-in China calendar (2015-01-01..2026-12-31), one in ten from its last
    /// 120 days so counts that run past the coverage (into 2027) are exercised: properties must accept the
    /// <see cref="LawGov.Indicators.Calendars.CalendarCoverageException"/> there (see <see cref="Covered"/>).
    /// </summary>
    public static Gen<LocalDate> ChinaDate { get; } = Gen.Frequency(
        (9, DateBetween(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31))),
        (1, DateBetween(new LocalDate(2026, 9, 3), new LocalDate(2026, 12, 31))));
}

/// <summary>A calendar computation's outcome: its value, or the year it needed and the calendar does not cover.</summary>
public readonly record struct Covered<T>(T? Value, int? UncoveredYear)
    where T : struct
{
    /// <summary>True when the value was computed.</summary>
    public bool IsCovered => UncoveredYear is null;
}

/// <summary>Runs calendar computations that may leave the coverage; only the coverage error is caught.</summary>
public static class Covered
{
    public static Covered<T> Try<T>(Func<T> compute)
        where T : struct
    {
        try
        {
            return new Covered<T>(compute(), null);
        }
        catch (LawGov.Indicators.Calendars.CalendarCoverageException ex)
        {
            return new Covered<T>(null, ex.Year);
        }
    }
}
