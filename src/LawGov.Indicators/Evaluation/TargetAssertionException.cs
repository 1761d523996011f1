namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Thrown by <see cref="TargetAssert"/> when a target is not in the expected state. The message is the result's
/// explanation, in English then Chinese.
/// </summary>
public sealed class TargetAssertionException : Exception
{
    /// <summary>Initializes the exception from one result.</summary>
    /// <param name="result">The failing result.</param>
    public TargetAssertionException(TargetResult result)
        : this([result])
    {
    }

    /// <summary>Initializes the exception from several results.</summary>
    /// <param name="results">The failing results.</param>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public TargetAssertionException(IReadOnlyList<TargetResult> results)
        : base(string.Join(Environment.NewLine, Utility.Preconditions.CheckNotNull(results, nameof(results)).Select(r => r.ExplanationEn + Environment.NewLine + r.ExplanationZh)))
    {
        Results = results;
    }

    /// <summary>The results that failed the assertion.</summary>
    public IReadOnlyList<TargetResult> Results { get; }
}
