using System.Text;

namespace LawGov.Indicators.AirQuality;

/// <summary>Where the needed columns of an hourly CSV are, read from its header.</summary>
internal sealed class HourlyCsvLayout
{
    internal const string ExpectedHeader = "station,time,PM2.5,PM10,SO2,NO2,CO,O3 (any order; optional city; other columns ignored)";

    private HourlyCsvLayout(int station, int time, int city, int[] pollutants, string[] names)
    {
        Station = station;
        Time = time;
        City = city;
        Pollutants = pollutants;
        Names = names;
        FieldCount = names.Length;
    }

    internal int Station { get; }

    internal int Time { get; }

    /// <summary>The city column, or −1.</summary>
    internal int City { get; }

    /// <summary>The column of each pollutant, indexed by <see cref="Pollutant"/>.</summary>
    internal int[] Pollutants { get; }

    /// <summary>The header names as written, for messages.</summary>
    internal string[] Names { get; }

    /// <summary>How many fields the header has, and so every row must have.</summary>
    internal int FieldCount { get; }

    /// <summary>Reads the header line; on failure returns null and the message.</summary>
    internal static HourlyCsvLayout? Parse(ReadOnlySpan<byte> line, out string? error)
    {
        var names = new List<string>();
        foreach (string field in CsvFields.SplitAll(line))
        {
            names.Add(field.Trim());
        }
        int station = -1, time = -1, city = -1;
        int[] pollutants = [-1, -1, -1, -1, -1, -1];
        var repeated = new List<string>();
        for (int i = 0; i < names.Count; i++)
        {
            string name = names[i];
            ref int slot = ref station;
            if (name.Equals("station", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref station;
            }
            else if (name.Equals("time", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref time;
            }
            else if (name.Equals("city", StringComparison.OrdinalIgnoreCase))
            {
                slot = ref city;
            }
            else if (AirQuality.Pollutants.TryParse(name, out Pollutant p))
            {
                slot = ref pollutants[(int)p];
            }
            else
            {
                continue;
            }
            if (slot >= 0)
            {
                repeated.Add(name);
            }
            slot = i;
        }
        var missing = new List<string>();
        if (station < 0)
        {
            missing.Add("station");
        }
        if (time < 0)
        {
            missing.Add("time");
        }
        foreach (Pollutant p in AirQuality.Pollutants.All)
        {
            if (pollutants[(int)p] < 0)
            {
                missing.Add(p.Code());
            }
        }
        if (missing.Count > 0)
        {
            error = $"The header lacks the required column(s) {string.Join(", ", missing)}; expected {ExpectedHeader}; found '{string.Join(",", names)}'.";
            return null;
        }
        if (repeated.Count > 0)
        {
            error = $"The header repeats the column(s) {string.Join(", ", repeated)}; each may appear once.";
            return null;
        }
        error = null;
        return new HourlyCsvLayout(station, time, city, pollutants, names.ToArray());
    }
}

/// <summary>Splitting CSV fields (RFC 4180 quoting: a quoted field may hold commas and doubled quotes, not line breaks).</summary>
internal static class CsvFields
{
    /// <summary>
    /// Finds the next field starting at <paramref name="start"/>: its content range (inside quotes when quoted), whether
    /// it was quoted, and where the next field starts (−1 at the end of the line). Returns false for a malformed quoted field.
    /// </summary>
    internal static bool Next(ReadOnlySpan<byte> line, int start, out int contentStart, out int contentLength, out bool quoted, out int next)
    {
        if (start < line.Length && line[start] == (byte)'"')
        {
            quoted = true;
            int i = start + 1;
            while (true)
            {
                int q = line[i..].IndexOf((byte)'"');
                if (q < 0)
                {
                    contentStart = start;
                    contentLength = 0;
                    next = -1;
                    return false;
                }
                i += q;
                if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                {
                    i += 2;
                    continue;
                }
                break;
            }
            contentStart = start + 1;
            contentLength = i - contentStart;
            int after = i + 1;
            if (after == line.Length)
            {
                next = -1;
                return true;
            }
            if (line[after] != (byte)',')
            {
                next = -1;
                return false;
            }
            next = after + 1;
            return true;
        }
        quoted = false;
        contentStart = start;
        int comma = line[start..].IndexOf((byte)',');
        if (comma < 0)
        {
            contentLength = line.Length - start;
            next = -1;
        }
        else
        {
            contentLength = comma;
            next = start + comma + 1;
        }
        return true;
    }

    /// <summary>The text of a field, with doubled quotes undone when it was quoted.</summary>
    internal static string Text(ReadOnlySpan<byte> content, bool quoted)
    {
        string text = Encoding.UTF8.GetString(content);
        return quoted ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
    }

    /// <summary>Every field of a line (the header), as text.</summary>
    internal static List<string> SplitAll(ReadOnlySpan<byte> line)
    {
        var fields = new List<string>();
        int start = 0;
        while (start >= 0)
        {
            if (!Next(line, start, out int cs, out int cl, out bool quoted, out int next))
            {
                fields.Add(Encoding.UTF8.GetString(line[start..]));
                break;
            }
            fields.Add(Text(line.Slice(cs, cl), quoted));
            start = next;
        }
        return fields;
    }
}
