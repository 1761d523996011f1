namespace LawGov.Indicators.AirQuality;

/// <summary>How hourly monitoring data is read.</summary>
/// <remarks>Immutable (init-only). Equality is reference equality.</remarks>
public sealed class HourlyDataOptions
{
    /// <summary>The default options: hour-beginning labels, all processors.</summary>
    public static HourlyDataOptions Default { get; } = new();

    /// <summary>Which end of its hour a timestamp names. Default <see cref="AirQuality.HourLabel.HourBeginning"/>.</summary>
    public HourLabel HourLabel { get; init; } = HourLabel.HourBeginning;

    /// <summary>How many threads parse the CSV and apply its rows (1: the calling thread only). Default: the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many issues are kept in <see cref="AirDataSet.Issues"/>; the rest are only counted. Default 1000.</summary>
    public int MaxIssues { get; init; } = 1000;

    /// <summary>The size of one read chunk in bytes (tests make it small to exercise chunk boundaries).</summary>
    internal int ChunkSize { get; init; } = 1 << 22;
}
