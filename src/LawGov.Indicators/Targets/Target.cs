using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A target from a plan: what must hold, for which period and scope, and where it comes from. The concrete
/// kinds are <see cref="ValueTarget"/> (a value against a condition), <see cref="DeadlineTarget"/> (done by a
/// date) and <see cref="CompoundTarget"/> (all of several targets).
/// </summary>
public abstract class Target
{
    private protected Target(
        string id,
        DateInterval period,
        Scope scope,
        Provenance provenance,
        Severity severity,
        Qualifiers qualifiers,
        string? note)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Period = Preconditions.CheckNotNull(period, nameof(period));
        Scope = Preconditions.CheckNotNull(scope, nameof(scope));
        Provenance = Preconditions.CheckNotNull(provenance, nameof(provenance));
        Severity = Preconditions.CheckDefined(severity, nameof(severity));
        Qualifiers = QualifierCodes.CheckKnown(qualifiers, nameof(qualifiers));
        Note = note;
    }

    /// <summary>Identifier, unique in its catalog.</summary>
    public string Id { get; }

    /// <summary>The period the target applies to (figures for other periods are not judged against it).</summary>
    public DateInterval Period { get; }

    /// <summary>Where the target applies.</summary>
    public Scope Scope { get; }

    /// <summary>Where the target comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>How much missing the target matters.</summary>
    public Severity Severity { get; }

    /// <summary>How firmly the document states the target.</summary>
    public Qualifiers Qualifiers { get; }

    /// <summary>Optional remark by the catalog author.</summary>
    public string? Note { get; }

    /// <summary>A short English name of what is measured (the indicator name, or a list for compounds).</summary>
    public abstract string NameEn { get; }

    /// <summary>A short Chinese name of what is measured.</summary>
    public abstract string NameZh { get; }

    /// <summary>The id and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {NameEn}";
}
