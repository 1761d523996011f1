using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// All of several targets must hold: 报备率、报备及时率、规范率均达到100% is three rate targets in one. The result
/// names the components that failed. Components may share a denominator through derived-rate indicators.
/// </summary>
public sealed class CompoundTarget : Target
{
    /// <summary>Initializes a compound target.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="components">The targets that must all hold (at least one).</param>
    /// <param name="period">The period the target applies to.</param>
    /// <param name="scope">Where it applies.</param>
    /// <param name="provenance">Where it comes from.</param>
    /// <param name="severity">How much missing it matters.</param>
    /// <param name="qualifiers">How firmly it is stated.</param>
    /// <param name="note">Optional remark.</param>
    /// <exception cref="ArgumentException"><paramref name="components"/> is empty or has duplicate ids.</exception>
    public CompoundTarget(
        string id,
        IEnumerable<Target> components,
        DateInterval period,
        Scope scope,
        Provenance provenance,
        Severity severity = Severity.Error,
        Qualifiers qualifiers = Qualifiers.None,
        string? note = null)
        : base(id, period, scope, provenance, severity, qualifiers, note)
    {
        Components = Preconditions.CheckNoNulls(Preconditions.CheckNotNull(components, nameof(components)), nameof(components));
        Preconditions.CheckArgument(Components.Count > 0, nameof(components), "A compound target needs at least one component.");
        Preconditions.CheckArgument(
            Components.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() == Components.Count,
            nameof(components),
            "Component ids must be distinct.");
    }

    /// <summary>The targets that must all hold.</summary>
    public IReadOnlyList<Target> Components { get; }

    /// <inheritdoc />
    public override string NameEn => string.Join(", ", Components.Select(c => c.NameEn));

    /// <inheritdoc />
    public override string NameZh => string.Join("、", Components.Select(c => c.NameZh));
}
