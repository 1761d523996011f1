using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using MathNet.Numerics.Distributions;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Confidence intervals for sampled rates (抽查合格率). The only place evaluation uses floating point: the interval
/// is computed in double, guarded against NaN, and widened outward to four decimals of a percent before any
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
        return Observation.FromInterval(
            new Bound(Rounding.Round((decimal)lower, 4, RoundingMode.Floor), true),
            new Bound(Rounding.Round((decimal)upper, 4, RoundingMode.Ceiling), true),
            Unit.Percent,
            sample);
    }
}
