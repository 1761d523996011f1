using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using MathNet.Numerics.Distributions;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Confidence intervals for sampled rates (抽查合格率). The only place evaluation uses floating point: the interval
/// is computed in double, guarded against NaN, and widened outward by one unit beyond four decimals of a percent before any
/// comparison, so the exact comparison that follows errs on the side of "cannot tell".
/// </summary>
internal static class SampleStatistics
{
    /// <summary>The Wilson score interval of a sampled rate, in percent.</summary>
    internal static Observation WilsonInterval(Rate sample, decimal confidenceLevel, out bool computed)
    {
        double n = sample.Denominator;
        double p = (double)sample.Numerator / n;
        double z = Normal.InvCDF(0, 1, 1 - (1 - (double)confidenceLevel) / 2);
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = Math.Max(0, centre - half) * 100;
        double upper = Math.Min(1, centre + half) * 100;
        computed = double.IsFinite(lower) && double.IsFinite(upper);
        if (!computed)
        {
            return Observation.FromInterval(null, null, Unit.Percent, sample);
        }
        // Widen by one more unit of 10^-4 while still in double, so that converting to decimal (which rounds to nearest)
        // can never move an end inward: 61.99999999999999 must not become 62.
        double widenedLower = Math.Max(0, Math.Floor(lower * 10_000 - 1) / 10_000);
        double widenedUpper = Math.Min(100, Math.Ceiling(upper * 10_000 + 1) / 10_000);
        return Observation.FromInterval(
            new Bound(Rounding.Round((decimal)widenedLower, 4, RoundingMode.Floor), true),
            new Bound(Rounding.Round((decimal)widenedUpper, 4, RoundingMode.Ceiling), true),
            Unit.Percent,
            sample);
    }
}
