using System.Globalization;
using System.Text;
using LawGov.Indicators.Calendars;

namespace LawGov.Indicators.Benchmarks.Calendars;

/// <summary>
/// Seeded synthetic timeliness records shared by the timeliness benchmarks: starts 2016-01-01..2025-06-29, 1,000
/// units, 10 % not completed, completions 0–59 days after the start.
/// </summary>
internal sealed class TimelinessData
{
    internal const int Seed = 20201231;
    internal const int Units = 1000;

    private TimelinessData(int[] startDays, int[] endDays, int[] groups)
    {
        StartDays = startDays;
        EndDays = endDays;
        Groups = groups;
    }

    internal int[] StartDays { get; }

    /// <summary>Completion day numbers; <see cref="DayNumbers.None"/> when not completed.</summary>
    internal int[] EndDays { get; }

    internal int[] Groups { get; }

    internal static TimelinessData Generate(int count)
    {
        var random = new Random(Seed);
        int first = DayNumbers.FromDate(2016, 1, 1);
        int span = DayNumbers.FromDate(2025, 6, 30) - first;
        var starts = new int[count];
        var ends = new int[count];
        var groups = new int[count];
        for (int i = 0; i < count; i++)
        {
            starts[i] = first + random.Next(span);
            groups[i] = random.Next(Units);
            ends[i] = random.NextDouble() < 0.1 ? DayNumbers.None : starts[i] + random.Next(60);
        }
        return new TimelinessData(starts, ends, groups);
    }

    /// <summary>
    /// The same records as a UTF-8 CSV file: <c>unit,received,replied</c>; with <paramref name="quoted"/> every field is
    /// quoted (<c>"u7","2020-01-02",""</c>), so each record takes the reader's quoted path.
    /// </summary>
    internal byte[] ToCsv(bool quoted = false)
    {
        string q = quoted ? "\"" : "";
        var text = new StringBuilder(StartDays.Length * (quoted ? 34 : 28));
        text.Append("unit,received,replied\n");
        for (int i = 0; i < StartDays.Length; i++)
        {
            text.Append(q).Append('u').Append(Groups[i].ToString(CultureInfo.InvariantCulture)).Append(q).Append(',')
                .Append(q).Append(IsoDates.Format(DayNumbers.ToDate(StartDays[i]))).Append(q).Append(',').Append(q);
            if (EndDays[i] != DayNumbers.None)
            {
                text.Append(IsoDates.Format(DayNumbers.ToDate(EndDays[i])));
            }
            text.Append(q).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
