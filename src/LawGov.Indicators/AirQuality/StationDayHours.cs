namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The hourly values of one station-day, kept beside its summary for a station's first and last day in a data set: a
/// day split between parts read separately (a file cut at noon) is joined from these and summarized again.
/// </summary>
internal sealed class StationDayHours
{
    internal StationDayHours(int day, long[] values, uint[] present, uint rows)
    {
        Day = day;
        Values = values;
        Present = present;
        Rows = rows;
    }

    /// <summary>The day number (see <see cref="DayNumbers"/>).</summary>
    internal int Day { get; }

    /// <summary>The values in millionths, hour-major (hour × 6 + pollutant); only slots marked in <see cref="Present"/> count.</summary>
    internal long[] Values { get; }

    /// <summary>Per pollutant, a bit per hour that has a value.</summary>
    internal uint[] Present { get; }

    /// <summary>A bit per hour that had a row (with or without values): two parts must not both have one.</summary>
    internal uint Rows { get; }

    /// <summary>A copy of a station's open day.</summary>
    internal static StationDayHours Copy(int day, long[] values, uint[] present, uint rows) =>
        new(day, (long[])values.Clone(), (uint[])present.Clone(), rows);

    internal DailyConcentrations Summarize() => DaySummarizer.Summarize<long>(DayNumbers.ToDate(Day), Values, Present, hourMajor: true);

    /// <summary>The hours of both (the same day, no hour in both).</summary>
    internal static StationDayHours Join(StationDayHours left, StationDayHours right)
    {
        var values = (long[])left.Values.Clone();
        var present = new uint[6];
        for (int p = 0; p < 6; p++)
        {
            present[p] = left.Present[p] | right.Present[p];
            for (uint m = right.Present[p]; m != 0; m &= m - 1)
            {
                int slot = (System.Numerics.BitOperations.TrailingZeroCount(m) * 6) + p;
                values[slot] = right.Values[slot];
            }
        }
        return new StationDayHours(left.Day, values, present, left.Rows | right.Rows);
    }
}
