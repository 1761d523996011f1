using System.Buffers;
using System.Globalization;

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
/// break outside quotes (found by <see cref="CsvRecords.FindRecordEnd"/>; a block without a quote is cut at its last
/// line break without that scan). A record may be at most <c>maxRecordLength</c> bytes (1 MiB by default): a line
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

    /// <summary>
    /// Reads the first line (without its line break, a trailing CR or a UTF-8 byte order mark); null when the stream
    /// is empty or, with <see cref="HeaderProblem"/> set, when the header cannot be read.
    /// </summary>
    internal byte[]? ReadHeader()
    {
        int newline;
        while (true)
        {
            Fill();
            newline = pending.AsSpan(0, pendingLength).IndexOf((byte)'\n');
            if (newline >= 0 || endOfStream)
            {
                break;
            }
            if (capacity >= maxRecordLength)
            {
                HeaderProblem = WideEncodingProblem() ?? "the header line is longer than " + Describe(maxRecordLength) + " (no line break within it)";
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
        int end = newline >= 0 ? newline : pendingLength;
        ReadOnlySpan<byte> header = pending.AsSpan(0, end);
        if (header.StartsWith("\uFEFF"u8))
        {
            header = header[3..];
        }
        if (!header.IsEmpty && header[^1] == (byte)'\r')
        {
            header = header[..^1];
        }
        byte[] result = header.ToArray();
        int consumed = newline >= 0 ? newline + 1 : pendingLength;
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
    /// record; -1 when there is none. Without a quote this is the last line break; with quotes, the records from the
    /// one holding the first quote are followed one by one.
    /// </summary>
    internal static int LastRecordEnd(ReadOnlySpan<byte> data)
    {
        int start = 0;
        while (true)
        {
            int quote = data[start..].IndexOf((byte)'"');
            if (quote < 0)
            {
                return start + data[start..].LastIndexOf((byte)'\n');
            }
            quote += start;
            // No quote between start and the first quote: every line break there ends a record.
            int recordStart = start + data[start..quote].LastIndexOf((byte)'\n') + 1;
            int end = CsvRecords.FindRecordEnd(data, recordStart);
            if (end < 0)
            {
                return recordStart - 1;
            }
            start = end + 1;
        }
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
