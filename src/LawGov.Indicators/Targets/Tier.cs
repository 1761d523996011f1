using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// An additional threshold on a target's indicator, judged side by side with the target's own condition: the
/// statutory minimum beside the plan value, or a stretch goal (PM2.5: plan ≤ 52, GB 3095-2012 Grade II ≤ 35).
/// </summary>
/// <remarks>Equality compares level, condition, severity and note.</remarks>
public sealed class Tier : IEquatable<Tier>
{
    /// <summary>Initializes a tier.</summary>
    /// <param name="level">Which threshold this is.</param>
    /// <param name="condition">The condition at this tier.</param>
    /// <param name="severity">How much missing it matters.</param>
    /// <param name="note">Optional source or remark (e.g. <c>GB 3095-2012 Table 1, Grade II</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="condition"/> is null.</exception>
    public Tier(TierLevel level, Condition condition, Severity severity = Severity.Warning, string? note = null)
    {
        Level = Preconditions.CheckDefined(level, nameof(level));
        Condition = Preconditions.CheckNotNull(condition, nameof(condition));
        Severity = Preconditions.CheckDefined(severity, nameof(severity));
        Note = note;
    }

    /// <summary>Which threshold this is.</summary>
    public TierLevel Level { get; }

    /// <summary>The condition at this tier.</summary>
    public Condition Condition { get; }

    /// <summary>How much missing it matters.</summary>
    public Severity Severity { get; }

    /// <summary>Optional source or remark.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(Tier? other) =>
        other is not null && Level == other.Level && Condition.Equals(other.Condition) && Severity == other.Severity && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Tier);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Condition, Severity);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Tier? left, Tier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Tier? left, Tier? right) => !(left == right);
}
