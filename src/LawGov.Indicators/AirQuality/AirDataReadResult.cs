namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The outcome of reading hourly CSV input: the data set, or the error that made the whole input unreadable (no header,
/// a missing or repeated required column). Row-level problems are not failures; they are in <see cref="AirDataSet.Issues"/>.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AirDataReadResult
{
    private readonly AirDataSet? value;

    internal AirDataReadResult(AirDataSet? value, AirDataIssue? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>True when the input could be read.</summary>
    public bool Success => value is not null;

    /// <summary>The data set.</summary>
    /// <exception cref="InvalidOperationException">Reading failed; see <see cref="Error"/>.</exception>
    public AirDataSet Value => value ?? throw new InvalidOperationException("The hourly data could not be read: " + Error);

    /// <summary>Why the input could not be read; null on success.</summary>
    public AirDataIssue? Error { get; }
}
