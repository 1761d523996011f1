using System.Buffers;
using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The unquoted text of a record's fields, appended span by span (bulk copies) into a buffer rented from the shared
/// pool, which grows by doubling and goes back with <see cref="Release"/>. Not thread-safe: each worker has its own.
/// </summary>
internal sealed class CsvFieldBuffer
{
    private byte[] bytes = [];

    /// <summary>The bytes appended since the last <see cref="Clear"/>.</summary>
    internal int Length { get; private set; }

    /// <summary>The text appended since the last <see cref="Clear"/>; valid until the next append.</summary>
    internal ReadOnlySpan<byte> Span => bytes.AsSpan(0, Length);

    internal void Clear() => Length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Append(ReadOnlySpan<byte> text)
    {
        if (Length + text.Length > bytes.Length)
        {
            Grow(Length + text.Length);
        }
        text.CopyTo(bytes.AsSpan(Length));
        Length += text.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Append(byte value)
    {
        if (Length == bytes.Length)
        {
            Grow(Length + 1);
        }
        bytes[Length++] = value;
    }

    /// <summary>Returns the buffer to the pool and empties this one; it rents again on the next append.</summary>
    internal void Release()
    {
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        bytes = [];
        Length = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Math.Max(256, bytes.Length * 2)));
        Span.CopyTo(bigger);
        if (bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
        bytes = bigger;
    }
}
