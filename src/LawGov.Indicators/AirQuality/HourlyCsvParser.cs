using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Text;

namespace LawGov.Indicators.AirQuality;

/// <summary>The parsed rows of a range of lines, with the rows' and the issues' line numbers relative to the range.</summary>
internal sealed class ParsedBatch
{
    internal HourRow[] Rows = new HourRow[1024];

    internal int[] Lines = new int[1024];

    internal int Count;

    /// <summary>Issues: local line, column, message, and the site id of the row (−1 when the station could not be read).</summary>
    internal readonly List<(int Line, int Column, string Message, int Site)> Issues = [];

    /// <summary>Lines in the range, blank ones included.</summary>
    internal int LineCount;

    internal void Clear()
    {
        Count = 0;
        Issues.Clear();
        LineCount = 0;
    }

    internal ref HourRow Next(int line)
    {
        if (Count == Rows.Length)
        {
            Array.Resize(ref Rows, Rows.Length * 2);
            Array.Resize(ref Lines, Lines.Length * 2);
        }
        Lines[Count] = line;
        return ref Rows[Count];
    }

    /// <summary>Applies the rows and issues of one shard of stations (site id modulo the shard count) in line order.</summary>
    internal void ApplyTo(HourlyAccumulator accumulator, long lineBase, int shard, int shardCount)
    {
        int issue = 0;
        for (int i = 0; i < Count; i++)
        {
            ref HourRow row = ref Rows[i];
            if (row.Site % shardCount != shard)
            {
                continue;
            }
            for (; issue < Issues.Count && Issues[issue].Line < Lines[i]; issue++)
            {
                ApplyIssue(accumulator, lineBase, shard, shardCount, issue);
            }
            accumulator.CountRow();
            accumulator.Add(row, lineBase + Lines[i]);
        }
        for (; issue < Issues.Count; issue++)
        {
            ApplyIssue(accumulator, lineBase, shard, shardCount, issue);
        }
    }

    private void ApplyIssue(HourlyAccumulator accumulator, long lineBase, int shard, int shardCount, int index)
    {
        (int line, int column, string message, int site) = Issues[index];
        if (site < 0 ? shard == 0 : site % shardCount == shard)
        {
            accumulator.CountRow();
            accumulator.Skip(lineBase + line, column, message);
        }
    }
}

/// <summary>
/// Parses lines of hourly CSV from UTF-8 bytes without intermediate strings (fields are spans, numbers exact fixed-point
/// integers in millionths, timestamps hour numbers, station names interned) into a <see cref="ParsedBatch"/>. One parser
/// per thread; they share a <see cref="SiteRegistry"/>.
/// </summary>
internal sealed class HourlyCsvParser
{
    private const int MaxIntegerDigits = 7;
    private const int MaxDecimals = 6;
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private readonly HourlyCsvLayout layout;
    private readonly SiteRegistry registry;
    private readonly HourLabel label;
    private readonly byte[] lastDate = new byte[10];
    private int lastDay;
    private readonly List<(byte[] City, byte[] Station, int Id)> known = [];
    private readonly Dictionary<int, int> firstByHash = [];
    private readonly List<int> nextWithSameHash = [];
    private readonly List<int> successor = [];
    private int previous = -1;

    private ParsedBatch batch = new();

    internal HourlyCsvParser(HourlyCsvLayout layout, SiteRegistry registry, HourLabel label)
    {
        this.layout = layout;
        this.registry = registry;
        this.label = label;
    }

    /// <summary>Parses whole lines (the last may lack its line feed at the end of the input) into <paramref name="into"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void Parse(ReadOnlySpan<byte> chunk, ParsedBatch into)
    {
        batch = into;
        batch.Clear();
        int lineNumber = 0;
        Span<int> starts = stackalloc int[layout.FieldCount];
        Span<int> lengths = stackalloc int[layout.FieldCount];
        Span<bool> quoted = stackalloc bool[layout.FieldCount];
        int pos = 0;
        while (pos < chunk.Length)
        {
            int line = ++lineNumber;
            ReadOnlySpan<byte> text;
            bool split = TrySplitShortLine(chunk, pos, starts, lengths, out int end);
            if (!split || lengths[0] < 0)
            {
                // General path: long lines, quotes, too few fields, lines near the end of the chunk.
                if (!split)
                {
                    int nl = chunk[pos..].IndexOf((byte)'\n');
                    end = nl < 0 ? chunk.Length : pos + nl;
                }
                text = TrimCarriageReturn(chunk[pos..end]);
                pos = end + 1;
                if (IsBlank(text))
                {
                    continue;
                }
                if (!SplitFields(text, line, starts, lengths, quoted))
                {
                    continue;
                }
            }
            else
            {
                text = TrimCarriageReturn(chunk[pos..end]);
                pos = end + 1;
                quoted.Clear();
            }
            if (ParseFields(text, line, ref batch.Next(line), starts, lengths, quoted))
            {
                batch.Count++;
            }
        }
        batch.LineCount = lineNumber;
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> text) =>
        text.Length > 0 && text[^1] == (byte)'\r' ? text[..^1] : text;

    /// <summary>
    /// The fast path: when the line starting at <paramref name="pos"/> ends within 64 bytes and has no quote, finds its
    /// end and field boundaries from vector comparisons. Sets lengths[0] to −1 when the line has too few fields.
    /// </summary>
    private static bool TrySplitShortLine(ReadOnlySpan<byte> chunk, int pos, Span<int> starts, Span<int> lengths, out int end)
    {
        end = 0;
        if (!Vector256.IsHardwareAccelerated || chunk.Length - pos < 64)
        {
            return false;
        }
        ref byte first = ref Unsafe.Add(ref MemoryMarshal.GetReference(chunk), pos);
        Vector256<byte> low = Vector256.LoadUnsafe(ref first);
        Vector256<byte> high = Vector256.LoadUnsafe(ref first, 32);
        ulong newlines = Mask(low, high, (byte)'\n');
        if (newlines == 0)
        {
            return false;
        }
        int length = BitOperations.TrailingZeroCount(newlines);
        ulong inLine = (1UL << length) - 1;
        if ((Mask(low, high, (byte)'"') & inLine) != 0)
        {
            return false;
        }
        ulong commas = Mask(low, high, (byte)',') & inLine;
        int lineLength = length > 0 && Unsafe.Add(ref first, length - 1) == (byte)'\r' ? length - 1 : length;
        int start = 0;
        for (int f = 0; f < starts.Length; f++)
        {
            starts[f] = start;
            if (commas == 0)
            {
                if (f < starts.Length - 1)
                {
                    lengths[0] = -1;
                    end = pos + length;
                    return true;
                }
                lengths[f] = lineLength - start;
                break;
            }
            int comma = BitOperations.TrailingZeroCount(commas);
            commas &= commas - 1;
            lengths[f] = comma - start;
            start = comma + 1;
        }
        end = pos + length;
        return true;
    }

    private static ulong Mask(Vector256<byte> low, Vector256<byte> high, byte value)
    {
        Vector256<byte> v = Vector256.Create(value);
        return Vector256.Equals(low, v).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(high, v).ExtractMostSignificantBits() << 32);
    }

    /// <summary>Splits a line the general way; a malformed line is reported and false returned.</summary>
    private bool SplitFields(ReadOnlySpan<byte> text, int line, Span<int> starts, Span<int> lengths, Span<bool> quoted)
    {
        int start = 0;
        int found = 0;
        while (found < starts.Length)
        {
            if (!CsvFields.Next(text, start, out starts[found], out lengths[found], out quoted[found], out int next))
            {
                UnassignedIssue(line, text, start, "a quoted field is not closed properly (a quote must be doubled inside quotes, and the closing quote must end the field)");
                return false;
            }
            found++;
            if (next < 0)
            {
                break;
            }
            start = next;
        }
        if (found < starts.Length)
        {
            batch.Issues.Add((line, 0, $"expected at least {starts.Length} fields (the columns up to '{layout.Names[starts.Length - 1]}'), found {found}", -1));
            return false;
        }
        return true;
    }

    /// <summary>Parses a split line into <paramref name="row"/>, or reports it and returns false.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool ParseFields(ReadOnlySpan<byte> text, int line, ref HourRow row, Span<int> starts, Span<int> lengths, Span<bool> quoted)
    {

        ReadOnlySpan<byte> station = TrimSpaces(Field(text, starts, lengths, layout.Station));
        if (station.IsEmpty)
        {
            UnassignedIssue(line, text, starts[layout.Station], $"{layout.Names[layout.Station]}: expected a station name, found an empty field");
            return false;
        }
        ReadOnlySpan<byte> city = layout.City >= 0 ? TrimSpaces(Field(text, starts, lengths, layout.City)) : default;
        if (layout.City >= 0 && city.IsEmpty)
        {
            UnassignedIssue(line, text, starts[layout.City], $"{layout.Names[layout.City]}: expected a city name, found an empty field");
            return false;
        }
        row.Site = SiteId(text, starts, lengths, quoted, city);
        int timeIndex = layout.Time;
        ReadOnlySpan<byte> time = Field(text, starts, lengths, timeIndex);
        if (time.Length == 16 && SameDate(time) && (time[10] == (byte)'T' || time[10] == (byte)' ')
            && time[13] == (byte)':' && time[14] == (byte)'0' && time[15] == (byte)'0'
            && (uint)(time[11] - '0') <= 9 && (uint)(time[12] - '0') <= 9)
        {
            // Same date as the previous row: only the hour changes.
            int h = (time[11] - '0') * 10 + (time[12] - '0');
            if (h <= (label == HourLabel.HourEnding ? 24 : 23))
            {
                row.Hour = lastDay * 24 + h - (label == HourLabel.HourEnding ? 1 : 0);
                goto values;
            }
        }
        if (!TryParseHour(time.Trim((byte)' '), label, out row.Hour, out string? timeError))
        {
            Issue(line, text, starts[timeIndex], $"{layout.Names[timeIndex]}: {timeError}", row.Site);
            return false;
        }
        if (time.Length == 16)
        {
            time[..10].CopyTo(lastDate);
            lastDay = (row.Hour + (label == HourLabel.HourEnding ? 1 : 0) - DigitsOf(time, 11)) / 24;
        }

    values:
        byte present = 0;
        for (int p = 0; p < 6; p++)
        {
            int column = layout.Pollutants[p];
            ReadOnlySpan<byte> field = Field(text, starts, lengths, column);
            if (TryParsePlainNumber(field, out long plain))
            {
                row.Values[p] = plain;
                present |= (byte)(1 << p);
                continue;
            }
            switch (TryParseValue(field, out long value, out string? valueError))
            {
                case ValueStatus.Value:
                    row.Values[p] = value;
                    present |= (byte)(1 << p);
                    break;
                case ValueStatus.Missing:
                    row.Values[p] = 0;
                    break;
                default:
                    Issue(line, text, starts[column], $"{layout.Names[column]}: {valueError}", row.Site);
                    return false;
            }
        }
        row.Present = present;
        return true;
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, Span<int> starts, Span<int> lengths, int index) =>
        text.Slice(starts[index], lengths[index]);

    private static bool IsBlank(ReadOnlySpan<byte> text)
    {
        foreach (byte b in text)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != (byte)',')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The site id of a row. Rows come in repeating orders (all stations for an hour, or one station for many hours), so
    /// the station that followed the previous row's station last time is tried first, then a hash table.
    /// </summary>
    private int SiteId(ReadOnlySpan<byte> text, Span<int> starts, Span<int> lengths, Span<bool> quoted, ReadOnlySpan<byte> city)
    {
        ReadOnlySpan<byte> station = TrimSpaces(Field(text, starts, lengths, layout.Station));
        int guess = previous < 0 ? -1 : successor[previous];
        if (guess >= 0 && Matches(guess, city, station))
        {
            previous = guess;
            return known[guess].Id;
        }
        if (previous >= 0 && Matches(previous, city, station))
        {
            return known[previous].Id;
        }
        var hash = default(HashCode);
        hash.AddBytes(city);
        hash.AddBytes(station);
        int code = hash.ToHashCode();
        int local = firstByHash.TryGetValue(code, out int head) ? head : -1;
        for (; local >= 0 && !Matches(local, city, station); local = nextWithSameHash[local])
        {
        }
        if (local < 0)
        {
            string? cityName = layout.City >= 0 ? CsvFields.Text(city, quoted[layout.City]) : null;
            string stationName = CsvFields.Text(station, quoted[layout.Station]);
            local = known.Count;
            known.Add((city.ToArray(), station.ToArray(), registry.GetOrAdd(cityName, stationName)));
            nextWithSameHash.Add(firstByHash.TryGetValue(code, out int older) ? older : -1);
            firstByHash[code] = local;
            successor.Add(-1);
        }
        if (previous >= 0)
        {
            successor[previous] = local;
        }
        previous = local;
        return known[local].Id;
    }

    private bool Matches(int local, ReadOnlySpan<byte> city, ReadOnlySpan<byte> station) =>
        station.SequenceEqual(known[local].Station) && city.SequenceEqual(known[local].City);

    /// <summary>Records a skipped row of a station.</summary>
    private void Issue(int line, ReadOnlySpan<byte> text, int byteColumn, string message, int site) =>
        batch.Issues.Add((line, Encoding.UTF8.GetCharCount(text[..byteColumn]) + 1, message, site));

    /// <summary>Records a skipped row whose station cannot be read.</summary>
    private void UnassignedIssue(int line, ReadOnlySpan<byte> text, int byteColumn, string message) =>
        Issue(line, text, byteColumn, message, -1);

    internal enum ValueStatus
    {
        Value,
        Missing,
        Error,
    }

    /// <summary>The fast path of <see cref="TryParseValue"/>: digits, optionally a point and 1–6 digits, nothing else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryParsePlainNumber(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        long integer = 0;
        int i = 0;
        for (; i < s.Length; i++)
        {
            uint digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                break;
            }
            integer = integer * 10 + digit;
        }
        if (i == 0 || i > MaxIntegerDigits)
        {
            return false;
        }
        if (i == s.Length)
        {
            value = integer * 1_000_000;
            return true;
        }
        if (s[i] != (byte)'.')
        {
            return false;
        }
        int fractionStart = ++i;
        long fraction = 0;
        for (; i < s.Length; i++)
        {
            uint digit = (uint)(s[i] - '0');
            if (digit > 9)
            {
                return false;
            }
            fraction = fraction * 10 + digit;
        }
        int decimals = i - fractionStart;
        if (decimals == 0 || decimals > MaxDecimals)
        {
            return false;
        }
        value = integer * 1_000_000 + fraction * Pow10[MaxDecimals - decimals];
        return true;
    }

    /// <summary>
    /// Reads a concentration as an exact fixed-point integer (value × 10⁶). Empty, <c>NA</c>, <c>-</c> and negative values
    /// are missing; anything else that is not a plain decimal number (up to 7 integer digits and 6 decimals) is an error.
    /// </summary>
    internal static ValueStatus TryParseValue(ReadOnlySpan<byte> s, out long value, out string? error)
    {
        value = 0;
        error = null;
        s = s.Trim((byte)' ');
        if (s.Length > 1 && s[0] == (byte)'"' && s[^1] == (byte)'"')
        {
            s = s[1..^1].Trim((byte)' ');
        }
        if (s.IsEmpty || (s.Length == 1 && s[0] == (byte)'-') || (s.Length == 2 && (s[0] | 0x20) == (byte)'n' && (s[1] | 0x20) == (byte)'a'))
        {
            return ValueStatus.Missing;
        }
        int i = 0;
        bool negative = false;
        if (s[0] == (byte)'-' || s[0] == (byte)'+')
        {
            negative = s[0] == (byte)'-';
            i = 1;
        }
        long integer = 0;
        int integerDigits = 0;
        int digits = 0;
        for (; i < s.Length && IsDigit(s[i]); i++)
        {
            digits++;
            if (integer == 0 && s[i] == (byte)'0')
            {
                continue;
            }
            if (++integerDigits > MaxIntegerDigits)
            {
                error = $"'{Show(s)}' has more than {MaxIntegerDigits} digits before the decimal point; expected a concentration";
                return ValueStatus.Error;
            }
            integer = integer * 10 + (s[i] - '0');
        }
        long fraction = 0;
        int decimals = 0;
        if (i < s.Length && s[i] == (byte)'.')
        {
            i++;
            int fractionEnd = i;
            while (fractionEnd < s.Length && IsDigit(s[fractionEnd]))
            {
                fractionEnd++;
            }
            int significantEnd = fractionEnd;
            while (significantEnd > i && s[significantEnd - 1] == (byte)'0')
            {
                significantEnd--;
            }
            digits += fractionEnd - i;
            if (significantEnd - i > MaxDecimals)
            {
                error = $"'{Show(s)}' has more than {MaxDecimals} decimal places; values are kept exactly and at most {MaxDecimals} are supported";
                return ValueStatus.Error;
            }
            for (int k = i; k < significantEnd; k++)
            {
                fraction = fraction * 10 + (s[k] - '0');
                decimals++;
            }
            i = fractionEnd;
        }
        if (i != s.Length || digits == 0)
        {
            error = $"expected a number (or an empty field, NA or - for a missing value), found '{Show(s)}'";
            return ValueStatus.Error;
        }
        value = integer * Pow10[MaxDecimals] + fraction * Pow10[MaxDecimals - decimals];
        if (negative && value != 0)
        {
            value = 0;
            return ValueStatus.Missing;
        }
        return ValueStatus.Value;
    }

    /// <summary>
    /// Reads <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-dd HH:mm</c> (whole hours) as an hour number, hour-beginning.
    /// With hour-ending labels the hour before the label is meant, and <c>24:00</c> is allowed.
    /// </summary>
    internal static bool TryParseHour(ReadOnlySpan<byte> s, HourLabel label, out int hour, out string? error)
    {
        hour = 0;
        if (s.Length != 16 || s[4] != (byte)'-' || s[7] != (byte)'-' || (s[10] != (byte)'T' && s[10] != (byte)' ') || s[13] != (byte)':'
            || !Digits(s, 0, 4, out int year) || !Digits(s, 5, 2, out int month) || !Digits(s, 8, 2, out int day)
            || !Digits(s, 11, 2, out int h) || !Digits(s, 14, 2, out int minute))
        {
            error = $"expected a local time yyyy-MM-ddTHH:mm or yyyy-MM-dd HH:mm, found '{Show(s)}'";
            return false;
        }
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"'{Show(s)}' is not a calendar date";
            return false;
        }
        if (minute != 0)
        {
            error = $"'{Show(s)}' is not a whole hour; hourly data needs minutes 00";
            return false;
        }
        int maxHour = label == HourLabel.HourEnding ? 24 : 23;
        if (h > maxHour)
        {
            error = label == HourLabel.HourEnding
                ? $"'{Show(s)}' has an hour above 24"
                : $"'{Show(s)}' has an hour above 23 (24:00 is only valid with hour-ending labels)";
            return false;
        }
        hour = DayNumbers.FromCivil(year, month, day) * 24 + h - (label == HourLabel.HourEnding ? 1 : 0);
        error = null;
        return true;
    }

    /// <summary>Trims spaces only when there are any (the common case has none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> TrimSpaces(ReadOnlySpan<byte> s) =>
        s.Length > 0 && (s[0] == (byte)' ' || s[^1] == (byte)' ') ? s.Trim((byte)' ') : s;

    /// <summary>True when the first 10 bytes (the date) equal the previous row's date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool SameDate(ReadOnlySpan<byte> time) =>
        MemoryMarshal.Read<ulong>(time) == MemoryMarshal.Read<ulong>(lastDate)
        && MemoryMarshal.Read<ushort>(time[8..]) == MemoryMarshal.Read<ushort>(lastDate.AsSpan(8));

    private static int DigitsOf(ReadOnlySpan<byte> s, int start) => (s[start] - '0') * 10 + (s[start + 1] - '0');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (int i = start; i < start + count; i++)
        {
            if (!IsDigit(s[i]))
            {
                return false;
            }
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    private static string Show(ReadOnlySpan<byte> s)
    {
        string text = Encoding.UTF8.GetString(s.Length > 60 ? s[..60] : s);
        return s.Length > 60 ? text + "…" : text;
    }
}
