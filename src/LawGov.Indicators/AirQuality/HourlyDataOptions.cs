using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>How hourly monitoring data is read.</summary>
/// <remarks>Immutable. Equality is reference equality.</remarks>
public sealed class HourlyDataOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="hourLabel">Which end of its hour a timestamp names; default hour-beginning.</param>
    /// <param name="maxDegreeOfParallelism">How many threads parse the CSV and apply its rows (1: the calling thread
    /// only); null for the processor count.</param>
    /// <param name="maxIssues">How many issues are kept in <see cref="AirDataSet.Issues"/>; the rest are only counted.
    /// Default 1000.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public HourlyDataOptions(HourLabel hourLabel = HourLabel.HourBeginning, int? maxDegreeOfParallelism = null, int maxIssues = 1000)
        : this(hourLabel, maxDegreeOfParallelism, maxIssues, DefaultChunkSize)
    {
    }

    internal HourlyDataOptions(HourLabel hourLabel, int? maxDegreeOfParallelism, int maxIssues, int chunkSize)
    {
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

    /// <summary>How many threads parse the CSV and apply its rows.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>How many issues are kept in <see cref="AirDataSet.Issues"/>; the rest are only counted.</summary>
    public int MaxIssues { get; }

    /// <summary>The size of one read chunk in bytes (tests make it small to exercise chunk boundaries).</summary>
    internal int ChunkSize { get; }

    /// <summary>Whether the CSV reader may take its fast path for common lines (tests turn it off to compare).</summary>
    internal bool FastLines { get; init; } = true;
}
