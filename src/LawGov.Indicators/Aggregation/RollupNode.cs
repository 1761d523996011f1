using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// The rolled-up value of one unit of an <see cref="OrganisationTree"/>, its judgment against the target, the children
/// that made the value, and the units below it that could not contribute.
/// </summary>
/// <remarks>
/// Immutable; equality is reference equality. <see cref="Result"/>'s target is the target given to the rollup, so the
/// unit is here, not on the result.
/// </remarks>
public sealed class RollupNode
{
    internal RollupNode(
        OrganisationUnit unit,
        TargetResult result,
        Rate? rate,
        decimal? value,
        IReadOnlyList<string> contributors,
        IReadOnlyList<string> missingUnits,
        IReadOnlyList<string> invalidUnits)
    {
        Unit = unit;
        Result = result;
        Rate = rate;
        Value = value;
        Contributors = contributors;
        MissingUnits = missingUnits;
        InvalidUnits = invalidUnits;
    }

    /// <summary>The unit.</summary>
    public OrganisationUnit Unit { get; }

    /// <summary>The judgment of the unit's value against the target.</summary>
    public TargetResult Result { get; }

    /// <summary>The outcome (<see cref="TargetResult.Status"/>).</summary>
    public TargetStatus Status => Result.Status;

    /// <summary>
    /// The value as exact counts, when it is counts: a leaf's rate, a ratio of sums, or the rate of the worst or
    /// largest child. 0/0 when nothing below had anything to count; null otherwise.
    /// </summary>
    public Rate? Rate { get; }

    /// <summary>
    /// The value as a decimal: a defined <see cref="Rate"/> in percent (to 28 significant digits), a mean, a sum, a
    /// decimal leaf, or — for <see cref="Targets.RollupMethod.CountMeetingTarget"/> — the number of children meeting
    /// the target. Null when there is no value (no data, not applicable, or an impossible leaf value).
    /// </summary>
    public decimal? Value { get; }

    /// <summary>
    /// The ids of the children whose values made this value, in tree order: every child counted (ratio of sums, mean,
    /// sum), the one chosen (worst child, maximum), or those meeting the target (count); empty for a leaf.
    /// </summary>
    public IReadOnlyList<string> Contributors { get; }

    /// <summary>The ids of the leaves at or below this unit with no value given (no data), in tree order.</summary>
    public IReadOnlyList<string> MissingUnits { get; }

    /// <summary>The ids of the units at or below this unit whose value is impossible for the target (a leaf's share above
    /// 100 %, n/0) or out of range (a leaf's rate that cannot be rounded exactly, an exact sum that does not fit), in tree
    /// order, a unit before those below it; they are left out of every value above them.</summary>
    public IReadOnlyList<string> InvalidUnits { get; }

    /// <summary>True when every leaf at or below this unit gave a usable value.</summary>
    public bool IsComplete => MissingUnits.Count == 0 && InvalidUnits.Count == 0;
}
