using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// Where a target or figure comes from: the document, the clause, and the units responsible (lead and
/// cooperating), so every result can be traced back to its source.
/// </summary>
/// <remarks>Equality compares every property, lists element by element.</remarks>
public sealed class Provenance : IEquatable<Provenance>
{
    /// <summary>Initializes a provenance.</summary>
    /// <param name="document">The source document.</param>
    /// <param name="clause">Clause, article or section (e.g. <c>一、5</c>, <c>(二)7</c>).</param>
    /// <param name="leadUnits">Units responsible (牵头/责任单位).</param>
    /// <param name="cooperatingUnits">Units that cooperate (配合单位).</param>
    /// <param name="note">Optional remark about how the figure or target was read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public Provenance(
        SourceDocument document,
        string? clause = null,
        IEnumerable<string>? leadUnits = null,
        IEnumerable<string>? cooperatingUnits = null,
        string? note = null)
    {
        Document = Preconditions.CheckNotNull(document, nameof(document));
        Clause = clause;
        LeadUnits = Preconditions.CheckNoNulls(leadUnits, nameof(leadUnits));
        CooperatingUnits = Preconditions.CheckNoNulls(cooperatingUnits, nameof(cooperatingUnits));
        Note = note;
    }

    /// <summary>The source document.</summary>
    public SourceDocument Document { get; }

    /// <summary>Clause, article or section, if given.</summary>
    public string? Clause { get; }

    /// <summary>Units responsible.</summary>
    public IReadOnlyList<string> LeadUnits { get; }

    /// <summary>Units that cooperate.</summary>
    public IReadOnlyList<string> CooperatingUnits { get; }

    /// <summary>Optional remark.</summary>
    public string? Note { get; }

    /// <summary><c>临政办字〔2020〕86号 §5</c>: document citation and clause.</summary>
    public string Citation => Clause is null ? Document.Citation : Document.Citation + " §" + Clause;

    /// <inheritdoc />
    public bool Equals(Provenance? other) =>
        other is not null && Document.Equals(other.Document) && Clause == other.Clause
        && LeadUnits.SequenceEqual(other.LeadUnits) && CooperatingUnits.SequenceEqual(other.CooperatingUnits)
        && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, Clause);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Provenance? left, Provenance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Provenance? left, Provenance? right) => !(left == right);

    /// <summary>The citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Citation;
}
