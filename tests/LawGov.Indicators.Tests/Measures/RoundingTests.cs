using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Measures;

public class RoundingTests
{
    // GB/T 8170-2008 §3.3 examples as quoted in shared/reference/indicators.md §3.2: 1.050 -> 1.0, 0.35 -> 0.4.
    [Theory]
    [InlineData("1.050", 1, "1.0")]
    [InlineData("0.35", 1, "0.4")]
    [InlineData("0.25", 1, "0.2")]
    [InlineData("2.5", 0, "2")]
    [InlineData("3.5", 0, "4")]
    [InlineData("1.0501", 1, "1.1")] // above the midpoint: GB/T 8170 rounds up
    public void Round_HalfEven_FollowsGbT8170(string value, int decimals, string expected)
    {
        decimal rounded = Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, RoundingMode.HalfEven);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    // US EPA: the index is rounded half up (AirNow conc-aqi.js Math.round), so 50.5 -> 51, 50.49 -> 50.
    [Theory]
    [InlineData("50.5", "51")]
    [InlineData("50.49", "50")]
    [InlineData("2.5", "3")]
    public void Round_HalfUp_RoundsMidpointsUp(string value, string expected)
    {
        decimal rounded = Rounding.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), 0, RoundingMode.HalfUp);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), rounded);
    }

    // US EPA TAD Table: PM2.5 is truncated to one decimal before the index (35.49 -> 35.4, never 35.5).
    [Fact]
    public void Round_Truncate_DropsDigits()
    {
        Assert.Equal(35.4m, Rounding.Round(35.49m, 1, RoundingMode.Truncate));
        Assert.Equal(0.070m, Rounding.Round(0.0709m, 3, RoundingMode.Truncate));
    }

    // HJ 633-2012 §6.2: IAQI is rounded up to an integer, so 54.0000001 -> 55 and 55 stays 55.
    [Fact]
    public void Round_Ceiling_RoundsAnyFractionUp()
    {
        Assert.Equal(55m, Rounding.Round(54.0000001m, 0, RoundingMode.Ceiling));
        Assert.Equal(55m, Rounding.Round(55m, 0, RoundingMode.Ceiling));
    }

    // Hand calculation: floor at one decimal takes −1.21 down to −1.3 and 1.29 down to 1.2.
    [Fact]
    public void Round_Floor_RoundsTowardNegativeInfinity()
    {
        Assert.Equal(-1.3m, Rounding.Round(-1.21m, 1, RoundingMode.Floor));
        Assert.Equal(1.2m, Rounding.Round(1.29m, 1, RoundingMode.Floor));
    }

    // A decimal carries 0 to 28 decimal places (Rounding.MaxDecimals): 29 and −1 are outside; 42 is no RoundingMode.
    [Fact]
    public void Round_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, 29, RoundingMode.HalfEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, -1, RoundingMode.HalfEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Round(1m, 0, (RoundingMode)42));
    }

    // Laws of every mode at every precision, over decimals of every size and scale (Generators.AnyDecimal).

    private static Arbitrary<(decimal Value, int Decimals, RoundingMode Mode)> Cases { get; } =
        (from value in Generators.AnyDecimal
         from decimals in Generators.DecimalPlaces
         from mode in Generators.Mode
         select (value, decimals, mode)).ToArbitrary();

    /// <summary>10^−d, the step at d decimals.</summary>
    private static decimal Step(int decimals) => new(1, 0, 0, false, (byte)decimals);

    // Floor and ceiling are the two neighbours at the precision (one step apart, or equal when the value already has
    // that precision), and every mode picks one of them.
    [Fact]
    public void Round_EveryMode_LiesBetweenFloorAndCeilingAtThePrecision() =>
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            decimal floor = Rounding.Round(c.Value, c.Decimals, RoundingMode.Floor);
            decimal ceiling = Rounding.Round(c.Value, c.Decimals, RoundingMode.Ceiling);
            decimal rounded = Rounding.Round(c.Value, c.Decimals, c.Mode);
            return floor <= c.Value && c.Value <= ceiling
                && (ceiling - floor == 0m || ceiling - floor == Step(c.Decimals))
                && (rounded == floor || rounded == ceiling);
        }));

    [Fact]
    public void Round_IsIdempotent() =>
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            decimal once = Rounding.Round(c.Value, c.Decimals, c.Mode);
            decimal twice = Rounding.Round(once, c.Decimals, c.Mode);
            return twice == once && twice.Scale == once.Scale;
        }));

    [Fact]
    public void Round_IsMonotone() =>
        Properties.Check(Prop.ForAll(Cases, Generators.AnyDecimal.ToArbitrary(), (c, other) =>
        {
            decimal low = Math.Min(c.Value, other), high = Math.Max(c.Value, other);
            return Rounding.Round(low, c.Decimals, c.Mode) <= Rounding.Round(high, c.Decimals, c.Mode);
        }));

    // GB/T 8170 half-even and half-up differ only on a midpoint (exactly half a step above the floor), where half-up
    // goes away from zero and half-even to the even last digit.
    [Fact]
    public void Round_HalfEvenAndHalfUp_DifferOnlyAtMidpoints() =>
        Properties.Check(Prop.ForAll(Cases, c =>
        {
            decimal halfEven = Rounding.Round(c.Value, c.Decimals, RoundingMode.HalfEven);
            decimal halfUp = Rounding.Round(c.Value, c.Decimals, RoundingMode.HalfUp);
            decimal floor = Rounding.Round(c.Value, c.Decimals, RoundingMode.Floor);
            decimal ceiling = Rounding.Round(c.Value, c.Decimals, RoundingMode.Ceiling);
            bool midpoint = floor != ceiling && (c.Value - floor) * 2 == ceiling - floor;
            if (!midpoint)
            {
                return halfEven == halfUp;
            }
            decimal awayFromZero = c.Value > 0 ? ceiling : floor;
            bool evenLastDigit = decimal.Truncate(halfEven / Step(c.Decimals)) % 2 == 0;
            return halfUp == awayFromZero && evenLastDigit;
        }));

    [Fact]
    public void Round_Truncate_IsTowardZero() =>
        Properties.Check(Prop.ForAll(Cases, c =>
            Rounding.Round(c.Value, c.Decimals, RoundingMode.Truncate)
                == (c.Value >= 0 ? Rounding.Round(c.Value, c.Decimals, RoundingMode.Floor) : Rounding.Round(c.Value, c.Decimals, RoundingMode.Ceiling))));

    // The result carries the declared precision: the value's own scale when it has fewer decimals (52 stays 52), else
    // exactly the declared decimals (1.050 to one decimal is 1.0, not 1).
    [Fact]
    public void Round_ResultHasTheDeclaredScale() =>
        Properties.Check(Prop.ForAll(Cases, c =>
            Rounding.Round(c.Value, c.Decimals, c.Mode).Scale == Math.Min(c.Value.Scale, c.Decimals)));
}
