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
/// The input is UTF-8 with a header line (a byte order mark is skipped), comma-separated, one record per line (LF or
/// CRLF); fields may be quoted with <c>"</c> (<c>""</c> for a quote) but a quoted field may not contain a line break.
/// Blank lines are skipped. A record whose dates do not parse, whose completion is before its start, whose start the
/// calendar cannot answer, or that lacks fields is reported in <see cref="TimelinessReport.Errors"/> with its line
/// number and column; the records around it still count.
/// </para>
/// <para>
/// The reader works on bytes in large pooled blocks cut at line breaks, parses dates straight to day numbers, looks
/// due dates up in the rule's precomputed table and interns group keys by their bytes, so it allocates nothing per
/// record; blocks are judged in parallel, each worker with its own counts, merged at the end. Memory is bounded by the
/// blocks in flight and the number of groups (plus the overdue list when asked for).
/// </para>
/// </remarks>
public static class TimelinessCsv
{
    /// <summary>Reads and judges the records.</summary>
    /// <param name="csv">The UTF-8 CSV input; read to its end, not closed.</param>
    /// <param name="options">Columns, rule and limits.</param>
    /// <returns>The report, or a failure when the input is empty or lacks a column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static TimelinessCsvResult Read(Stream csv, TimelinessCsvOptions options)
    {
        Preconditions.CheckNotNull(csv, nameof(csv));
        Preconditions.CheckNotNull(options, nameof(options));
        var chunks = new CsvChunks(csv, options.ChunkSize);
        byte[]? header = chunks.ReadHeader();
        if (header is null)
        {
            return TimelinessCsvResult.Failure(new RecordError(1, null, "the input is empty: expected a header line naming the columns"));
        }
        if (!CsvLayout.TryCreate(header, options, out CsvLayout? layout, out RecordError? error))
        {
            return TimelinessCsvResult.Failure(error);
        }

        var workers = new ConcurrentBag<TimelinessCsvWorker>();
        if (options.MaxDegreeOfParallelism == 1)
        {
            var worker = new TimelinessCsvWorker(layout, options);
            foreach (CsvChunk chunk in chunks.ReadChunks())
            {
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
                    new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
                    () => new TimelinessCsvWorker(layout, options),
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
        // Line numbers: the header is line 1, so the first chunk starts at line 2; each chunk holds whole lines.
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

        var byKey = new Dictionary<string, TimelinessCounts>(StringComparer.Ordinal);
        TimelinessCounts overall = default;
        var errors = new List<RecordError>();
        var overdue = new List<OverdueRecord>();
        long errorCount = 0, recordCount = 0;
        foreach (TimelinessCsvWorker worker in workers)
        {
            for (int group = 0; group < worker.GroupCount; group++)
            {
                TimelinessCounts counts = worker.CountsOf(group);
                overall += counts;
                if (layout.Key >= 0)
                {
                    string key = worker.Keys.KeyAt(group);
                    byKey[key] = byKey.TryGetValue(key, out TimelinessCounts existing) ? existing + counts : counts;
                }
            }
            errorCount += worker.ErrorCount;
            recordCount += worker.RecordCount;
            foreach (PendingError e in worker.Errors)
            {
                errors.Add(new RecordError(firstLine[e.Chunk] + e.Line, e.Column, e.Message));
            }
            foreach (PendingOverdue o in worker.Overdue)
            {
                overdue.Add(new OverdueRecord(
                    firstLine[o.Chunk] + o.Line,
                    layout.Key >= 0 ? worker.Keys.KeyAt(o.Group) : null,
                    DayNumbers.ToDate(o.Start),
                    DayNumbers.ToDate(o.Due),
                    o.End == DayNumbers.None ? null : DayNumbers.ToDate(o.End),
                    o.Days));
            }
        }
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count > options.MaxErrors)
        {
            errors.RemoveRange(options.MaxErrors, errors.Count - options.MaxErrors);
        }
        overdue.Sort((a, b) => a.Line.CompareTo(b.Line));
        TimelinessGroup[] groups = byKey
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new TimelinessGroup(p.Key, p.Value))
            .ToArray();
        return new TimelinessReport(overall, Array.AsReadOnly(groups), overdue.AsReadOnly(), errors.AsReadOnly(), errorCount, recordCount);
    }
}

/// <summary>Where the columns a timeliness read needs are in each record.</summary>
internal sealed class CsvLayout
{
    private CsvLayout(int start, int end, int key, string startName, string endName, string? keyName)
    {
        Start = start;
        End = end;
        Key = key;
        StartName = startName;
        EndName = endName;
        KeyName = keyName;
        Last = Math.Max(start, Math.Max(end, key));
    }

    internal int Start { get; }

    internal int End { get; }

    /// <summary>The group column, or -1.</summary>
    internal int Key { get; }

    /// <summary>The last column a record must have.</summary>
    internal int Last { get; }

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
        layout = new CsvLayout(start, end, key, options.StartColumn, options.EndColumn, options.GroupByColumn);
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

/// <summary>Splits a CSV line with quoted fields (RFC 4180, without line breaks inside fields).</summary>
internal static class CsvFields
{
    /// <summary>Splits a whole line into unquoted UTF-8 field text (the header).</summary>
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
    /// is at the comma after it or at the end of the line.
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
                    problem = "a quoted field has no closing quote (a quoted field may not contain a line break)";
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
