namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The valid daily values of one pollutant in a year, collected for the annual mean and the HJ 663 percentile. Values
/// are exact (sum, count) pairs; while every value is a fixed-point mean they are kept as exact integer keys
/// (<see cref="FixedPoint.TryMeanKey"/>), so sorting and summing need no division; otherwise as decimal means.
/// </summary>
internal sealed class DailySeriesStatistics
{
    private readonly List<long> keys = new(366);
    private List<decimal>? decimals;

    internal int Count => decimals?.Count ?? keys.Count;

    internal void Add(decimal sum, int count)
    {
        if (decimals is null && FixedPoint.TryFrom(sum, out long fixedSum) && FixedPoint.TryMeanKey(fixedSum, count, out long key))
        {
            keys.Add(key);
            return;
        }
        if (decimals is null)
        {
            decimals = new List<decimal>(366);
            foreach (long earlier in keys)
            {
                decimals.Add(FromKey(earlier));
            }
        }
        decimals.Add(sum / count);
    }

    /// <summary>The arithmetic mean, or null when empty.</summary>
    internal decimal? Mean()
    {
        if (Count == 0)
        {
            return null;
        }
        if (decimals is not null)
        {
            decimal total = 0m;
            foreach (decimal value in decimals)
            {
                total += value;
            }
            return total / decimals.Count;
        }
        Int128 sum = 0;
        foreach (long key in keys)
        {
            sum += key;
        }
        return (decimal)sum / ((decimal)FixedPoint.MeanScale * FixedPoint.One * keys.Count);
    }

    /// <summary>The HJ 663 percentile, or null when empty.</summary>
    internal decimal? Percentile(decimal p)
    {
        if (Count == 0)
        {
            return null;
        }
        if (decimals is not null)
        {
            decimals.Sort();
            return Hj663.Percentile(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(decimals), p);
        }
        keys.Sort();
        return Hj663.Percentile(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(keys), p, FromKey);
    }

    private static decimal FromKey(long key) => (decimal)key / ((decimal)FixedPoint.MeanScale * FixedPoint.One);
}
