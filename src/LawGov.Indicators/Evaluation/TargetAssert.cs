using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Framework-agnostic assertions for test suites: one line per target. A failure throws
/// <see cref="TargetAssertionException"/> whose message is the result's explanation.
/// </summary>
public static class TargetAssert
{
    /// <summary>Asserts that a target is met.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="TargetAssertionException">The status is not <see cref="TargetStatus.Met"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static void Met(TargetResult result) => Status(result, TargetStatus.Met);

    /// <summary>Asserts that a target is met or not applicable.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="TargetAssertionException">The status is neither.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static void MetOrNotApplicable(TargetResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        if (result.Status is not (TargetStatus.Met or TargetStatus.NotApplicable))
        {
            throw new TargetAssertionException(result);
        }
    }

    /// <summary>Asserts a specific status.</summary>
    /// <param name="result">The result.</param>
    /// <param name="expected">The expected status.</param>
    /// <exception cref="TargetAssertionException">The status differs.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static void Status(TargetResult result, TargetStatus expected)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        if (result.Status != expected)
        {
            throw new TargetAssertionException(result);
        }
    }

    /// <summary>Asserts that every target of a catalog evaluation is met or not applicable.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="TargetAssertionException">Some target is neither; the message lists each one.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static void AllMetOrNotApplicable(CatalogEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation, nameof(evaluation));
        var failing = evaluation.Results.Where(r => r.Status is not (TargetStatus.Met or TargetStatus.NotApplicable)).ToList();
        if (failing.Count > 0)
        {
            throw new TargetAssertionException(failing);
        }
    }
}
