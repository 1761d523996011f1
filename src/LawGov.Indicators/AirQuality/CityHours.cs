namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One day of a city's exact hourly state: for each pollutant and hour (pollutant × 24 + hour), the sum of its
/// stations' fixed-point values (millionths) and how many stations have a value. The city's hourly value is sum / count;
/// states of the same day from different stations or parts add.
/// </summary>
internal sealed class CityHours
{
    internal const int Slots = 6 * 24;

    internal readonly long[] Sums = new long[Slots];
    internal readonly int[] Counts = new int[Slots];

    /// <summary>A new state holding <paramref name="left"/> + <paramref name="right"/> (neither is changed).</summary>
    /// <exception cref="OverflowException">A sum or count overflows.</exception>
    internal static CityHours Sum(CityHours left, CityHours right)
    {
        var sum = new CityHours();
        for (int i = 0; i < Slots; i++)
        {
            sum.Sums[i] = checked(left.Sums[i] + right.Sums[i]);
            sum.Counts[i] = checked(left.Counts[i] + right.Counts[i]);
        }
        return sum;
    }

    /// <summary>The city's daily series from its hourly states, in date order.</summary>
    internal static DailyConcentrations[] Summarize(IReadOnlyDictionary<int, CityHours> days) =>
        days.OrderBy(d => d.Key).Select(d => CityDaySummarizer.Summarize(DayNumbers.ToDate(d.Key), d.Value.Sums, d.Value.Counts)).ToArray();
}
