using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Measures;

public class QuantityTests
{
    // SI prefixes: 1 mg = 1000 µg, so 2.2 mg/m³ (the CO value of HJ 633's 24 h example) is 2200 µg/m³.
    [Fact]
    public void ConvertTo_MilligramsToMicrograms_IsExact() =>
        Assert.Equal(2200m, Quantity.MilligramsPerCubicMetre(2.2m).ConvertTo(Unit.MicrogramsPerCubicMetre).Value);

    // Calendar days and working days are counted differently (time-limits.md §2): no conversion between them.
    [Fact]
    public void ConvertTo_DifferentDimension_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Quantity.FromDays(30).ConvertTo(Unit.WorkingDays));

    [Fact]
    public void TryConvertTo_DifferentDimension_ReturnsFalse() =>
        Assert.False(Quantity.FromPercent(5).TryConvertTo(Unit.Days, out _));

    // 1 mg/m³ = 1000.0 µg/m³ (SI prefixes; the scale does not matter), and 1001 µg/m³ is not.
    [Fact]
    public void Equality_ConvertsWithinDimension() =>
        Contracts.AssertEquality(Quantity.MilligramsPerCubicMetre(1m), Quantity.MicrogramsPerCubicMetre(1000.0m), Quantity.MicrogramsPerCubicMetre(1001m));

    [Fact]
    public void Equality_DifferentDimensions_NotEqual() =>
        Assert.NotEqual(Quantity.FromDays(30), Quantity.FromWorkingDays(30));

    // 52 µg/m³ = 52.0 µg/m³ < 0.053 mg/m³ = 53 µg/m³ (hand conversion).
    [Fact]
    public void Ordering_WithinDimension() =>
        Contracts.AssertOrdering(Quantity.MicrogramsPerCubicMetre(52m), Quantity.MicrogramsPerCubicMetre(52.0m), Quantity.MilligramsPerCubicMetre(0.053m));

    [Fact]
    public void CompareTo_DifferentDimension_Throws() =>
        Assert.Throws<ArgumentException>(() => Quantity.FromDays(1).CompareTo(Quantity.FromPercent(1)));

    // The symbols of the Units table: µg/m³ after a space, % directly after the number.
    [Fact]
    public void ToString_UsesSymbol()
    {
        Assert.Equal("52 µg/m³", Quantity.MicrogramsPerCubicMetre(52m).ToString());
        Assert.Equal("62%", Quantity.FromPercent(62m).ToString());
    }

    [Fact]
    public void GetHashCode_HugeAmount_DoesNotOverflow()
    {
        var huge = Quantity.MilligramsPerCubicMetre(decimal.MaxValue);

        Assert.Equal(huge.GetHashCode(), Quantity.MilligramsPerCubicMetre(decimal.MaxValue).GetHashCode());
    }

    // Equality was asymmetric when the µg → mg division rounded at 28 digits: both orders compare in the base unit now.
    [Fact]
    public void Equality_IsSymmetric_AndAgreesWithTheHash_AtTwentyEightDigits() =>
        Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(
            FsCheck.Fluent.Gen.Choose(0, int.MaxValue).Select(seed => 1.234567890123456789012345678m * new Random(seed).Next(1, 1000) / 7m)), micrograms =>
        {
            var ug = Quantity.MicrogramsPerCubicMetre(micrograms);
            Quantity mg = ug.ConvertTo(Unit.MilligramsPerCubicMetre);
            return (ug == mg) == (mg == ug) && (!(ug == mg) || ug.GetHashCode() == mg.GetHashCode())
                && Math.Sign(ug.CompareTo(mg)) == -Math.Sign(mg.CompareTo(ug));
        }));
}
