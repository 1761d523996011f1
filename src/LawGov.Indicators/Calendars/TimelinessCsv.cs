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
/// and line numbers count physical lines. A record is at most 1 MiB: a longer line is skipped unread, and a quoted
/// field not closed within 1 MiB (or before the end of the input) makes its first line bad; reading resumes on the
/// next line. Blank lines are skipped. A record whose dates do not parse, whose completion is before its start, whose
/// start the calendar cannot answer, or whose number of fields differs from the header's is reported in
/// <see cref="TimelinessReport.Errors"/> with its (first) line number and column, and not counted; the records around
/// it still count.
/// </para>
/// <para>
/// The reader works on bytes in large pooled blocks cut after whole records, parses dates straight to day numbers,
/// looks due dates up in the rule's precomputed table and interns group keys by their bytes, so it allocates nothing
/// per record; blocks are judged in parallel, each worker with its own counts, merged at the end. Memory is bounded by
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
        return TimelinessCsvResult.Success(Merge(workers.ToArray(), layout, options));
    }

    private static TimelinessReport Merge(TimelinessCsvWorker[] workers, CsvLayout layout, TimelinessCsvOptions options)
    {
        // Line numbers: the header is line 1, so the first chunk starts at line 2; each chunk holds whole records.
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
        firstLine[0] = 2;
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

/// <summary>Splits one CSV record with quoted fields (RFC 4180; a quoted field may hold line breaks).</summary>
internal static class CsvFields
{
    /// <summary>Splits a whole record into unquoted UTF-8 field text (the header).</summary>
    internal static bool TrySplit(ReadOnlySpan<byte> line, out List<string> fields, out string? problem)
    {
        fields = [];
        var buffer = new List<byte>();
        int position = 0;
        while (true)
        {
            buffer.Clear();
            if (!TryReadField(line, ref position, buffer, out problem))
            {
                return false;
            }
            fields.Add(Encoding.UTF8.GetString(buffer.ToArray()));
            if (position >= line.Length)
            {
                return true;
            }
            position++; // the comma
        }
    }

    /// <summary>
    /// Reads one field starting at <paramref name="position"/> into <paramref name="output"/>; on return the position
    /// is at the comma after it or at the end of the record.
    /// </summary>
    internal static bool TryReadField(ReadOnlySpan<byte> line, ref int position, List<byte> output, out string? problem)
    {
        problem = null;
        if (position < line.Length && line[position] == (byte)'"')
        {
            position++;
            while (true)
            {
                int quote = line[position..].IndexOf((byte)'"');
                if (quote < 0)
                {
                    problem = "a quoted field has no closing quote";
                    return false;
                }
                foreach (byte b in line.Slice(position, quote))
                {
                    output.Add(b);
                }
                position += quote + 1;
                if (position < line.Length && line[position] == (byte)'"')
                {
                    output.Add((byte)'"');
                    position++;
                    continue;
                }
                if (position < line.Length && line[position] != (byte)',')
                {
                    problem = "a closing quote is followed by text instead of a comma";
                    return false;
                }
                return true;
            }
        }
        int comma = line[position..].IndexOf((byte)',');
        int end = comma < 0 ? line.Length : position + comma;
        foreach (byte b in line[position..end])
        {
            output.Add(b);
        }
        position = end;
        return true;
    }
}
