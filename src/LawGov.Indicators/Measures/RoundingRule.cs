using System.Globalization;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Measures;

/// <summary>
/// The rounding a target declares: the precision its figures are reported at, how values are rounded to that
/// precision, and whether the comparison with the limit uses the full or the rounded value. It gives one
/// reproducible answer to questions like "is 99.95 % a pass for 100 %?".
/// </summary>
/// <remarks>
/// Equality compares all three parts. <c>default</c> is zero decimals, <see cref="RoundingMode.HalfEven"/>,
/// <see cref="ComparisonMethod.FullValue"/>.
/// </remarks>
public readonly struct RoundingRule : IEquatable<RoundingRule>
{
    /// <summary>Initializes a rounding rule.</summary>
    /// <param name="decimals">Reported precision: decimals kept, 0 to 16.</param>
    /// <param name="mode">How values are rounded to that precision.</param>
    /// <param name="comparison">Whether the limit is compared with the full or the rounded value.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public RoundingRule(int decimals, RoundingMode mode = RoundingMode.HalfEven, ComparisonMethod comparison = ComparisonMethod.FullValue)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        Decimals = decimals;
        Mode = Preconditions.CheckDefined(mode, nameof(mode));
        Comparison = Preconditions.CheckDefined(comparison, nameof(comparison));
    }

    /// <summary>The largest reported precision a rule may declare.</summary>
    public const int MaxDecimals = 16;

    /// <summary>
    /// The library default: two decimals, GB/T 8170 half-to-even rounding, full-value comparison.
    /// </summary>
    public static RoundingRule Default { get; } = new(2);

    /// <summary>Reported precision: the number of decimals figures are rounded to.</summary>
    public int Decimals { get; }

    /// <summary>How values are rounded to <see cref="Decimals"/>.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Whether the limit is compared with the full value or with the rounded value.</summary>
    public ComparisonMethod Comparison { get; }

    /// <summary>A rule with GB/T 8170 half-to-even rounding at <paramref name="decimals"/>.</summary>
    /// <param name="decimals">Reported precision.</param>
    /// <param name="comparison">Comparison method.</param>
    /// <returns>The rule.</returns>
    public static RoundingRule GbT8170(int decimals, ComparisonMethod comparison = ComparisonMethod.FullValue) =>
        new(decimals, RoundingMode.HalfEven, comparison);

    /// <summary>Rounds a decimal value by this rule.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value rounded to <see cref="Decimals"/> with <see cref="Mode"/>.</returns>
    public decimal Round(decimal value) => Rounding.Round(value, Decimals, Mode);

    /// <summary>Rounds a rate, in percent, by this rule, exactly from its counts.</summary>
    /// <param name="rate">A defined rate.</param>
    /// <returns>The percentage rounded to <see cref="Decimals"/> with <see cref="Mode"/>.</returns>
    /// <exception cref="InvalidOperationException">The rate's denominator is zero.</exception>
    /// <exception cref="OverflowException">The rounded percentage does not fit in a decimal (see
    /// <see cref="Rate.ToPercent(int, RoundingMode)"/>).</exception>
    public decimal RoundPercent(Rate rate) => rate.ToPercent(Decimals, Mode);

    /// <inheritdoc />
    public bool Equals(RoundingRule other) =>
        Decimals == other.Decimals && Mode == other.Mode && Comparison == other.Comparison;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoundingRule other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Decimals, Mode, Comparison);

    /// <summary>Compares two rules for equality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>True when all parts are equal.</returns>
    public static bool operator ==(RoundingRule left, RoundingRule right) => left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns>True when any part differs.</returns>
    public static bool operator !=(RoundingRule left, RoundingRule right) => !left.Equals(right);

    /// <summary>A short description, e.g. <c>2 dp half-even, full value</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Decimals} dp {ModeName(Mode)}, {(Comparison == ComparisonMethod.FullValue ? "full value" : "rounded value")}");

    internal static string ModeName(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfEven => "half-even",
        RoundingMode.HalfUp => "half-up",
        RoundingMode.Truncate => "truncate",
        RoundingMode.Ceiling => "ceiling",
        RoundingMode.Floor => "floor",
        _ => mode.ToString(),
    };
}
