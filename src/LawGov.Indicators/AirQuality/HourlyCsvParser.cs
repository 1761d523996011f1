using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Text;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Parses lines of hourly CSV from UTF-8 bytes without intermediate strings (fields are spans, numbers exact fixed-point
/// integers in millionths, timestamps hour numbers, station names interned) and applies each row to an
/// <see cref="HourlyAccumulator"/> as soon as it is parsed, in input order: one pass over the bytes, no row arrays.
/// </summary>
internal sealed class HourlyCsvParser
{
    private const int MaxIntegerDigits = 7;
    private const int MaxDecimals = 6;
    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private readonly HourlyCsvLayout layout;
    private readonly SiteRegistry registry;
    private readonly HourLabel label;
    /// <summary>
    /// The date bytes of the last row whose time was parsed in full, or (before any) ten line feeds: a field never holds a
    /// line feed (lines are cut at them first), so no time field equals the initial value and the first row of every
    /// input, and of every part of a parallel read, is parsed in full — never taken for "the same date" as day 0.
    /// </summary>
    private readonly byte[] lastDate = [.. "\n\n\n\n\n\n\n\n\n\n"u8];
    private int lastDay;
    private ulong lastDateHead = NoDateHead;
    private ushort lastDateTail = NoDateTail;

    private const ulong NoDateHead = 0x0A0A_0A0A_0A0A_0A0AUL;
    private const ushort NoDateTail = 0x0A0A;
    private readonly bool fastLines;
    private readonly int[] fastColumns;
    private readonly List<(byte[] City, byte[] Station, int Id)> known = [];
    private readonly Dictionary<int, int> firstByHash = [];
    private readonly List<int> nextWithSameHash = [];
    private int[] successor = new int[64];

    /// <summary>
    /// Per known station, for the fast path's check of the expected station, in one cache line: its first and last 8
    /// bytes (when it has 8 to 16 bytes and no city; otherwise length −1), its length and its site id.
    /// </summary>
    private FlatStation[] flat = new FlatStation[64];

    private struct FlatStation
    {
        internal ulong Head;
        internal ulong Tail;
        internal int Length;
        internal int Site;
    }
    private int previous = -1;

    private readonly HourlyAccumulator accumulator;
    private long lineBase;

    /// <summary>Whether the fast path splits its 64-byte window with one 512-bit vector (else two 256-bit ones).</summary>
    private readonly bool wide;

    /// <param name="layout">The header's columns.</param>
    /// <param name="registry">The site ids.</param>
    /// <param name="label">The hour labels.</param>
    /// <param name="accumulator">Where rows go.</param>
    /// <param name="fastLines">Whether the fast path for common lines may be taken.</param>
    /// <param name="vectorBits">
    /// The fast path's vector width: 0 for the widest the hardware accelerates, or 256 or 512 (tests run both: a
    /// 512-bit vector works in software where it is not accelerated, so each width is exercised on any machine).
    /// </param>
    internal HourlyCsvParser(HourlyCsvLayout layout, SiteRegistry registry, HourLabel label, HourlyAccumulator accumulator, bool fastLines = true, int vectorBits = 0)
    {
        this.layout = layout;
        this.registry = registry;
        this.label = label;
        this.accumulator = accumulator;
        // The fast path reads the station, the time and the six values; a city column goes the general way.
        this.fastLines = fastLines && layout.City < 0 && Vector256.IsHardwareAccelerated;
        wide = vectorBits == 512 || (vectorBits == 0 && Vector512.IsHardwareAccelerated);
        fastColumns = [layout.Station, layout.Time, .. layout.Pollutants];
    }

    /// <summary>A vector width of the fast path, as a type, so the choice is made once per chunk, not per line.</summary>
    private interface IVectorWidth
    {
        static abstract bool Is512 { get; }
    }

    private readonly struct Width256 : IVectorWidth
    {
        public static bool Is512 => false;
    }

    private readonly struct Width512 : IVectorWidth
    {
        public static bool Is512 => true;
    }

    /// <summary>
    /// Parses whole lines (the last may lack its line feed at the end of the input) and applies them; the first line is
    /// line <paramref name="firstLine"/> of the input. Returns the number of lines, blank ones included.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal int Parse(ReadOnlySpan<byte> chunk, long firstLine)
    {
        lineBase = firstLine - 1;
        int fieldCount = layout.FieldCount;
        // Field positions on the stack for ordinary headers; a very wide one (thousands of columns) takes pooled arrays.
        int[]? rentedInts = fieldCount > MaxStackFields ? ArrayPool<int>.Shared.Rent(4 * fieldCount) : null;
        bool[]? rentedFlags = fieldCount > MaxStackFields ? ArrayPool<bool>.Shared.Rent(fieldCount) : null;
        try
        {
            Span<int> ints = rentedInts is null ? stackalloc int[4 * fieldCount] : rentedInts.AsSpan(0, 4 * fieldCount);
            Span<bool> quoted = rentedFlags is null ? stackalloc bool[fieldCount] : rentedFlags.AsSpan(0, fieldCount);
            return wide
                ? Parse<Width512>(chunk, ints[..fieldCount], ints[fieldCount..(2 * fieldCount)], quoted, ints[(2 * fieldCount)..])
                : Parse<Width256>(chunk, ints[..fieldCount], ints[fieldCount..(2 * fieldCount)], quoted, ints[(2 * fieldCount)..]);
        }
        finally
        {
            if (rentedInts is not null)
            {
                ArrayPool<int>.Shared.Return(rentedInts);
                ArrayPool<bool>.Shared.Return(rentedFlags!);
            }
        }
    }

    /// <summary>Up to this many header fields, the field positions are on the stack (4 ints and a flag each).</summary>
    internal const int MaxStackFields = 256;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Parse<TWidth>(ReadOnlySpan<byte> chunk, Span<int> starts, Span<int> lengths, Span<bool> quoted, Span<int> bounds)
        where TWidth : struct, IVectorWidth
    {
        HourRow row = default;
        int lineNumber = 0;
        ref byte origin = ref MemoryMarshal.GetReference(chunk);
        int pos = 0;
        while (pos < chunk.Length)
        {
            int line = ++lineNumber;
            if (fastLines && chunk.Length - pos >= 64 && TryFastRow<TWidth>(ref Unsafe.Add(ref origin, pos), bounds, ref row, out int consumed))
            {
                pos += consumed;
                accumulator.CountRow();
                accumulator.Add(row, lineBase + line);
                continue;
            }
            bool split = TrySplitShortLine(chunk, pos, starts, lengths, out int end);
            if (!split)
            {
                int nl = chunk[pos..].IndexOf((byte)'\n');
                end = nl < 0 ? chunk.Length : pos + nl;
            }
            ReadOnlySpan<byte> text = TrimCarriageReturn(chunk[pos..end]);
            pos = end + 1;
            // A blank line (nothing but spaces, tabs and commas) is no row, however the line was split: a row's first
            // byte is rarely one of those, so this costs one comparison on common lines.
            if (IsBlank(text))
            {
                continue;
            }
            if (!split || lengths[0] < 0)
            {
                // General path: long lines, quotes, too few fields, lines near the end of the chunk.
                if (!SplitFields(text, line, starts, lengths, quoted))
                {
                    continue;
                }
            }
            else
            {
                quoted.Clear();
            }
            accumulator.CountRow();
            if (ParseFields(text, line, ref row, starts, lengths, quoted))
            {
                accumulator.Add(row, lineBase + line);
            }
        }
        return lineNumber;
    }

    /// <summary>
    /// The fast path for the common line, straight from one 64-byte window: it ends within the window, has no quote and
    /// no carriage return, the station is unpadded (and the one expected next is checked first), the date is the previous
    /// row's, and the values are plain numbers, empty or NA. Anything else returns false with nothing applied, and the
    /// general path reads the line; both give the same row (a property test checks it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryFastRow<TWidth>(ref byte p, Span<int> bounds, ref HourRow row, out int consumed)
        where TWidth : struct, IVectorWidth
    {
        consumed = 0;
        ulong newlines, commas, quotes;
        if (TWidth.Is512)
        {
            Vector512<byte> v = Vector512.LoadUnsafe(ref p);
            newlines = Vector512.Equals(v, Vector512.Create((byte)'\n')).ExtractMostSignificantBits();
            commas = Vector512.Equals(v, Vector512.Create((byte)',')).ExtractMostSignificantBits();
            quotes = Vector512.Equals(v, Vector512.Create((byte)'"')).ExtractMostSignificantBits();
        }
        else
        {
            Vector256<byte> low = Vector256.LoadUnsafe(ref p);
            Vector256<byte> high = Vector256.LoadUnsafe(ref p, 32);
            newlines = Mask(low, high, (byte)'\n');
            commas = Mask(low, high, (byte)',');
            quotes = Mask(low, high, (byte)'"');
        }
        if (newlines == 0)
        {
            return false;
        }
        int length = BitOperations.TrailingZeroCount(newlines);
        ulong inLine = (1UL << length) - 1;
        if ((quotes & inLine) != 0 || length == 0 || Unsafe.Add(ref p, length - 1) == (byte)'\r')
        {
            return false;
        }
        commas &= inLine;
        int fields = bounds.Length >> 1;
        if (BitOperations.PopCount(commas) != fields - 1)
        {
            // Not the header's number of fields: the general path reports the line.
            return false;
        }
        ref int b = ref MemoryMarshal.GetReference(bounds);
        int start = 0;
        for (int f = 0; f < fields; f++)
        {
            int stop = commas == 0 ? length : BitOperations.TrailingZeroCount(commas);
            commas &= commas - 1;
            Unsafe.Add(ref b, 2 * f) = start;
            Unsafe.Add(ref b, (2 * f) + 1) = stop;
            start = stop + 1;
        }
        ref int columns = ref MemoryMarshal.GetArrayDataReference(fastColumns);

        // Time: the previous row's date, a whole hour.
        int column = Unsafe.Add(ref columns, 1);
        int at = Unsafe.Add(ref b, 2 * column);
        if (Unsafe.Add(ref b, (2 * column) + 1) - at != 16)
        {
            return false;
        }
        ref byte time = ref Unsafe.Add(ref p, at);
        byte separator = Unsafe.Add(ref time, 10);
        uint h1 = (uint)(Unsafe.Add(ref time, 11) - '0'), h2 = (uint)(Unsafe.Add(ref time, 12) - '0');
        if (Unsafe.ReadUnaligned<ulong>(ref time) != lastDateHead || Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref time, 8)) != lastDateTail
            || (separator != (byte)'T' && separator != (byte)' ') || h1 > 9 || h2 > 9
            || Unsafe.Add(ref time, 13) != (byte)':' || Unsafe.Add(ref time, 14) != (byte)'0' || Unsafe.Add(ref time, 15) != (byte)'0')
        {
            return false;
        }
        int hour = (int)((h1 * 10) + h2);
        int ending = label == HourLabel.HourEnding ? 1 : 0;
        if (hour > 23 + ending)
        {
            return false;
        }

        // Values: plain numbers, or empty / NA / - for a missing value.
        byte present = 0;
        for (int k = 0; k < 6; k++)
        {
            column = Unsafe.Add(ref columns, 2 + k);
            at = Unsafe.Add(ref b, 2 * column);
            long value = FastValue(ref p, at, Unsafe.Add(ref b, (2 * column) + 1));
            if (value < Missing)
            {
                return false;
            }
            row.Values[k] = Math.Max(value, 0);
            present |= (byte)((value >= 0 ? 1 : 0) << k);
        }

        // Station: the one that followed the previous row's station last time, else the general lookup.
        column = Unsafe.Add(ref columns, 0);
        at = Unsafe.Add(ref b, 2 * column);
        int stationLength = Unsafe.Add(ref b, (2 * column) + 1) - at;
        if (stationLength == 0)
        {
            return false;
        }
        ref byte station = ref Unsafe.Add(ref p, at);
        if (station == (byte)' ' || Unsafe.Add(ref station, stationLength - 1) == (byte)' ')
        {
            return false;
        }
        int guess = previous < 0 ? -1 : successor[previous];
        ref FlatStation expected = ref guess >= 0 ? ref flat[guess] : ref Unsafe.NullRef<FlatStation>();
        if (guess >= 0 && stationLength is >= 8 and <= 16 && expected.Length == stationLength
            && Unsafe.ReadUnaligned<ulong>(ref station) == expected.Head
            && Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref station, stationLength - 8)) == expected.Tail)
        {
            previous = guess;
            row.Site = expected.Site;
        }
        else
        {
            int site = SiteId(MemoryMarshal.CreateReadOnlySpan(ref station, stationLength), default, stationQuoted: false, cityQuoted: false);
            if (site < 0)
            {
                return false;
            }
            row.Site = site;
        }
        row.Hour = (lastDay * 24) + hour - ending;
        row.Present = present;
        consumed = length + 1;
        return true;
    }

    /// <summary><see cref="FastValue"/> of a missing value.</summary>
    private const long Missing = -1;

    /// <summary><see cref="FastValue"/> of a field the fast path leaves to the general one.</summary>
    private const long NotFast = -2;

    /// <summary>The test form of <see cref="FastValue"/>: false where it gives <see cref="NotFast"/>.</summary>
    internal static bool TryFastValue(ref byte line, int start, int stop, out long value, out bool has)
    {
        long result = FastValue(ref line, start, stop);
        value = Math.Max(result, 0);
        has = result >= 0;
        return result >= Missing;
    }

    /// <summary>
    /// A plain number (up to 7 integer digits, optionally a point and 1–6 decimals) in millionths, or
    /// <see cref="Missing"/> for empty, NA or -, in the bytes [<paramref name="start"/>, <paramref name="stop"/>) of the
    /// line at <paramref name="line"/>; <see cref="NotFast"/> for anything else. Up to 8 bytes are read as one word and
    /// converted without a branch per digit (the lengths of values vary from row to row, so a digit loop mispredicts);
    /// longer fields take the loop. One return value, no out parameters, so nothing goes through memory.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long FastValue(ref byte line, int start, int stop)
    {
        int length = stop - start;
        if (length == 0)
        {
            return Missing;
        }
        if (length > 8 || stop < 8)
        {
            return LoopValue(ref Unsafe.Add(ref line, start), length);
        }
        // The field right-aligned in a word (its first byte at byte 8 - length), the bytes before it set to '0'.
        ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref line, stop - 8));
        int pad = 8 - length;
        ulong field = ulong.MaxValue << (8 * pad);
        word = (word & field) | (0x3030_3030_3030_3030UL & ~field);
        ulong x = word ^ 0x2E2E_2E2E_2E2E_2E2EUL;
        ulong points = (x - 0x0101_0101_0101_0101UL) & ~x & 0x8080_8080_8080_8080UL;
        int decimals = 0;
        if (points != 0)
        {
            // Drop the (first) point: the integer digits move up one byte, a '0' comes in at the bottom.
            int k = BitOperations.TrailingZeroCount(points) >> 3;
            if (k <= pad || k == 7)
            {
                return LoopValue(ref Unsafe.Add(ref line, start), length);
            }
            decimals = 7 - k;
            ulong below = (1UL << (8 * k)) - 1;
            word = (word & ~((below << 8) | 0xFF)) | ((word & below) << 8) | 0x30;
        }
        else if (length == 8)
        {
            return LoopValue(ref Unsafe.Add(ref line, start), length);
        }
        if ((word & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL
            || ((word + 0x0606_0606_0606_0606UL) & 0xF0F0_F0F0_F0F0_F0F0UL) != 0x3030_3030_3030_3030UL)
        {
            return LoopValue(ref Unsafe.Add(ref line, start), length);
        }
        return (long)EightDigits(word - 0x3030_3030_3030_3030UL) * Pow10[MaxDecimals - decimals];
    }

    /// <summary>Eight decimal digits (byte values 0–9, the first digit in the lowest byte) as a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong EightDigits(ulong digits)
    {
        digits = (digits * 10) + (digits >> 8);
        return ((((digits & 0x0000_00FF_0000_00FFUL) * (100 + (1_000_000UL << 32)))
            + (((digits >> 16) & 0x0000_00FF_0000_00FFUL) * (1 + (10_000UL << 32)))) >> 32) & 0xFFFF_FFFFUL;
    }

    /// <summary>The digit-loop form of <see cref="FastValue"/>.</summary>
    private static long LoopValue(ref byte field, int length)
    {
        long integer = 0;
        int i = 0;
        for (; i < length; i++)
        {
            uint digit = (uint)(Unsafe.Add(ref field, i) - '0');
            if (digit > 9)
            {
                break;
            }
            integer = (integer * 10) + digit;
        }
        if (i == length)
        {
            return i == 0 ? Missing : i <= MaxIntegerDigits ? integer * 1_000_000 : NotFast;
        }
        if (i == 0)
        {
            return (length == 2 && (field | 0x20) == (byte)'n' && (Unsafe.Add(ref field, 1) | 0x20) == (byte)'a')
                || (length == 1 && field == (byte)'-') ? Missing : NotFast;
        }
        if (i > MaxIntegerDigits || Unsafe.Add(ref field, i) != (byte)'.')
        {
            return NotFast;
        }
        int fractionStart = ++i;
        long fraction = 0;
        for (; i < length; i++)
        {
            uint digit = (uint)(Unsafe.Add(ref field, i) - '0');
            if (digit > 9)
            {
                return NotFast;
            }
            fraction = (fraction * 10) + digit;
        }
        int decimals = i - fractionStart;
        return decimals == 0 || decimals > MaxDecimals ? NotFast : (integer * 1_000_000) + (fraction * Pow10[MaxDecimals - decimals]);
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
        end = pos + length;
        if (BitOperations.PopCount(commas) != starts.Length - 1)
        {
            lengths[0] = -1;
            return true;
        }
        int lineLength = length > 0 && Unsafe.Add(ref first, length - 1) == (byte)'\r' ? length - 1 : length;
        int start = 0;
        for (int f = 0; f < starts.Length - 1; f++)
        {
            int comma = BitOperations.TrailingZeroCount(commas);
            commas &= commas - 1;
            starts[f] = start;
            lengths[f] = comma - start;
            start = comma + 1;
        }
        starts[^1] = start;
        lengths[^1] = lineLength - start;
        return true;
    }

    private static ulong Mask(Vector256<byte> low, Vector256<byte> high, byte value)
    {
        Vector256<byte> v = Vector256.Create(value);
        return Vector256.Equals(low, v).ExtractMostSignificantBits() | ((ulong)Vector256.Equals(high, v).ExtractMostSignificantBits() << 32);
    }

    /// <summary>
    /// Splits a line the general way; a malformed line, or one without the header's number of fields (a stray or a
    /// missing comma would shift the columns), is reported and false returned.
    /// </summary>
    private bool SplitFields(ReadOnlySpan<byte> text, int line, Span<int> starts, Span<int> lengths, Span<bool> quoted)
    {
        int start = 0;
        int found = 0;
        while (true)
        {
            if (!CsvFields.Next(text, start, out int fieldStart, out int fieldLength, out bool fieldQuoted, out int next))
            {
                UnassignedIssue(line, text, start, "a quoted field is not closed properly (a quote must be doubled inside quotes, and the closing quote must end the field)");
                return false;
            }
            if (found < starts.Length)
            {
                starts[found] = fieldStart;
                lengths[found] = fieldLength;
                quoted[found] = fieldQuoted;
            }
            found++;
            if (next < 0)
            {
                break;
            }
            start = next;
        }
        if (found != starts.Length)
        {
            accumulator.CountRow();
            accumulator.Skip(lineBase + line, 0, $"expected {starts.Length} fields, as in the header, found {found}; a stray or missing comma would shift the columns (skipped)");
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
            Issue(line, text, starts[layout.Station], $"{layout.Names[layout.Station]}: expected a station name, found an empty field");
            return false;
        }
        ReadOnlySpan<byte> city = layout.City >= 0 ? TrimSpaces(Field(text, starts, lengths, layout.City)) : default;
        if (layout.City >= 0 && city.IsEmpty)
        {
            Issue(line, text, starts[layout.City], $"{layout.Names[layout.City]}: expected a city name, found an empty field");
            return false;
        }
        row.Site = SiteId(station, city, quoted[layout.Station], layout.City >= 0 && quoted[layout.City]);
        if (row.Site < 0)
        {
            int column = row.Site is InvalidStation or BlankStation ? layout.Station : layout.City;
            Issue(line, text, starts[column], row.Site is BlankStation or BlankCity
                ? $"{layout.Names[column]}: expected a {(column == layout.Station ? "station" : "city")} name, found only white space"
                : $"{layout.Names[column]}: expected UTF-8 text, found bytes that are not UTF-8; the name would not be told apart from other such names");
            return false;
        }
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
            Issue(line, text, starts[timeIndex], $"{layout.Names[timeIndex]}: {timeError}");
            return false;
        }
        if (time.Length == 16)
        {
            time[..10].CopyTo(lastDate);
            lastDateHead = MemoryMarshal.Read<ulong>(lastDate);
            lastDateTail = MemoryMarshal.Read<ushort>(lastDate.AsSpan(8));
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
                    Issue(line, text, starts[column], $"{layout.Names[column]}: {valueError}");
                    return false;
            }
        }
        row.Present = present;
        return true;
    }

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, Span<int> starts, Span<int> lengths, int index) =>
        text.Slice(starts[index], lengths[index]);

    /// <summary>
    /// True for a blank line: empty, or nothing but spaces, tabs and commas (a spreadsheet's empty row). Blank lines are
    /// not rows and are not reported, wherever they fall in a block.
    /// </summary>
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
    /// The site id of a row, or <see cref="InvalidStation"/> / <see cref="InvalidCity"/> when a new name is not UTF-8
    /// (such a name is never registered: decoding would replace its bytes by U+FFFD, so different names would become one
    /// station), <see cref="BlankStation"/> / <see cref="BlankCity"/> when it is only white space. Rows come in repeating orders (all stations for an hour, or one station for many hours), so the station
    /// that followed the previous row's station last time is tried first, then a hash table.
    /// </summary>
    private int SiteId(ReadOnlySpan<byte> station, ReadOnlySpan<byte> city, bool stationQuoted, bool cityQuoted)
    {
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
            if (!System.Text.Unicode.Utf8.IsValid(station))
            {
                return InvalidStation;
            }
            if (!System.Text.Unicode.Utf8.IsValid(city))
            {
                return InvalidCity;
            }
            string? cityName = layout.City >= 0 ? CsvFields.Text(city, cityQuoted) : null;
            string stationName = CsvFields.Text(station, stationQuoted);
            // Nor is a name of only white space (a tab, or spaces inside quotes): it names nothing, as an empty field.
            if (string.IsNullOrWhiteSpace(stationName))
            {
                return BlankStation;
            }
            if (cityName is not null && string.IsNullOrWhiteSpace(cityName))
            {
                return BlankCity;
            }
            local = known.Count;
            known.Add((city.ToArray(), station.ToArray(), registry.GetOrAdd(cityName, stationName)));
            if (local == successor.Length)
            {
                Array.Resize(ref successor, local * 2);
                Array.Resize(ref flat, local * 2);
            }
            // A station with a city never matches the flat check (length −1); it takes the lookup above.
            bool isFlat = city.IsEmpty && station.Length is >= 8 and <= 16;
            flat[local] = new FlatStation
            {
                Length = isFlat ? station.Length : -1,
                Head = isFlat ? MemoryMarshal.Read<ulong>(station) : 0,
                Tail = isFlat ? MemoryMarshal.Read<ulong>(station[^8..]) : 0,
                Site = known[local].Id,
            };
            nextWithSameHash.Add(firstByHash.TryGetValue(code, out int older) ? older : -1);
            firstByHash[code] = local;
            successor[local] = -1;
        }
        if (previous >= 0)
        {
            successor[previous] = local;
        }
        previous = local;
        return known[local].Id;
    }

    private const int InvalidStation = -1;
    private const int InvalidCity = -2;
    private const int BlankStation = -3;
    private const int BlankCity = -4;

    private bool Matches(int local, ReadOnlySpan<byte> city, ReadOnlySpan<byte> station) =>
        station.SequenceEqual(known[local].Station) && city.SequenceEqual(known[local].City);

    /// <summary>Records a skipped row (counted by the caller).</summary>
    private void Issue(int line, ReadOnlySpan<byte> text, int byteColumn, string message) =>
        accumulator.Skip(lineBase + line, Encoding.UTF8.GetCharCount(text[..byteColumn]) + 1, message);

    /// <summary>Records a skipped row that was not counted yet (a malformed line).</summary>
    private void UnassignedIssue(int line, ReadOnlySpan<byte> text, int byteColumn, string message)
    {
        accumulator.CountRow();
        Issue(line, text, byteColumn, message);
    }

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
    /// Deliberately accepted: a leading <c>+</c>, a point without digits on one side (<c>.5</c> is 0.5, <c>5.</c> is 5, as
    /// spreadsheets and some exporters write them; a lone point is an error), and <c>-0</c>, which is zero (a value), not
    /// a negative (missing) one.
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
        if (year < 1000)
        {
            error = $"'{Show(s)}': the year is before 1000; hourly data takes four-digit years 1000 to 9999";
            return false;
        }
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
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
