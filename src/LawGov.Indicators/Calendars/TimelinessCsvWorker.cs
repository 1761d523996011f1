using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Judges the records of the chunks one thread is given: splits records and fields over bytes, parses dates to day
/// numbers and hands them, with the group, to its <see cref="TimelinessJudge"/>. Its state is merged with the other
/// workers' at the end.
/// </summary>
internal sealed class TimelinessCsvWorker
{
    private readonly CsvLayout layout;
    private readonly int maskWidth;
    private readonly int maxRecordLength;
    private readonly CsvFieldBuffer fields = new();

    internal TimelinessCsvWorker(CsvLayout layout, TimelinessCsvOptions options, int maxRecordLength)
    {
        this.layout = layout;
        maskWidth = options.MaskWidth == 0 ? DelimiterMasks.BestWidth : options.MaskWidth;
        this.maxRecordLength = maxRecordLength;
        Judge = new TimelinessJudge(options.Rule, options.ListOverdue, options.MaxErrors, layout.Key >= 0 ? 64 : 1, layout.StartName, layout.EndName);
    }

    internal TimelinessJudge Judge { get; }

    internal GroupKeyTable Keys { get; } = new();

    internal int GroupCount => layout.Key >= 0 ? Keys.Count : 1;

    /// <summary>The physical lines of each chunk processed, for line numbers across chunks.</summary>
    internal List<(int Chunk, int Lines)> LineCounts { get; } = [];

    /// <summary>Judges the records of one chunk and returns its buffer to the pool.</summary>
    internal void Process(CsvChunk chunk)
    {
        try
        {
            if (chunk.IsOverlongLine)
            {
                Judge.RecordCount++;
                if (Judge.CountError())
                {
                    Judge.KeepError(chunk.Index, 0, null, "the line is longer than " + CsvChunks.Describe(maxRecordLength) + " (no line break within it); it is not read");
                }
                LineCounts.Add((chunk.Index, 1));
                return;
            }
            int lines = maskWidth switch
            {
                512 => Scan<DelimiterMasks.Width512>(chunk.Buffer, chunk.Length, chunk.Index),
                256 => Scan<DelimiterMasks.Width256>(chunk.Buffer, chunk.Length, chunk.Index),
                _ => Scan<DelimiterMasks.Width128>(chunk.Buffer, chunk.Length, chunk.Index),
            };
            LineCounts.Add((chunk.Index, lines));
        }
        finally
        {
            chunk.Release();
            fields.Release();
        }
    }

    /// <summary>
    /// Judges the records of one chunk and returns its number of lines. The chunk is scanned 64 bytes at a time for
    /// commas, line breaks and quotes (SIMD compares to a bit mask, at the width <typeparamref name="TMask"/> gives);
    /// fields are cut at the set bits, so the cost per record is a few instructions per delimiter. A record with a
    /// quote goes to <see cref="ProcessQuotedRecord"/>, which may span lines, and the scan resumes after it. Every
    /// chunk ends with a line break.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Scan<TMask>(byte[] buffer, int length, int chunkIndex)
        where TMask : struct, DelimiterMasks.IWidth
    {
        int startColumn = layout.Start, endColumn = layout.End, keyColumn = layout.Key, fieldCount = layout.FieldCount;
        int line = 0, lineStart = 0, field = 0, fieldStart = 0, resumeAt = 0, records = 0;
        int startOffset = 0, startLength = 0, endOffset = 0, endLength = 0, keyOffset = 0, keyLength = 0;
        Span<byte> tail = stackalloc byte[64];
        for (int blockStart = 0; blockStart < length; blockStart += 64)
        {
            ulong mask;
            if (length - blockStart >= 64)
            {
                mask = TMask.Mask(ref buffer[blockStart]);
            }
            else
            {
                tail.Clear();
                buffer.AsSpan(blockStart, length - blockStart).CopyTo(tail);
                mask = TMask.Mask(ref tail[0]);
            }
            if (resumeAt > blockStart)
            {
                // Right after a quoted record: its bytes in this block are done.
                mask &= ulong.MaxValue << (resumeAt - blockStart);
            }
            while (mask != 0)
            {
                int position = blockStart + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                byte delimiter = buffer[position];
                if (delimiter == (byte)'"')
                {
                    resumeAt = ProcessQuotedRecord(buffer.AsSpan(0, length), lineStart, chunkIndex, ref line);
                    lineStart = fieldStart = resumeAt;
                    field = 0;
                    blockStart = (resumeAt & ~63) - 64; // the loop adds 64: rescan the block the record ends in
                    break;
                }
                int fieldEnd = position;
                if (delimiter == (byte)'\n' && fieldEnd > lineStart && buffer[fieldEnd - 1] == (byte)'\r')
                {
                    fieldEnd--;
                }
                if (field == startColumn)
                {
                    (startOffset, startLength) = (fieldStart, fieldEnd - fieldStart);
                }
                if (field == endColumn)
                {
                    (endOffset, endLength) = (fieldStart, fieldEnd - fieldStart);
                }
                if (field == keyColumn)
                {
                    (keyOffset, keyLength) = (fieldStart, fieldEnd - fieldStart);
                }
                field++;
                fieldStart = position + 1;
                if (delimiter != (byte)'\n')
                {
                    continue;
                }
                if (fieldEnd > lineStart)
                {
                    records++;
                    if (field != fieldCount)
                    {
                        FieldCountError(chunkIndex, line, field);
                    }
                    else
                    {
                        JudgeFields(
                            buffer.AsSpan(startOffset, startLength),
                            buffer.AsSpan(endOffset, endLength),
                            keyColumn >= 0 ? buffer.AsSpan(keyOffset, keyLength) : default,
                            chunkIndex,
                            line);
                    }
                }
                line++;
                lineStart = position + 1;
                field = 0;
            }
        }
        Judge.RecordCount += records;
        return line;
    }

    /// <summary>
    /// Judges the record starting at <paramref name="start"/>, which holds a quote, in one pass: its fields are read
    /// (unquoted into the pooled field buffer, span by span) up to the line break that ends the record — the RFC 4180
    /// rule the chunker cuts by, so it may span lines; <paramref name="line"/> advances by the lines it takes. Returns the
    /// offset after it. A malformed record (text after a closing quote) is bad and skipped to its end as the chunker
    /// finds it; a quoted field left open at the end of the chunk (only at the end of the input, or after the record
    /// limit) makes the record's first line bad, and reading resumes on the next line.
    /// </summary>
    private int ProcessQuotedRecord(ReadOnlySpan<byte> data, int start, int chunk, ref int line)
    {
        Judge.RecordCount++;
        fields.Clear();
        int startAt = 0, startLength = 0, endAt = 0, endLength = 0, keyAt = 0, keyLength = 0;
        int position = start;
        int field = 0;
        while (true)
        {
            int from = fields.Length;
            CsvFieldEnd how = CsvFields.ReadField(data, ref position, fields);
            if (how >= CsvFieldEnd.TextAfterQuote)
            {
                return SkipMalformedRecord(data, start, chunk, ref line);
            }
            int length = fields.Length - from;
            if (field == layout.Start)
            {
                (startAt, startLength) = (from, length);
            }
            if (field == layout.End)
            {
                (endAt, endLength) = (from, length);
            }
            if (field == layout.Key)
            {
                (keyAt, keyLength) = (from, length);
            }
            field++;
            if (how == CsvFieldEnd.RecordEnd)
            {
                break;
            }
            position++; // the comma
        }
        int end = position; // the record's line break (every chunk ends with one)
        if (field != layout.FieldCount)
        {
            FieldCountError(chunk, line, field);
        }
        else
        {
            ReadOnlySpan<byte> text = fields.Span;
            JudgeFields(text.Slice(startAt, startLength), text.Slice(endAt, endLength), layout.Key < 0 ? default : text.Slice(keyAt, keyLength), chunk, line);
        }
        line += 1 + data[start..Math.Min(end, data.Length)].Count((byte)'\n');
        return end + 1;
    }

    /// <summary>
    /// A record whose fields cannot be read: text after a closing quote is one bad record up to the line break the
    /// chunker's rule ends it at; a quoted field still open at the end of the chunk makes the first line bad.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SkipMalformedRecord(ReadOnlySpan<byte> data, int start, int chunk, ref int line)
    {
        int end = CsvRecords.FindRecordEnd(data, start);
        if (end < 0)
        {
            if (Judge.CountError())
            {
                Judge.KeepError(chunk, line, null, "a quoted field has no closing quote before the end of the input or within "
                    + CsvChunks.Describe(maxRecordLength) + "; the line is not used and reading resumes on the next line");
            }
            line++;
            return start + data[start..].IndexOf((byte)'\n') + 1;
        }
        Judge.AddError(chunk, line, null, CsvFields.Problem(CsvFieldEnd.TextAfterQuote));
        line += 1 + data[start..end].Count((byte)'\n');
        return end + 1;
    }

    private void FieldCountError(int chunk, int line, int found)
    {
        if (Judge.CountError())
        {
            Judge.KeepError(chunk, line, null, string.Create(CultureInfo.InvariantCulture, $"expected {layout.FieldCount} fields as in the header, found {found}"));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void JudgeFields(ReadOnlySpan<byte> start, ReadOnlySpan<byte> end, ReadOnlySpan<byte> key, int chunk, int line)
    {
        if (!IsoDates.TryParseDayNumber(start, out int startDay) && !TryParseTrimmed(start, out startDay))
        {
            AddDateError(chunk, line, layout.StartName, start, "start");
            return;
        }
        int endDay = DayNumbers.None;
        if (!end.IsEmpty && !IsoDates.TryParseDayNumber(end, out endDay) && !TryParseTrimmed(end, out endDay))
        {
            if (!end.Trim(" \t"u8).IsEmpty)
            {
                AddDateError(chunk, line, layout.EndName, end, "completion");
                return;
            }
            endDay = DayNumbers.None;
        }
        if (!Judge.TryDue(startDay, endDay, chunk, line, out int due))
        {
            return;
        }
        int group = 0;
        if (layout.Key >= 0)
        {
            group = Keys.GetOrAdd(key);
            if (group < 0)
            {
                Judge.AddError(chunk, line, layout.KeyName, "the key is not valid UTF-8");
                return;
            }
        }
        Judge.Count(group, startDay, due, endDay, chunk, line);
    }

    private static bool TryParseTrimmed(ReadOnlySpan<byte> text, out int day)
    {
        ReadOnlySpan<byte> trimmed = text.Trim(" \t"u8);
        day = 0;
        return trimmed.Length != text.Length && IsoDates.TryParseDayNumber(trimmed, out day);
    }

    private void AddDateError(int chunk, int line, string column, ReadOnlySpan<byte> text, string what)
    {
        if (!Judge.CountError())
        {
            return; // counted; the message is made only while it is kept
        }
        if (text.Trim(" \t"u8).IsEmpty)
        {
            Judge.KeepError(chunk, line, column, "the " + what + " date is empty (expected yyyy-MM-dd)");
            return;
        }
        string shown = Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);
        Judge.KeepError(chunk, line, column, "'" + shown + "' is not a " + what + " date (expected yyyy-MM-dd)");
    }
}

/// <summary>
/// The 64-bit masks of commas, line feeds and quotes in 64 bytes, at each SIMD width: the reader uses the widest the
/// machine accelerates, and tests run every width (a width that is not accelerated runs in software).
/// </summary>
internal static class DelimiterMasks
{
    /// <summary>The widest accelerated width: 512, 256 or 128 bits.</summary>
    internal static int BestWidth { get; } =
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    /// <summary>One SIMD width; a struct, so each width gets its own specialised scan loop.</summary>
    internal interface IWidth
    {
        /// <summary>Bit i is set when byte i of the 64 at <paramref name="source"/> is a comma, a line feed or a quote.</summary>
        static abstract ulong Mask(ref byte source);
    }

    internal readonly struct Width512 : IWidth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Mask(ref byte source)
        {
            Vector512<byte> bytes = Vector512.LoadUnsafe(ref source);
            return (Vector512.Equals(bytes, Vector512.Create((byte)','))
                | Vector512.Equals(bytes, Vector512.Create((byte)'\n'))
                | Vector512.Equals(bytes, Vector512.Create((byte)'"'))).ExtractMostSignificantBits();
        }
    }

    internal readonly struct Width256 : IWidth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Mask(ref byte source) =>
            Half(Vector256.LoadUnsafe(ref source)) | ((ulong)Half(Vector256.LoadUnsafe(ref source, 32)) << 32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Half(Vector256<byte> bytes) =>
            (Vector256.Equals(bytes, Vector256.Create((byte)','))
                | Vector256.Equals(bytes, Vector256.Create((byte)'\n'))
                | Vector256.Equals(bytes, Vector256.Create((byte)'"'))).ExtractMostSignificantBits();
    }

    internal readonly struct Width128 : IWidth
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong Mask(ref byte source)
        {
            ulong mask = 0;
            for (int i = 0; i < 4; i++)
            {
                Vector128<byte> part = Vector128.LoadUnsafe(ref source, (nuint)(i * 16));
                Vector128<byte> hits = Vector128.Equals(part, Vector128.Create((byte)','))
                    | Vector128.Equals(part, Vector128.Create((byte)'\n'))
                    | Vector128.Equals(part, Vector128.Create((byte)'"'));
                mask |= (ulong)hits.ExtractMostSignificantBits() << (i * 16);
            }
            return mask;
        }
    }
}
