using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace LawGov.Indicators.Calendars;

/// <summary>An error found by a worker, with its line relative to its chunk (fixed up when the workers merge).</summary>
internal readonly record struct PendingError(int Chunk, int Line, string? Column, string Message);

/// <summary>An overdue record found by a worker, in day numbers.</summary>
internal readonly record struct PendingOverdue(int Chunk, int Line, int Group, int Start, int Due, int End, int Days);

/// <summary>
/// Judges the records of the chunks one thread is given: splits lines and fields over bytes, parses dates to day
/// numbers, looks the due day up, classifies and counts per group. Its state is merged with the other workers' at
/// the end.
/// </summary>
internal sealed class TimelinessCsvWorker
{
    private readonly CsvLayout layout;
    private readonly TimelinessRule rule;
    private readonly DueDayTable table;
    private readonly bool listOverdue;
    private readonly int maxErrors;
    private readonly List<byte> quotedField = [];
    private readonly TimelinessTally tally;

    internal TimelinessCsvWorker(CsvLayout layout, TimelinessCsvOptions options)
    {
        this.layout = layout;
        rule = options.Rule;
        table = rule.Table;
        listOverdue = options.ListOverdue;
        maxErrors = options.MaxErrors;
        tally = new TimelinessTally(rule.AsOfDay, layout.Key >= 0 ? 64 : 1);
    }

    internal GroupKeyTable Keys { get; } = new();

    internal int GroupCount => layout.Key >= 0 ? Keys.Count : 1;

    internal List<(int Chunk, int Lines)> LineCounts { get; } = [];

    internal List<PendingError> Errors { get; } = [];

    internal List<PendingOverdue> Overdue { get; } = [];

    internal long ErrorCount { get; private set; }

    internal long RecordCount { get; private set; }

    internal TimelinessCounts CountsOf(int group) => tally.CountsOf(group);

    /// <summary>
    /// Judges the records of one chunk. The chunk is scanned 64 bytes at a time for commas, line breaks and quotes
    /// (SIMD compares to a bit mask); fields are cut at the set bits, so the cost per record is a few instructions per
    /// delimiter. A record with a quote goes to the slow path that unquotes it. Every chunk ends with a line break.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Process(CsvChunk chunk)
    {
        try
        {
            byte[] buffer = chunk.Buffer;
            int length = chunk.Length;
            int startColumn = layout.Start, endColumn = layout.End, keyColumn = layout.Key, lastColumn = layout.Last;
            int line = 0, lineStart = 0, field = 0, fieldStart = 0;
            int startOffset = 0, startLength = 0, endOffset = 0, endLength = 0, keyOffset = 0, keyLength = 0;
            bool quoted = false;
            Span<byte> tail = stackalloc byte[64];
            for (int blockStart = 0; blockStart < length; blockStart += 64)
            {
                ulong mask;
                if (length - blockStart >= 64)
                {
                    mask = DelimiterMask(ref buffer[blockStart]);
                }
                else
                {
                    tail.Clear();
                    buffer.AsSpan(blockStart, length - blockStart).CopyTo(tail);
                    mask = DelimiterMask(ref tail[0]);
                }
                while (mask != 0)
                {
                    int position = blockStart + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    byte delimiter = buffer[position];
                    if (delimiter == (byte)'"')
                    {
                        quoted = true;
                        continue;
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
                        if (quoted)
                        {
                            RecordCount++;
                            ProcessQuotedRecord(buffer.AsSpan(lineStart, fieldEnd - lineStart), chunk.Index, line);
                        }
                        else if (field <= lastColumn)
                        {
                            RecordCount++;
                            AddError(chunk.Index, line, null, string.Create(CultureInfo.InvariantCulture, $"expected at least {lastColumn + 1} fields, found {field}"));
                        }
                        else
                        {
                            RecordCount++;
                            Judge(
                                buffer.AsSpan(startOffset, startLength),
                                buffer.AsSpan(endOffset, endLength),
                                keyColumn >= 0 ? buffer.AsSpan(keyOffset, keyLength) : default,
                                chunk.Index,
                                line);
                        }
                    }
                    line++;
                    lineStart = position + 1;
                    field = 0;
                    quoted = false;
                }
            }
            LineCounts.Add((chunk.Index, line));
        }
        finally
        {
            CsvChunks.Pool.Return(chunk.Buffer);
        }
    }

    /// <summary>Bit i is set when byte i of the 64 at <paramref name="source"/> is a comma, a line feed or a quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DelimiterMask(ref byte source)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<byte> low = Vector256.LoadUnsafe(ref source);
            Vector256<byte> high = Vector256.LoadUnsafe(ref source, 32);
            return Delimiters(low) | ((ulong)Delimiters(high) << 32);
        }
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Delimiters(Vector256<byte> bytes) =>
        (Vector256.Equals(bytes, Vector256.Create((byte)','))
            | Vector256.Equals(bytes, Vector256.Create((byte)'\n'))
            | Vector256.Equals(bytes, Vector256.Create((byte)'"'))).ExtractMostSignificantBits();

    private void ProcessQuotedRecord(ReadOnlySpan<byte> record, int chunk, int line)
    {
        quotedField.Clear();
        int startAt = -1, startLength = 0, endAt = -1, endLength = 0, keyAt = -1, keyLength = 0;
        int position = 0;
        for (int field = 0; ; field++)
        {
            int from = quotedField.Count;
            if (!CsvFields.TryReadField(record, ref position, quotedField, out string? problem))
            {
                AddError(chunk, line, null, problem!);
                return;
            }
            int length = quotedField.Count - from;
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
            if (field == layout.Last)
            {
                ReadOnlySpan<byte> fields = CollectionsMarshal.AsSpan(quotedField);
                Judge(fields.Slice(startAt, startLength), fields.Slice(endAt, endLength), keyAt < 0 ? default : fields.Slice(keyAt, keyLength), chunk, line);
                return;
            }
            if (position >= record.Length)
            {
                AddError(chunk, line, null, string.Create(CultureInfo.InvariantCulture, $"expected at least {layout.Last + 1} fields, found {field + 1}"));
                return;
            }
            position++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Judge(ReadOnlySpan<byte> start, ReadOnlySpan<byte> end, ReadOnlySpan<byte> key, int chunk, int line)
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
        if (endDay != DayNumbers.None && endDay < startDay)
        {
            AddError(chunk, line, layout.EndName, "the completion date " + IsoDates.Format(DayNumbers.ToDate(endDay)) + " is before the start date " + IsoDates.Format(DayNumbers.ToDate(startDay)));
            return;
        }
        int due = table.DueDay(startDay);
        if (due == DueDayTable.Uncovered && !rule.TryDueDay(startDay, out due))
        {
            AddError(chunk, line, layout.StartName, rule.Calendar.Uncovered(due).Message);
            return;
        }
        int group = 0;
        if (layout.Key >= 0)
        {
            group = Keys.GetOrAdd(key);
            if (group < 0)
            {
                AddError(chunk, line, layout.KeyName, "the key is not valid UTF-8");
                return;
            }
        }
        TimelinessOutcome outcome = tally.Add(group, due, endDay, out int days);
        if (outcome == TimelinessOutcome.Overdue && listOverdue)
        {
            Overdue.Add(new PendingOverdue(chunk, line, group, startDay, due, endDay <= rule.AsOfDay ? endDay : DayNumbers.None, days));
        }
    }

    private static bool TryParseTrimmed(ReadOnlySpan<byte> text, out int day)
    {
        ReadOnlySpan<byte> trimmed = text.Trim(" \t"u8);
        day = 0;
        return trimmed.Length != text.Length && IsoDates.TryParseDayNumber(trimmed, out day);
    }

    private void AddDateError(int chunk, int line, string column, ReadOnlySpan<byte> text, string what)
    {
        if (text.Trim(" \t"u8).IsEmpty)
        {
            AddError(chunk, line, column, "the " + what + " date is empty (expected yyyy-MM-dd)");
            return;
        }
        string shown = Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);
        AddError(chunk, line, column, "'" + shown + "' is not a " + what + " date (expected yyyy-MM-dd)");
    }

    private void AddError(int chunk, int line, string? column, string message)
    {
        ErrorCount++;
        if (Errors.Count < maxErrors)
        {
            Errors.Add(new PendingError(chunk, line, column, message));
        }
    }
}
