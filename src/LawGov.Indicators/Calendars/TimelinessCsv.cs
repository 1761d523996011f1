using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Judges the records of a CSV file for a timeliness rate: per record a start date and an optional completion date
/// (ISO <c>yyyy-MM-dd</c>; an empty cell means not completed), optionally a group column.
/// </summary>
/// <remarks>
/// <para>
/// The input is UTF-8 with a header line (a UTF-8 byte order mark is skipped; a UTF-16 or UTF-32 one makes the input
/// unusable, with a message saying so), comma-separated, one record per line (LF or CRLF). Fields may be quoted with
/// <c>"</c> (<c>""</c> for a quote), and a quoted field may hold line breaks (RFC 4180): its record then spans lines,
/// and line numbers count physical lines. The header is the first record by the same rule (a quoted column name may
/// hold a line break). A record is at most 1 MiB: a longer line is skipped unread, and a quoted
/// field not closed within 1 MiB (or before the end of the input) makes its first line bad; reading resumes on the
/// next line. Blank lines are skipped. A record whose dates do not parse, whose completion is before its start, whose
/// start the calendar cannot answer, or whose number of fields differs from the header's is reported in
/// <see cref="TimelinessReport.Errors"/> with its (first) line number and column, and not counted; the records around
/// it still count.
/// </para>
/// <para>
/// The reader works on bytes in large pooled blocks cut after whole records (found by quote parity when a block holds
/// quotes), copies a quoted record's fields unquoted into a pooled buffer span by span, parses dates straight to day
/// numbers, looks due dates up in the rule's precomputed table and interns group keys by their bytes, so it allocates
/// nothing per record; a bad record's message is made only while fewer than the kept maximum are kept (all are
/// counted). Blocks are judged in parallel, each worker with its own counts, merged at the end. Memory is bounded by
/// the blocks in flight and the number of groups (plus the overdue list when asked for). For records already in memory
/// see <see cref="TimelinessRecords"/>, which judges them by the same mechanism.
/// </para>
/// </remarks>
public static class TimelinessCsv
{
    /// <summary>Reads and judges the records.</summary>
    /// <param name="csv">The UTF-8 CSV input; read to its end, not closed.</param>
    /// <param name="options">Columns, rule and limits.</param>
    /// <param name="cancellationToken">Stops the read; checked before each block of the input is judged.</param>
    /// <returns>The report, or a failure when the input is empty, not UTF-8, or lacks a column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static TimelinessCsvResult Read(Stream csv, TimelinessCsvOptions options, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(csv, nameof(csv));
        Preconditions.CheckNotNull(options, nameof(options));
        cancellationToken.ThrowIfCancellationRequested();
        var chunks = new CsvChunks(csv, options.ChunkSize, options.MaxRecordLength);
        byte[]? header = chunks.ReadHeader();
        if (header is null)
        {
            return TimelinessCsvResult.Failure(new RecordError(1, null, chunks.HeaderProblem ?? "the input is empty: expected a header line naming the columns"));
        }
        if (!CsvLayout.TryCreate(header, options, out CsvLayout? layout, out RecordError? error))
        {
            return TimelinessCsvResult.Failure(error);
        }

        var workers = new ConcurrentBag<TimelinessCsvWorker>();
        if (options.MaxDegreeOfParallelism == 1)
        {
            var worker = new TimelinessCsvWorker(layout, options, chunks.MaxRecordLength);
            foreach (CsvChunk chunk in chunks.ReadChunks())
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    chunk.Release();
                    cancellationToken.ThrowIfCancellationRequested();
                }
                worker.Process(chunk);
            }
            workers.Add(worker);
        }
        else
        {
            try
            {
                Parallel.ForEach(
                    Partitioner.Create(chunks.ReadChunks(), EnumerablePartitionerOptions.NoBuffering),
                    new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
                    () => new TimelinessCsvWorker(layout, options, chunks.MaxRecordLength),
                    (chunk, _, worker) =>
                    {
                        worker.Process(chunk);
                        return worker;
                    },
                    workers.Add);
            }
            catch (AggregateException ex)
            {
                ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
                throw;
            }
        }
        return TimelinessCsvResult.Success(Merge(workers.ToArray(), layout, options, chunks.HeaderLines));
    }

    private static TimelinessReport Merge(TimelinessCsvWorker[] workers, CsvLayout layout, TimelinessCsvOptions options, int headerLines)
    {
        // Line numbers: the header starts on line 1 (it takes more than one when a quoted name holds a line break), so
        // the first chunk starts on the line after it; each chunk holds whole records.
        int chunkCount = workers.Sum(w => w.LineCounts.Count);
        long[] firstLine = new long[chunkCount + 1];
        var linesPerChunk = new long[chunkCount];
        foreach (TimelinessCsvWorker worker in workers)
        {
            foreach ((int chunk, int lines) in worker.LineCounts)
            {
                linesPerChunk[chunk] = lines;
            }
        }
        firstLine[0] = 1 + headerLines;
        for (int i = 0; i < chunkCount; i++)
        {
            firstLine[i + 1] = firstLine[i] + linesPerChunk[i];
        }
        return TimelinessReportBuilder.Build(
            workers.Select(w => new TimelinessReportBuilder.Part(
                w.Judge,
                w.GroupCount,
                layout.Key >= 0 ? w.Keys.KeyAt : _ => null)),
            (chunk, line) => firstLine[chunk] + line,
            options.MaxErrors);
    }
}

/// <summary>Where the columns a timeliness read needs are in each record.</summary>
internal sealed class CsvLayout
{
    private CsvLayout(int start, int end, int key, int fieldCount, string startName, string endName, string? keyName)
    {
        FieldCount = fieldCount;
        Start = start;
        End = end;
        Key = key;
        StartName = startName;
        EndName = endName;
        KeyName = keyName;
    }

    internal int Start { get; }

    internal int End { get; }

    /// <summary>The group column, or -1.</summary>
    internal int Key { get; }

    /// <summary>The number of fields in the header, which every record must have.</summary>
    internal int FieldCount { get; }

    internal string StartName { get; }

    internal string EndName { get; }

    internal string? KeyName { get; }

    internal static bool TryCreate(byte[] header, TimelinessCsvOptions options, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CsvLayout? layout, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out RecordError? error)
    {
        layout = null;
        if (!CsvFields.TrySplit(header, out List<string> names, out string? problem))
        {
            error = new RecordError(1, null, "the header line is malformed: " + problem);
            return false;
        }
        for (int i = 0; i < names.Count; i++)
        {
            names[i] = names[i].Trim();
        }
        int start = Find(names, options.StartColumn, out error);
        int end = error is null ? Find(names, options.EndColumn, out error) : -1;
        int key = error is null && options.GroupByColumn is not null ? Find(names, options.GroupByColumn, out error) : -1;
        if (error is not null)
        {
            return false;
        }
        layout = new CsvLayout(start, end, key, names.Count, options.StartColumn, options.EndColumn, options.GroupByColumn);
        return true;
    }

    private static int Find(List<string> names, string column, out RecordError? error)
    {
        int index = names.IndexOf(column);
        if (index < 0)
        {
            error = new RecordError(1, column, "the header has no column '" + column + "' (columns: " + string.Join(", ", names) + ")");
            return -1;
        }
        if (names.LastIndexOf(column) != index)
        {
            error = new RecordError(1, column, "the header names the column '" + column + "' more than once");
            return -1;
        }
        error = null;
        return index;
    }
}

/// <summary>How a field read by <see cref="CsvFields.ReadField"/> ended.</summary>
internal enum CsvFieldEnd
{
    /// <summary>At a comma: another field follows.</summary>
    Comma,

    /// <summary>At the line break that ends the record (or the end of the data).</summary>
    RecordEnd,

    /// <summary>A closing quote followed by text instead of a comma or the record's end (<c>"A"x</c>): malformed.</summary>
    TextAfterQuote,

    /// <summary>A quoted field that does not close before the end of the data.</summary>
    Unclosed,
}

/// <summary>
/// Reads the fields of one CSV record with quoted fields (RFC 4180; a quoted field may hold line breaks), the header's
/// and the records' alike: unquoted text is copied into a <see cref="CsvFieldBuffer"/> span by span.
/// </summary>
internal static class CsvFields
{
    /// <summary>Splits a whole record (the header, without its line break) into unquoted UTF-8 field text.</summary>
    internal static bool TrySplit(ReadOnlySpan<byte> line, out List<string> fields, out string? problem)
    {
        fields = [];
        problem = null;
        var buffer = new CsvFieldBuffer();
        try
        {
            int position = 0;
            while (true)
            {
                buffer.Clear();
                CsvFieldEnd end = ReadField(line, ref position, buffer);
                if (end >= CsvFieldEnd.TextAfterQuote)
                {
                    problem = Problem(end);
                    return false;
                }
                fields.Add(Encoding.UTF8.GetString(buffer.Span));
                if (end == CsvFieldEnd.RecordEnd)
                {
                    return true;
                }
                position++; // the comma
            }
        }
        finally
        {
            buffer.Release();
        }
    }

    /// <summary>The message of a malformed field.</summary>
    internal static string Problem(CsvFieldEnd end) => end == CsvFieldEnd.Unclosed
        ? "a quoted field has no closing quote"
        : "a closing quote is followed by text instead of a comma";

    /// <summary>
    /// Reads the field starting at <paramref name="position"/> and appends its text, unquoted, to
    /// <paramref name="output"/>: a quoted field's runs between quotes are copied whole (<c>""</c> is a quote), an
    /// unquoted field's bytes up to the next comma or line break at once. On return the position is at the comma, at the
    /// record's line break, or at the end of the data; a CR before the line break ends the record with it (CRLF) and is
    /// not part of the field.
    /// </summary>
    internal static CsvFieldEnd ReadField(ReadOnlySpan<byte> data, ref int position, CsvFieldBuffer output)
    {
        if (position < data.Length && data[position] == (byte)'"')
        {
            int q = position + 1;
            while (true)
            {
                int close = data[q..].IndexOf((byte)'"');
                if (close < 0)
                {
                    position = data.Length;
                    return CsvFieldEnd.Unclosed;
                }
                output.Append(data.Slice(q, close));
                q += close + 1;
                if (q < data.Length && data[q] == (byte)'"')
                {
                    output.Append((byte)'"');
                    q++;
                    continue;
                }
                break;
            }
            position = q;
            if (q == data.Length || data[q] == (byte)'\n')
            {
                return CsvFieldEnd.RecordEnd;
            }
            if (data[q] == (byte)',')
            {
                return CsvFieldEnd.Comma;
            }
            if (data[q] == (byte)'\r' && q + 1 < data.Length && data[q + 1] == (byte)'\n')
            {
                position = q + 1;
                return CsvFieldEnd.RecordEnd;
            }
            return CsvFieldEnd.TextAfterQuote;
        }
        int stop = data[position..].IndexOfAny((byte)',', (byte)'\n');
        int end = stop < 0 ? data.Length : position + stop;
        bool comma = stop >= 0 && data[end] == (byte)',';
        int textEnd = !comma && end > position && end < data.Length && data[end - 1] == (byte)'\r' ? end - 1 : end;
        output.Append(data[position..textEnd]);
        position = end;
        return comma ? CsvFieldEnd.Comma : CsvFieldEnd.RecordEnd;
    }
}
