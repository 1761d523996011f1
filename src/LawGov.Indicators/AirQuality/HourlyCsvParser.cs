using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace LawGov.Indicators.AirQuality;

/// <summary>The parsed rows and issues of one chunk of complete CSV lines.</summary>
internal sealed class ParsedBatch
{
    internal HourRow[] Rows = [];

    internal int Count;

    /// <summary>Issues with chunk-local line numbers.</summary>
    internal readonly List<(int Line, int Column, string Message)> Issues = [];

    /// <summary>Lines in the chunk (including blank ones).</summary>
    internal int LineCount;

    /// <summary>Non-blank lines, i.e. rows, good or bad.</summary>
    internal int RowCount;

    internal void Reset(int capacity)
    {
        if (Rows.Length < capacity)
        {
            if (Rows.Length > 0)
            {
                ArrayPool<HourRow>.Shared.Return(Rows);
            }
            Rows = ArrayPool<HourRow>.Shared.Rent(capacity);
        }
        Count = 0;
        Issues.Clear();
        LineCount = 0;
        RowCount = 0;
    }

    internal void Release()
    {
        if (Rows.Length > 0)
        {
            ArrayPool<HourRow>.Shared.Return(Rows);
            Rows = [];
        }
    }
}

/// <summary>
/// Parses lines of hourly CSV from UTF-8 bytes without intermediate strings: fields are spans, numbers are read as
/// exact fixed-point integers (10⁻⁶ units), timestamps as hour numbers, station names are interned per parser.
/// One parser per thread; they share a <see cref="SiteRegistry"/>.
/// </summary>
internal sealed class HourlyCsvParser
{
    private const int MaxIntegerDigits = 7;
    private const int MaxDecimals = 6;
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private readonly HourlyCsvLayout layout;
    private readonly SiteRegistry registry;
    private readonly HourLabel label;
    private readonly Dictionary<int, List<(byte[] Key, int Id)>> cache = [];
    private byte[] lastKey = [];
    private int lastId = -1;
    private byte[] keyBuffer = new byte[256];

    internal HourlyCsvParser(HourlyCsvLayout layout, SiteRegistry registry, HourLabel label)
    {
        this.layout = layout;
        this.registry = registry;
        this.label = label;
    }

    /// <summary>Parses a chunk of whole lines (the last may lack its line feed at the end of the input).</summary>
    internal void Parse(ReadOnlySpan<byte> chunk, ParsedBatch batch)
    {
        batch.Reset(chunk.Length / 24 + 16);
        Span<int> starts = stackalloc int[layout.FieldCount];
        Span<int> lengths = stackalloc int[layout.FieldCount];
        Span<bool> quoted = stackalloc bool[layout.FieldCount];
        int pos = 0;
        int line = 0;
        while (pos < chunk.Length)
        {
            int nl = chunk[pos..].IndexOf((byte)'\n');
            int end = nl < 0 ? chunk.Length : pos + nl;
            line++;
            ReadOnlySpan<byte> text = chunk[pos..end];
            if (text.Length > 0 && text[^1] == (byte)'\r')
            {
                text = text[..^1];
            }
            pos = end + 1;
            if (IsBlank(text))
            {
                continue;
            }
            batch.RowCount++;
            if (batch.Count == batch.Rows.Length)
            {
                HourRow[] bigger = ArrayPool<HourRow>.Shared.Rent(batch.Rows.Length * 2);
                batch.Rows.AsSpan().CopyTo(bigger);
                ArrayPool<HourRow>.Shared.Return(batch.Rows);
                batch.Rows = bigger;
            }
            ref HourRow row = ref batch.Rows[batch.Count];
            if (ParseLine(text, line, ref row, starts, lengths, quoted, batch))
            {
                batch.Count++;
            }
        }
        batch.LineCount = line;
    }

    private bool ParseLine(ReadOnlySpan<byte> text, int line, ref HourRow row, Span<int> starts, Span<int> lengths, Span<bool> quoted, ParsedBatch batch)
    {
        int start = 0;
        int found = 0;
        while (found < starts.Length)
        {
            if (!CsvFields.Next(text, start, out starts[found], out lengths[found], out quoted[found], out int next))
            {
                Issue(batch, line, text, start, "a quoted field is not closed properly (a quote must be doubled inside quotes, and the closing quote must end the field)");
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
            Issue(batch, line, text, 0, $"expected at least {starts.Length} fields (the columns up to '{layout.Names[starts.Length - 1]}'), found {found}");
            return false;
        }

        ReadOnlySpan<byte> station = Field(text, starts, lengths, layout.Station).Trim((byte)' ');
        if (station.IsEmpty)
        {
            Issue(batch, line, text, starts[layout.Station], $"{layout.Names[layout.Station]}: expected a station name, found an empty field");
            return false;
        }
        ReadOnlySpan<byte> city = layout.City >= 0 ? Field(text, starts, lengths, layout.City).Trim((byte)' ') : default;
        if (layout.City >= 0 && city.IsEmpty)
        {
            Issue(batch, line, text, starts[layout.City], $"{layout.Names[layout.City]}: expected a city name, found an empty field");
            return false;
        }
        int timeIndex = layout.Time;
        if (!TryParseHour(Field(text, starts, lengths, timeIndex).Trim((byte)' '), label, out row.Hour, out string? timeError))
        {
            Issue(batch, line, text, starts[timeIndex], $"{layout.Names[timeIndex]}: {timeError}");
            return false;
        }
        byte present = 0;
        for (int p = 0; p < 6; p++)
        {
            int column = layout.Pollutants[p];
            switch (TryParseValue(Field(text, starts, lengths, column), out long value, out string? valueError))
            {
                case ValueStatus.Value:
                    row.Values[p] = value;
                    present |= (byte)(1 << p);
                    break;
                case ValueStatus.Missing:
                    row.Values[p] = 0;
                    break;
                default:
                    Issue(batch, line, text, starts[column], $"{layout.Names[column]}: {valueError}");
                    return false;
            }
        }
        row.Present = present;
        row.Line = line;
        row.Site = SiteId(text, starts, lengths, quoted, city);
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

    private int SiteId(ReadOnlySpan<byte> text, Span<int> starts, Span<int> lengths, Span<bool> quoted, ReadOnlySpan<byte> city)
    {
        ReadOnlySpan<byte> station = Field(text, starts, lengths, layout.Station).Trim((byte)' ');
        // Key = city bytes, 0x1F, station bytes (the raw, still-escaped field text: same text, same site).
        int length = city.Length + 1 + station.Length;
        if (keyBuffer.Length < length)
        {
            keyBuffer = new byte[length * 2];
        }
        city.CopyTo(keyBuffer);
        keyBuffer[city.Length] = 0x1F;
        station.CopyTo(keyBuffer.AsSpan(city.Length + 1));
        ReadOnlySpan<byte> key = keyBuffer.AsSpan(0, length);
        if (key.SequenceEqual(lastKey))
        {
            return lastId;
        }
        int hash = Hash(key);
        if (!cache.TryGetValue(hash, out var bucket))
        {
            bucket = [];
            cache.Add(hash, bucket);
        }
        foreach ((byte[] k, int i) in bucket)
        {
            if (key.SequenceEqual(k))
            {
                lastKey = k;
                lastId = i;
                return i;
            }
        }
        string? cityName = layout.City >= 0 ? CsvFields.Text(city, quoted[layout.City]) : null;
        string stationName = CsvFields.Text(station, quoted[layout.Station]);
        int id = registry.GetOrAdd(cityName, stationName);
        byte[] stored = key.ToArray();
        bucket.Add((stored, id));
        lastKey = stored;
        lastId = id;
        return id;
    }

    private static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = default(HashCode);
        hash.AddBytes(key);
        return hash.ToHashCode();
    }

    private static void Issue(ParsedBatch batch, int line, ReadOnlySpan<byte> text, int byteColumn, string message) =>
        batch.Issues.Add((line, Encoding.UTF8.GetCharCount(text[..byteColumn]) + 1, message));

    internal enum ValueStatus
    {
        Value,
        Missing,
        Error,
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
