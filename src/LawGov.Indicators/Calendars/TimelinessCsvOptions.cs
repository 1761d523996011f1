using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Calendars;

/// <summary>What <see cref="TimelinessCsv.Read"/> reads from a CSV file and how it judges the records.</summary>
/// <remarks>Immutable once created; equality is reference equality.</remarks>
public sealed class TimelinessCsvOptions
{
    private readonly int maxErrors = 100;
    private readonly int maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int chunkSize = 4 * 1024 * 1024;

    /// <summary>Initializes options.</summary>
    /// <param name="startColumn">The header name of the start-date column.</param>
    /// <param name="endColumn">The header name of the completion-date column (an empty cell = not completed).</param>
    /// <param name="rule">How records are judged.</param>
    /// <exception cref="ArgumentException">A column name is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public TimelinessCsvOptions(string startColumn, string endColumn, TimelinessRule rule)
    {
        StartColumn = Preconditions.CheckNotBlank(startColumn, nameof(startColumn));
        EndColumn = Preconditions.CheckNotBlank(endColumn, nameof(endColumn));
        Rule = Preconditions.CheckNotNull(rule, nameof(rule));
    }

    /// <summary>The header name of the start-date column.</summary>
    public string StartColumn { get; }

    /// <summary>The header name of the completion-date column.</summary>
    public string EndColumn { get; }

    /// <summary>How records are judged.</summary>
    public TimelinessRule Rule { get; }

    /// <summary>The header name of the column to group by, or null for overall counts only.</summary>
    public string? GroupByColumn { get; init; }

    /// <summary>True to list the overdue records (memory grows with their number).</summary>
    public bool ListOverdue { get; init; }

    /// <summary>How many errors to keep with their messages (all are counted); default 100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxErrors), value, 0, int.MaxValue);
            maxErrors = value;
        }
    }

    /// <summary>The most threads to use; default the processor count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxDegreeOfParallelism), value, 1, 1024);
            maxDegreeOfParallelism = value;
        }
    }

    /// <summary>The size of the blocks the input is read and split in (tests use small blocks to hit the seams).</summary>
    internal int ChunkSize
    {
        get => chunkSize;
        init
        {
            Preconditions.CheckArgumentRange(nameof(ChunkSize), value, 1, 1 << 30);
            chunkSize = value;
        }
    }
}
