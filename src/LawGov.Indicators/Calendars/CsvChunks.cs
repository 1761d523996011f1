using System.Buffers;

namespace LawGov.Indicators.Calendars;

/// <summary>A block of whole lines of the input, in a pooled buffer the worker returns when done.</summary>
internal sealed class CsvChunk
{
    internal CsvChunk(int index, byte[] buffer, int length)
    {
        Index = index;
        Buffer = buffer;
        Length = length;
    }

    internal int Index { get; }

    internal byte[] Buffer { get; }

    internal int Length { get; }
}

/// <summary>
/// Reads a stream in large pooled blocks and cuts them at the last line break, so each chunk holds whole lines and
/// can be parsed on its own (in parallel). The header line is read first. Memory in flight is bounded by the blocks
/// the workers hold.
/// </summary>
internal sealed class CsvChunks
{
    internal static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(1 << 28, 16);

    private readonly Stream stream;
    private readonly int chunkSize;
    private byte[] pending;
    private int pendingLength;
    private bool endOfStream;

    internal CsvChunks(Stream stream, int chunkSize)
    {
        this.stream = stream;
        this.chunkSize = chunkSize;
        pending = Pool.Rent(chunkSize);
    }

    /// <summary>
    /// Reads the first line (without its line break, a trailing CR or a UTF-8 byte order mark); null when the stream
    /// is empty.
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
            Grow();
        }
        if (pendingLength == 0)
        {
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

    /// <summary>The chunks after the header, in order, each ending with a line break. Each chunk's buffer belongs to its consumer.</summary>
    internal IEnumerable<CsvChunk> ReadChunks()
    {
        int index = 0;
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
                            Grow();
                        }
                        pending[pendingLength++] = (byte)'\n';
                    }
                    yield return new CsvChunk(index, pending, pendingLength);
                }
                else
                {
                    Pool.Return(pending);
                }
                pending = [];
                yield break;
            }
            int lastNewline = pending.AsSpan(0, pendingLength).LastIndexOf((byte)'\n');
            if (lastNewline < 0)
            {
                Grow();
                continue;
            }
            int tail = pendingLength - (lastNewline + 1);
            byte[] next = Pool.Rent(Math.Max(chunkSize, tail * 2));
            pending.AsSpan(lastNewline + 1, tail).CopyTo(next);
            var chunk = new CsvChunk(index++, pending, lastNewline + 1);
            pending = next;
            pendingLength = tail;
            yield return chunk;
        }
    }

    private void Fill()
    {
        while (!endOfStream && pendingLength < pending.Length)
        {
            int read = stream.Read(pending, pendingLength, pending.Length - pendingLength);
            if (read == 0)
            {
                endOfStream = true;
            }
            pendingLength += read;
        }
    }

    private void Grow()
    {
        byte[] bigger = Pool.Rent(pending.Length * 2);
        pending.AsSpan(0, pendingLength).CopyTo(bigger);
        Pool.Return(pending);
        pending = bigger;
    }
}
