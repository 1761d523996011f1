using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>How hourly monitoring data is read.</summary>
/// <remarks>Immutable. Equality is reference equality.</remarks>
public sealed class HourlyDataOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="hourLabel">Which end of its hour a timestamp names; default hour-beginning.</param>
    /// <param name="maxDegreeOfParallelism">How many threads read the CSV (1: the calling thread only; more: parts of a
    /// file or of a memory stream with a visible buffer at once, and the assessment's stations); null for the processor
    /// count.</param>
    /// <param name="maxIssues">How many issues are kept in <see cref="AirDataSet.Issues"/>; the rest are only counted.
    /// Default 1000.</param>
    /// <param name="progress">Receives the number of input bytes read so far (see <see cref="Progress"/>); null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public HourlyDataOptions(HourLabel hourLabel = HourLabel.HourBeginning, int? maxDegreeOfParallelism = null, int maxIssues = 1000, IProgress<long>? progress = null)
        : this(hourLabel, maxDegreeOfParallelism, maxIssues, DefaultChunkSize, progress)
    {
    }

    internal HourlyDataOptions(HourLabel hourLabel, int? maxDegreeOfParallelism, int maxIssues, int chunkSize, IProgress<long>? progress = null)
    {
        Progress = progress;
        HourLabel = Preconditions.CheckDefined(hourLabel, nameof(hourLabel));
        MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), MaxDegreeOfParallelism, 1, 1024);
        Preconditions.CheckArgumentRange(nameof(maxIssues), maxIssues, 0, int.MaxValue);
        MaxIssues = maxIssues;
        Preconditions.CheckArgumentRange(nameof(chunkSize), chunkSize, 16, 1 << 30);
        ChunkSize = chunkSize;
    }

    private const int DefaultChunkSize = 1 << 19;

    /// <summary>The default options: hour-beginning labels, all processors.</summary>
    public static HourlyDataOptions Default { get; } = new();

    /// <summary>Which end of its hour a timestamp names.</summary>
    public HourLabel HourLabel { get; }

    /// <summary>How many threads read the CSV.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>How many issues are kept in <see cref="AirDataSet.Issues"/>; the rest are only counted.</summary>
    public int MaxIssues { get; }

    /// <summary>The size of one read chunk in bytes (tests make it small to exercise chunk boundaries).</summary>
    internal int ChunkSize { get; }

    /// <summary>
    /// Receives the number of input bytes read so far (the header included), after each block, while a CSV file is read;
    /// null for none. With more than one thread, reports come from the reading threads, one at a time, and may arrive
    /// out of order by a block or so.
    /// </summary>
    public IProgress<long>? Progress { get; }

    /// <summary>Whether the CSV reader may take its fast path for common lines (tests turn it off to compare).</summary>
    internal bool FastLines { get; init; } = true;

    /// <summary>
    /// The fast path's vector width in bits: 0 (default) for the widest the hardware accelerates, 256 or 512 to choose
    /// (tests run the fast path at both widths on any machine); any other width throws
    /// <see cref="ArgumentOutOfRangeException"/> rather than silently meaning 256.
    /// </summary>
    internal int FastPathVectorBits
    {
        get => fastPathVectorBits;
        init => fastPathVectorBits = value is 0 or 256 or 512
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FastPathVectorBits), value, "Expected 0 (the widest the hardware accelerates), 256 or 512.");
    }

    private readonly int fastPathVectorBits;
}
