using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Calendars;

/// <summary>What <see cref="TimelinessCsv.Read"/> reads from a CSV file and how it judges the records.</summary>
/// <remarks>Immutable once created; equality is reference equality.</remarks>
public sealed class TimelinessCsvOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="startColumn">The header name of the start-date column.</param>
    /// <param name="endColumn">The header name of the completion-date column (an empty cell = not completed).</param>
    /// <param name="rule">How records are judged.</param>
    /// <param name="groupByColumn">The header name of the column to group by, or null for overall counts only.</param>
    /// <param name="listOverdue">True to list the overdue records (memory grows with their number).</param>
    /// <param name="maxErrors">How many errors to keep with their messages (all are counted); default 100.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; null for the processor count.</param>
    /// <exception cref="ArgumentException">A column name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxErrors"/> is negative or
    /// <paramref name="maxDegreeOfParallelism"/> is outside 1..1024.</exception>
    public TimelinessCsvOptions(
        string startColumn,
        string endColumn,
        TimelinessRule rule,
        string? groupByColumn = null,
        bool listOverdue = false,
        int maxErrors = 100,
        int? maxDegreeOfParallelism = null)
        : this(startColumn, endColumn, rule, groupByColumn, listOverdue, maxErrors, maxDegreeOfParallelism, DefaultChunkSize)
    {
    }

    internal TimelinessCsvOptions(
        string startColumn,
        string endColumn,
        TimelinessRule rule,
        string? groupByColumn,
        bool listOverdue,
        int maxErrors,
        int? maxDegreeOfParallelism,
        int chunkSize,
        int maskWidth = 0,
        int maxRecordLength = CsvChunks.DefaultMaxRecordLength)
    {
        StartColumn = Preconditions.CheckNotBlank(startColumn, nameof(startColumn));
        EndColumn = Preconditions.CheckNotBlank(endColumn, nameof(endColumn));
        Rule = Preconditions.CheckNotNull(rule, nameof(rule));
        GroupByColumn = string.IsNullOrWhiteSpace(groupByColumn) ? null : groupByColumn;
        ListOverdue = listOverdue;
        Preconditions.CheckArgumentRange(nameof(maxErrors), maxErrors, 0, int.MaxValue);
        MaxErrors = maxErrors;
        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), MaxDegreeOfParallelism, 1, 1024);
        Preconditions.CheckArgumentRange(nameof(chunkSize), chunkSize, 1, 1 << 30);
        ChunkSize = chunkSize;
        Preconditions.CheckArgument(maskWidth is 0 or 128 or 256 or 512, nameof(maskWidth), "The mask width is 0 (the best the machine has), 128, 256 or 512 bits.");
        MaskWidth = maskWidth;
        Preconditions.CheckArgumentRange(nameof(maxRecordLength), maxRecordLength, 64, 1 << 30);
        MaxRecordLength = maxRecordLength;
    }

    private const int DefaultChunkSize = 512 * 1024;

    /// <summary>The header name of the start-date column.</summary>
    public string StartColumn { get; }

    /// <summary>The header name of the completion-date column.</summary>
    public string EndColumn { get; }

    /// <summary>How records are judged.</summary>
    public TimelinessRule Rule { get; }

    /// <summary>The header name of the column to group by, or null for overall counts only.</summary>
    public string? GroupByColumn { get; }

    /// <summary>True to list the overdue records.</summary>
    public bool ListOverdue { get; }

    /// <summary>How many errors are kept with their messages (all are counted).</summary>
    public int MaxErrors { get; }

    /// <summary>The most threads used.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Bytes per work item of the parallel reader, at most <see cref="MaxRecordLength"/> (tests use small chunks to cross boundaries).</summary>
    internal int ChunkSize { get; }

    /// <summary>The SIMD width of the delimiter scan in bits, or 0 for the widest the machine accelerates (tests run each).</summary>
    internal int MaskWidth { get; }

    /// <summary>The longest record read, in bytes: 1 MiB (tests use less).</summary>
    internal int MaxRecordLength { get; }
}
