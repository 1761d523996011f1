namespace LawGov.Indicators.AirQuality;

/// <summary>The HJ 663 statistics of a daily series.</summary>
internal static class Hj663
{
    /// <summary>
    /// The percentile of HJ 663-2013 Appendix A: sort ascending X(1) ≤ … ≤ X(n); k = 1 + (n − 1)·p; s = ⌊k⌋;
    /// m = X(s) + (X(s+1) − X(s))·(k − s), and X(n) when s = n. Exact in decimal for decimal inputs.
    /// </summary>
    /// <param name="sorted">The values, ascending, at least one.</param>
    /// <param name="p">The fraction, 0 to 1 (0.90, 0.95, 0.98).</param>
    internal static decimal Percentile(ReadOnlySpan<decimal> sorted, decimal p) => Percentile(sorted, p, static v => v);

    /// <summary>The same percentile over sorted values of another type, converted to decimal only where read.</summary>
    /// <param name="sorted">The values, ascending, at least one.</param>
    /// <param name="p">The fraction, 0 to 1.</param>
    /// <param name="toDecimal">The exact decimal of a value.</param>
    internal static decimal Percentile<T>(ReadOnlySpan<T> sorted, decimal p, Func<T, decimal> toDecimal) =>
        PercentileOfTop(sorted, sorted.Length, p, toDecimal);

    /// <summary>The rank s = ⌊1 + (n − 1)·p⌋ of the lower value the percentile reads (1-based).</summary>
    internal static int LowerRank(int n, decimal p) => (int)decimal.Floor(1 + (n - 1) * p);

    /// <summary>
    /// The same percentile from the top of the sorted values only: <paramref name="top"/> holds ranks
    /// n − top.Length + 1 … n ascending, down to at least rank <see cref="LowerRank"/>.
    /// </summary>
    internal static decimal PercentileOfTop<T>(ReadOnlySpan<T> top, int n, decimal p, Func<T, decimal> toDecimal)
    {
        decimal k = 1 + (n - 1) * p;
        int s = (int)decimal.Floor(k);
        if (s >= n)
        {
            return toDecimal(top[^1]);
        }
        int first = n - top.Length + 1; // the rank of top[0]
        decimal low = toDecimal(top[s - first]);
        return low + (toDecimal(top[s + 1 - first]) - low) * (k - s);
    }

    /// <summary>The percentile HJ 663 assesses each pollutant by: SO2 and NO2 p98, PM10, PM2.5 and CO p95, O3 (MDA8) p90.</summary>
    internal static decimal PercentileOf(Pollutant pollutant) => pollutant switch
    {
        Pollutant.So2 or Pollutant.No2 => 0.98m,
        Pollutant.O3 => 0.90m,
        _ => 0.95m,
    };
}
