namespace LawGov.Indicators.AirQuality;

/// <summary>The HJ 663 statistics of a daily series.</summary>
internal static class Hj663
{
    /// <summary>
    /// The percentile of HJ 663-2013 Appendix A: sort ascending X(1) ≤ … ≤ X(n); k = 1 + (n − 1)·p; s = ⌊k⌋;
    /// m = X(s) + (X(s+1) − X(s))·(k − s), and X(n) when s = n. Exact in decimal for decimal inputs whose interpolation
    /// fits (annual figures of daily series use <see cref="Rank"/> with exact fractions instead).
    /// </summary>
    /// <param name="sorted">The values, ascending, at least one.</param>
    /// <param name="p">The fraction, 0 to 1 (0.90, 0.95, 0.98).</param>
    internal static decimal Percentile(ReadOnlySpan<decimal> sorted, decimal p)
    {
        (int s, decimal weight) = Rank(sorted.Length, p);
        decimal low = sorted[s - 1];
        return s == sorted.Length ? low : low + ((sorted[s] - low) * weight);
    }

    /// <summary>
    /// The rank s = ⌊k⌋ (1-based, k = 1 + (n − 1)·p) of the lower value the percentile reads, and the weight k − s of
    /// the next one: the percentile is X(s) + (X(s+1) − X(s))·weight, with weight 0 when s = n. k is exact in decimal.
    /// </summary>
    /// <param name="n">How many values, at least one.</param>
    /// <param name="p">The fraction, 0 to 1.</param>
    internal static (int Lower, decimal Weight) Rank(int n, decimal p)
    {
        decimal k = 1 + ((n - 1) * p);
        int s = (int)decimal.Floor(k);
        return s >= n ? (n, 0m) : (s, k - s);
    }

    /// <summary>The percentile HJ 663 assesses each pollutant by: SO2 and NO2 p98, PM10, PM2.5 and CO p95, O3 (MDA8) p90.</summary>
    internal static decimal PercentileOf(Pollutant pollutant) => pollutant switch
    {
        Pollutant.So2 or Pollutant.No2 => 0.98m,
        Pollutant.O3 => 0.90m,
        _ => 0.95m,
    };
}
