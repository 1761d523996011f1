using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LawGov.Indicators.Calendars;

/// <summary>A block of whole records of the input, in a pooled buffer the worker returns when done.</summary>
internal sealed class CsvChunk
{
    internal CsvChunk(int index, byte[] buffer, int length)
    {
        Index = index;
        Buffer = buffer;
        Length = length;
    }

    private CsvChunk(int index)
    {
        Index = index;
        Buffer = [];
        IsOverlongLine = true;
    }

    internal int Index { get; }

    /// <summary>The bytes, from the pool (an empty array, not pooled, for <see cref="IsOverlongLine"/>).</summary>
    internal byte[] Buffer { get; }

    internal int Length { get; }

    /// <summary>
    /// True when the chunk holds no bytes and stands for one line longer than the record limit, skipped unread: the
    /// consumer reports it as one bad record on one line.
    /// </summary>
    internal bool IsOverlongLine { get; }

    internal static CsvChunk OverlongLine(int index) => new(index);

    /// <summary>Returns the buffer to the pool (nothing for an over-long line).</summary>
    internal void Release()
    {
        if (Buffer.Length > 0)
        {
            CsvChunks.Pool.Return(Buffer);
        }
    }
}

/// <summary>
/// Reads a stream in large pooled blocks and cuts them after the last complete record, so each chunk holds whole
/// records and can be parsed on its own (in parallel). The header line is read first.
/// </summary>
/// <remarks>
/// <para>
/// Records follow RFC 4180: a line break inside a quoted field belongs to the field, so a block is cut only at a line
/// break outside quotes (<see cref="LastRecordEnd"/>: a block without a quote is cut at its last line break; with
/// quotes, by quote parity or, where parity cannot follow, by <see cref="CsvRecords.FindRecordEnd"/>). A record may be at most <c>maxRecordLength</c> bytes (1 MiB by default): a line
/// longer than that with no line break is skipped unread and stands as an <see cref="CsvChunk.IsOverlongLine"/>
/// chunk; a quoted field still open after that many bytes is cut after its first line, which the parser reports as an
/// unclosed quote before reading on. Only the last chunk (at the end of the input) can otherwise end inside quotes.
/// </para>
/// <para>
/// Memory is bounded: the pending block never exceeds the record limit (the chunk size is capped by it), and the
/// blocks in flight are those the workers hold.
/// </para>
/// </remarks>
internal sealed class CsvChunks
{
    /// <summary>The longest record the reader holds by default: 1 MiB.</summary>
    internal const int DefaultMaxRecordLength = 1 << 20;

    internal static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(1 << 28, 16);

    private readonly Stream stream;
    private readonly int chunkSize;
    private readonly int maxRecordLength;

    // Bytes Fill reads up to (the pooled buffer may be longer).
    private int capacity;
    private byte[] pending;
    private int pendingLength;
    private bool endOfStream;

    /// <summary>Starts reading.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="chunkSize">Bytes per block, capped at <paramref name="maxRecordLength"/>.</param>
    /// <param name="maxRecordLength">The longest record (line, or lines of one quoted field) accepted, in bytes.</param>
    internal CsvChunks(Stream stream, int chunkSize, int maxRecordLength = DefaultMaxRecordLength)
    {
        this.stream = stream;
        this.maxRecordLength = maxRecordLength;
        this.chunkSize = Math.Min(chunkSize, maxRecordLength);
        capacity = this.chunkSize;
        pending = Pool.Rent(capacity);
    }

    /// <summary>The longest record accepted, in bytes.</summary>
    internal int MaxRecordLength => maxRecordLength;

    /// <summary>
    /// Why <see cref="ReadHeader"/> returned null although the input is not empty (a UTF-16 or UTF-32 byte order
    /// mark, a header longer than the record limit), or null.
    /// </summary>
    internal string? HeaderProblem { get; private set; }

    /// <summary>The physical lines the header takes: 1, or more when a quoted column name holds a line break.</summary>
    internal int HeaderLines { get; private set; } = 1;

    /// <summary>
    /// Reads the header record (without its line break, a trailing CR or a UTF-8 byte order mark): the first record by
    /// the record rule of the rows (<see cref="CsvRecords.FindRecordEnd"/>), so a quoted column name may hold a line
    /// break; null when the stream is empty or, with <see cref="HeaderProblem"/> set, when the header cannot be read.
    /// </summary>
    internal byte[]? ReadHeader()
    {
        int from, end;
        while (true)
        {
            Fill();
            ReadOnlySpan<byte> data = pending.AsSpan(0, pendingLength);
            from = data.StartsWith("\uFEFF"u8) ? 3 : 0;
            // Bytes that may still become a byte order mark wait for more input before the record rule is applied.
            bool partialMark = !endOfStream && data.Length < 3 && "\uFEFF"u8.StartsWith(data);
            end = partialMark ? -1 : CsvRecords.FindRecordEnd(data, from);
            if (end >= 0 || endOfStream)
            {
                break;
            }
            if (capacity >= maxRecordLength)
            {
                HeaderProblem = WideEncodingProblem() ?? (data.Contains((byte)'\n')
                    ? "the header has a quoted column name not closed within " + Describe(maxRecordLength)
                    : "the header line is longer than " + Describe(maxRecordLength) + " (no line break within it)");
                return null;
            }
            Grow();
        }
        if (pendingLength == 0)
        {
            return null;
        }
        if (WideEncodingProblem() is { } problem)
        {
            HeaderProblem = problem;
            return null;
        }
        int stop = end >= 0 ? end : pendingLength;
        ReadOnlySpan<byte> header = pending.AsSpan(from, stop - from);
        if (!header.IsEmpty && header[^1] == (byte)'\r')
        {
            header = header[..^1];
        }
        byte[] result = header.ToArray();
        HeaderLines = 1 + header.Count((byte)'\n');
        int consumed = end >= 0 ? end + 1 : pendingLength;
        pending.AsSpan(consumed, pendingLength - consumed).CopyTo(pending);
        pendingLength -= consumed;
        return result;
    }

    /// <summary>
    /// The chunks after the header, in order, each ending with a line break after a whole record (see the remarks).
    /// Each chunk's buffer belongs to its consumer, who calls <see cref="CsvChunk.Release"/>.
    /// </summary>
    internal IEnumerable<CsvChunk> ReadChunks()
    {
        int index = 0;
        try
        {
            while (true)
            {
                Fill();
                if (endOfStream)
                {
                    if (pendingLength > 0)
                    {
                        // The last line may lack its line break: add one, so every record ends the same way.
                        if (pending[pendingLength - 1] != (byte)'\n')
                        {
                            if (pendingLength == pending.Length)
                            {
                                Resize(pendingLength + 1);
                            }
                            pending[pendingLength++] = (byte)'\n';
                        }
                        var last = new CsvChunk(index, pending, pendingLength);
                        pending = [];
                        yield return last;
                    }
                    yield break;
                }
                int cut = LastRecordEnd(pending.AsSpan(0, pendingLength));
                if (cut < 0)
                {
                    if (capacity < maxRecordLength)
                    {
                        Grow();
                        continue;
                    }
                    int newline = pending.AsSpan(0, pendingLength).IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        SkipLine();
                        yield return CsvChunk.OverlongLine(index++);
                        continue;
                    }
                    // A quoted field open for more than the limit: its first line goes alone, the parser reports it, and
                    // reading resumes on the next line.
                    cut = newline;
                }
                int tail = pendingLength - (cut + 1);
                int nextCapacity = Math.Min(Math.Max(chunkSize, tail * 2), maxRecordLength);
                byte[] next = Pool.Rent(nextCapacity);
                pending.AsSpan(cut + 1, tail).CopyTo(next);
                var chunk = new CsvChunk(index++, pending, cut + 1);
                pending = next;
                capacity = nextCapacity;
                pendingLength = tail;
                yield return chunk;
            }
        }
        finally
        {
            // Also when the consumer stops early (cancellation): the block being filled goes back to the pool.
            if (pending.Length > 0)
            {
                Pool.Return(pending);
                pending = [];
            }
        }
    }

    /// <summary><c>1 MiB</c> for whole mebibytes, otherwise the byte count.</summary>
    internal static string Describe(int bytes) => bytes % (1 << 20) == 0
        ? (bytes >> 20).ToString(CultureInfo.InvariantCulture) + " MiB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";

    /// <summary>
    /// The index of the line break ending the last complete record of <paramref name="data"/>, which starts with a
    /// record; -1 when there is none. Without a quote this is the last line break (one vectorised search for a quote,
    /// one backwards for the line break). With quotes, the records from the line of the first quote on are followed by
    /// quote parity, 64 bytes at a time (<see cref="LastRecordEndByParity"/>).
    /// </summary>
    /// <remarks>
    /// Whether a line break is inside quotes cannot be decided from the bytes near it: <c>a,b\nc,d\n</c> may be two
    /// records or the inside of a quoted field opened anywhere earlier (a record may be a mebibyte long), so no rule that
    /// looks back from the end of the block only to some nearby line break can be right. The state is known only where a
    /// record is known to start — the start of the block — so the block is read from there: the quote search over a
    /// block without quotes, and over the rest a branch-light mask scan instead of a walk record by record.
    /// </remarks>
    internal static int LastRecordEnd(ReadOnlySpan<byte> data)
    {
        int quote = data.IndexOf((byte)'"');
        if (quote < 0)
        {
            return data.LastIndexOf((byte)'\n');
        }
        // No quote between the start and the first quote: every line break there ends a record.
        int start = data[..quote].LastIndexOf((byte)'\n') + 1;
        return LastRecordEndByParity(data, start);
    }

    /// <summary>
    /// <see cref="LastRecordEnd"/> from <paramref name="start"/>, a record start, by quote parity: in RFC 4180 CSV whose
    /// quotes all open a field at its start (after a comma or a line break) or are doubled inside a quoted field, a byte
    /// is inside quotes exactly when an odd number of quotes precede it from a record start, and a line break outside
    /// quotes ends a record. Each 64-byte block gives masks of quotes, line breaks and commas; the prefix XOR of the
    /// quote mask is the inside mask. A quote met outside a quoted field that is neither at a field start nor right after
    /// a quote (text such as <c>5" disk</c>, or text after a closing quote) does not toggle under the exact rule, which
    /// parity cannot follow: from the last record end before that block the records are then walked one by one
    /// (<see cref="CsvRecords.FindRecordEnd"/>), as the rule defines them.
    /// </summary>
    internal static int LastRecordEndByParity(ReadOnlySpan<byte> data, int start)
    {
        int last = start - 1;   // the last record end found: a line break outside quotes
        ulong inside = 0;       // all ones when the previous block ended inside a quoted field
        ulong fieldStart = 1;   // bit 0 of the next block's field starts: a record starts the scan
        ulong afterQuote = 0;   // bit 0 of the next block's "right after a quote"
        Span<byte> tail = stackalloc byte[64];
        for (int block = start; block < data.Length; block += 64)
        {
            ulong quotes, newlines, commas;
            if (data.Length - block >= 64)
            {
                QuoteMasks(data.Slice(block, 64), out quotes, out newlines, out commas);
            }
            else
            {
                tail.Clear();
                data[block..].CopyTo(tail);
                QuoteMasks(tail, out quotes, out newlines, out commas);
            }
            ulong parity = PrefixXor(quotes) ^ inside; // bit i: inside a quoted field after byte i
            ulong separators = commas | newlines;
            ulong opening = quotes & parity;           // quotes met outside a quoted field
            if ((opening & ~((separators << 1) | fieldStart | (quotes << 1) | afterQuote)) != 0)
            {
                return WalkRecords(data, last + 1);
            }
            ulong ends = newlines & ~parity;
            if (ends != 0)
            {
                last = block + 63 - BitOperations.LeadingZeroCount(ends);
            }
            inside = (ulong)((long)parity >> 63);
            fieldStart = separators >> 63;
            afterQuote = quotes >> 63;
        }
        return last;
    }

    /// <summary>The exact rule, record by record from <paramref name="start"/> (a record start): records without a quote are skipped at once.</summary>
    private static int WalkRecords(ReadOnlySpan<byte> data, int start)
    {
        while (true)
        {
            int quote = data[start..].IndexOf((byte)'"');
            if (quote < 0)
            {
                return start + data[start..].LastIndexOf((byte)'\n');
            }
            quote += start;
            int recordStart = start + data[start..quote].LastIndexOf((byte)'\n') + 1;
            int end = CsvRecords.FindRecordEnd(data, recordStart);
            if (end < 0)
            {
                return recordStart - 1;
            }
            start = end + 1;
        }
    }

    /// <summary>Bit i of each mask is set when byte i of the 64 is a quote, a line feed, a comma.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void QuoteMasks(ReadOnlySpan<byte> bytes, out ulong quotes, out ulong newlines, out ulong commas)
    {
        quotes = newlines = commas = 0;
        ref byte first = ref MemoryMarshal.GetReference(bytes);
        for (int i = 0; i < 4; i++)
        {
            Vector128<byte> part = Vector128.LoadUnsafe(ref first, (nuint)(i * 16));
            quotes |= (ulong)Vector128.Equals(part, Vector128.Create((byte)'"')).ExtractMostSignificantBits() << (i * 16);
            newlines |= (ulong)Vector128.Equals(part, Vector128.Create((byte)'\n')).ExtractMostSignificantBits() << (i * 16);
            commas |= (ulong)Vector128.Equals(part, Vector128.Create((byte)',')).ExtractMostSignificantBits() << (i * 16);
        }
    }

    /// <summary>Bit i of the result is the XOR of bits 0 to i of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PrefixXor(ulong x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    private string? WideEncodingProblem() => WideEncoding(pending.AsSpan(0, pendingLength)) is { } encoding
        ? "the input is " + encoding + "; expected UTF-8 (convert or save the file as UTF-8)"
        : null;

    /// <summary>The name of a UTF-16 or UTF-32 encoding whose byte order mark starts the input, or null.</summary>
    private static string? WideEncoding(ReadOnlySpan<byte> start)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return "UTF-32 (little-endian byte order mark FF FE 00 00)";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return "UTF-32 (big-endian byte order mark 00 00 FE FF)";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return "UTF-16 (little-endian byte order mark FF FE)";
        }
        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return "UTF-16 (big-endian byte order mark FE FF)";
        }
        return null;
    }

    private void Fill()
    {
        while (!endOfStream && pendingLength < capacity)
        {
            int read = stream.Read(pending, pendingLength, capacity - pendingLength);
            if (read == 0)
            {
                endOfStream = true;
            }
            pendingLength += read;
        }
    }

    /// <summary>Doubles the block, up to the record limit.</summary>
    private void Grow()
    {
        capacity = Math.Min(capacity * 2, maxRecordLength);
        Resize(capacity);
    }

    private void Resize(int length)
    {
        byte[] bigger = Pool.Rent(length);
        pending.AsSpan(0, pendingLength).CopyTo(bigger);
        Pool.Return(pending);
        pending = bigger;
    }

    /// <summary>Drops the pending bytes and everything up to the next line break (or the end of the input), unread.</summary>
    private void SkipLine()
    {
        while (true)
        {
            int newline = pending.AsSpan(0, pendingLength).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int rest = pendingLength - (newline + 1);
                pending.AsSpan(newline + 1, rest).CopyTo(pending);
                pendingLength = rest;
                return;
            }
            pendingLength = 0;
            if (endOfStream)
            {
                return;
            }
            Fill();
        }
    }
}

/// <summary>Record boundaries of RFC 4180 CSV: a line break inside a quoted field belongs to the field.</summary>
internal static class CsvRecords
{
    /// <summary>
    /// The index of the line break that ends the record starting at <paramref name="from"/>, or -1 when the data ends
    /// first (inside a quoted field, or without a line break). A quote opens a quoted field only at the start of a
    /// field (at <paramref name="from"/> or after a comma); elsewhere it is text. Inside a quoted field <c>""</c> is a
    /// quote, and the next lone quote closes the field.
    /// </summary>
    internal static int FindRecordEnd(ReadOnlySpan<byte> data, int from)
    {
        int i = from;
        while (true)
        {
            int next = data[i..].IndexOfAny((byte)'"', (byte)'\n');
            if (next < 0)
            {
                return -1;
            }
            int p = i + next;
            if (data[p] == (byte)'\n')
            {
                return p;
            }
            if (p != from && data[p - 1] != (byte)',')
            {
                i = p + 1;
                continue;
            }
            int q = p + 1;
            while (true)
            {
                int close = data[q..].IndexOf((byte)'"');
                if (close < 0)
                {
                    return -1;
                }
                q += close + 1;
                if (q < data.Length && data[q] == (byte)'"')
                {
                    q++;
                    continue;
                }
                break;
            }
            i = q;
        }
    }
}
