using System.Globalization;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.AirQuality;

/// <summary>One band of a breakpoint column: concentrations Low..High map linearly to indices IndexLow..IndexHigh.</summary>
internal readonly record struct Band(decimal Low, decimal High, int IndexLow, int IndexHigh);

/// <summary>What a column does above its last band.</summary>
internal enum OverflowKind
{
    /// <summary>The standard's <see cref="AboveTableRule"/> applies (HJ 633 columns that reach IAQI 500).</summary>
    StandardRule,

    /// <summary>Continue the last band's line (US EPA App. G).</summary>
    Extrapolate,

    /// <summary>A fixed index (HJ 633-2026: SO2 1h → 200, O3 8h → 300).</summary>
    Fixed,

    /// <summary>Use the index of another averaging period of the same pollutant.</summary>
    Substitute,
}

/// <summary>The rule above a column's last band, with the clause it comes from.</summary>
internal readonly record struct Overflow(OverflowKind Kind, string Citation = "", int FixedIndex = 0, AveragingPeriod Substitute = default, int? SubstituteFloor = null)
{
    internal static Overflow StandardRule { get; } = new(OverflowKind.StandardRule);
}

/// <summary>
/// One breakpoint column of an AQI table (a pollutant at an averaging period) and the single interpolation routine
/// every standard uses: IAQI = (I_hi − I_lo) / (BP_hi − BP_lo) × (C − BP_lo) + I_lo, in <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// The band is the first whose upper breakpoint is at least C. For HJ 633 the bands share breakpoints, so a
/// concentration exactly on a breakpoint gets that breakpoint's index; for US EPA the concentration is first
/// truncated to the table's precision, so it always falls inside one discrete band.
/// </remarks>
internal sealed class BreakpointColumn
{
    /// <summary>The largest concentration whose index is extrapolated, in the column's unit; above it the index would not fit.</summary>
    internal const decimal MaximumConcentration = 1_000_000m;

    private readonly Band[] bands;

    // The breakpoints in millionths, for the exact integer path.
    private readonly long[] lows;
    private readonly long[] highs;

    internal BreakpointColumn(AirIndicator indicator, Unit unit, Band[] bands, Overflow above, string? belowReason = null)
    {
        Indicator = indicator;
        Unit = unit;
        this.bands = bands;
        Above = above;
        BelowReason = belowReason;
        lows = bands.Select(b => (long)(b.Low * FixedPoint.One)).ToArray();
        highs = bands.Select(b => (long)(b.High * FixedPoint.One)).ToArray();
    }

    internal AirIndicator Indicator { get; }

    internal Unit Unit { get; }

    internal Overflow Above { get; }

    internal string? BelowReason { get; }

    internal ReadOnlySpan<Band> Bands => bands;

    /// <summary>Computes the index of <paramref name="concentration"/> under a standard's rounding rules.</summary>
    internal IaqiResult Compute(decimal concentration, in IndexRules rules)
    {
        if (concentration < 0m)
        {
            return IaqiResult.Undefined(Invariant($"A concentration cannot be negative; {Indicator} was {concentration} {Unit.Symbol()}."));
        }
        decimal c = rules.ConcentrationRounding is RoundingRule rounding ? rounding.Round(concentration) : concentration;
        Band first = bands[0];
        if (c < first.Low)
        {
            return IaqiResult.NotApplicable(BelowReason ?? Invariant($"{Indicator} below {first.Low} {Unit.Symbol()} has no index."));
        }
        Band last = bands[^1];
        if (c > last.High)
        {
            return ComputeAbove(c, last, rules);
        }
        foreach (Band band in bands)
        {
            if (c <= band.High)
            {
                return IaqiResult.Defined(Interpolate(c, band, rules));
            }
        }
        throw new InvalidOperationException("Unreachable: the concentration lies within the column.");
    }

    /// <summary>
    /// The same index as <see cref="Compute"/> for the concentration <paramref name="sum"/> / <paramref name="count"/>
    /// millionths, in exact integer arithmetic; false when the value is outside the table (the decimal routine handles
    /// those rare cases with their explanations).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal bool TryComputeFixed(long sum, int count, in IndexRules rules, out int index)
    {
        index = 0;
        if (sum < 0 || sum > 1_000_000_000L * FixedPoint.One)
        {
            return false;
        }
        if (rules.ConcentrationRounding is RoundingRule rounding)
        {
            // Round sum / count to `rounding.Decimals` decimals: a multiple of `unit` millionths.
            long unit = rounding.Decimals switch { 0 => 1_000_000, 1 => 100_000, 2 => 10_000, 3 => 1_000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }
            long divisor = unit * count;
            long quotient = Math.DivRem(sum, divisor, out long remainder);
            if (remainder != 0 && RoundsAway(quotient, remainder, divisor, rounding.Mode))
            {
                quotient++;
            }
            sum = quotient * unit;
            count = 1;
        }
        if (sum < lows[0] * count || sum > highs[^1] * count)
        {
            return false;
        }
        int b = 0;
        while (sum > highs[b] * count)
        {
            b++;
        }
        Band band = bands[b];
        // index = I_lo + (I_hi - I_lo) * (C - BP_lo) / (BP_hi - BP_lo), with C = sum / count.
        long numerator = (band.IndexHigh - band.IndexLow) * (sum - lows[b] * count);
        long denominator = (highs[b] - lows[b]) * count;
        long whole = Math.DivRem(numerator, denominator, out long rest);
        if (rest != 0 && RoundsAway(whole, rest, denominator, rules.IndexRounding))
        {
            whole++;
        }
        index = Math.Max((int)whole + band.IndexLow, rules.MinimumIndex);
        return true;
    }

    /// <summary>Whether a non-negative quotient with a non-zero remainder rounds up under <paramref name="mode"/>.</summary>
    private static bool RoundsAway(long quotient, long remainder, long divisor, RoundingMode mode)
    {
        int half = (remainder * 2).CompareTo(divisor);
        return mode switch
        {
            RoundingMode.HalfEven => half > 0 || (half == 0 && (quotient & 1) == 1),
            RoundingMode.HalfUp => half >= 0,
            RoundingMode.Ceiling => true,
            _ => false,
        };
    }

    private IaqiResult ComputeAbove(decimal c, Band last, in IndexRules rules)
    {
        string top = Invariant($"{Indicator} of {c} {Unit.Symbol()} is above the top breakpoint {last.High} {Unit.Symbol()}");
        switch (Above.Kind)
        {
            case OverflowKind.Extrapolate:
                return Extrapolated(c, last, rules, top, "(" + Above.Citation + ")");
            case OverflowKind.Fixed:
                return IaqiResult.Defined(Above.FixedIndex, top + ": " + Above.Citation + ".");
            case OverflowKind.Substitute:
                return IaqiResult.Substituted(Above.Substitute, Above.SubstituteFloor, top + ": " + Above.Citation + ".");
            default:
                return rules.AboveTable switch
                {
                    AboveTableRule.Cap => IaqiResult.Defined(last.IndexHigh, Invariant($"{top}: capped at {last.IndexHigh} (library default; the standard defines no index there).")),
                    AboveTableRule.Extrapolate => Extrapolated(c, last, rules, top, "(library option; the standard defines no index there)"),
                    _ => IaqiResult.Undefined(top + ": the standard defines no index there."),
                };
        }
    }

    /// <summary>
    /// The top band's line continued to <paramref name="c"/> (<paramref name="basis"/> says on whose authority). Only
    /// an extrapolated index grows with the concentration, so only it has a ceiling: above
    /// <see cref="MaximumConcentration"/> it would not fit and is undefined; capped, fixed and substituted indices hold
    /// at any value.
    /// </summary>
    private IaqiResult Extrapolated(decimal c, Band last, in IndexRules rules, string top, string basis) =>
        c > MaximumConcentration
            ? IaqiResult.Undefined(Invariant($"{top}, and above {MaximumConcentration} {Unit.Symbol()}, the largest concentration whose index is extrapolated (it would not fit)."))
            : IaqiResult.Defined(Interpolate(c, last, rules), top + ": extrapolated from the top band " + basis + ".");

    /// <summary>
    /// The linear interpolation, multiplying before dividing so that a concentration whose exact index is an integer
    /// gives that integer exactly; then the standard's index rounding and minimum.
    /// </summary>
    private static int Interpolate(decimal c, Band band, in IndexRules rules)
    {
        decimal exact = (band.IndexHigh - band.IndexLow) * (c - band.Low) / (band.High - band.Low) + band.IndexLow;
        int index = (int)Rounding.Round(exact, 0, rules.IndexRounding);
        return Math.Max(index, rules.MinimumIndex);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A standard's rounding rules for one pollutant, passed to <see cref="BreakpointColumn.Compute"/>.</summary>
internal readonly record struct IndexRules(RoundingRule? ConcentrationRounding, RoundingMode IndexRounding, int MinimumIndex, AboveTableRule AboveTable);
