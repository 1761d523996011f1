using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A document that sets targets or reports figures: title, number (临政办字〔2020〕86号), issuing body, issue
/// date, the period it governs or covers, and for reports the date by which they were due.
/// </summary>
/// <remarks>Equality compares every property.</remarks>
public sealed class SourceDocument : IEquatable<SourceDocument>
{
    /// <summary>Initializes a document description.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="title">Title as printed.</param>
    /// <param name="kind">Plan, report, regulation…</param>
    /// <param name="number">Document number (文号), if any.</param>
    /// <param name="issuingBody">The body that issued it.</param>
    /// <param name="issued">Issue or publication date.</param>
    /// <param name="effective">The period the document governs (plans) or covers (reports).</param>
    /// <param name="publicationDeadline">For reports: the date by which publication was required.</param>
    /// <param name="url">Where it was published, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="title"/> is blank.</exception>
    public SourceDocument(
        string id,
        string title,
        DocumentKind kind = DocumentKind.Plan,
        string? number = null,
        string? issuingBody = null,
        LocalDate? issued = null,
        DateInterval? effective = null,
        LocalDate? publicationDeadline = null,
        string? url = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Number = number;
        IssuingBody = issuingBody;
        Issued = issued;
        Effective = effective;
        PublicationDeadline = publicationDeadline;
        Url = url;
    }

    /// <summary>Identifier, unique in its catalog.</summary>
    public string Id { get; }

    /// <summary>Title as printed.</summary>
    public string Title { get; }

    /// <summary>What kind of document it is.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Document number (文号), if any.</summary>
    public string? Number { get; }

    /// <summary>The body that issued it.</summary>
    public string? IssuingBody { get; }

    /// <summary>Issue or publication date.</summary>
    public LocalDate? Issued { get; }

    /// <summary>The period the document governs or covers.</summary>
    public DateInterval? Effective { get; }

    /// <summary>For reports: the date by which publication was required.</summary>
    public LocalDate? PublicationDeadline { get; }

    /// <summary>Where it was published, if known.</summary>
    public string? Url { get; }

    /// <summary>The number when there is one, otherwise the title: how a citation names the document.</summary>
    public string Citation => Number ?? Title;

    /// <inheritdoc />
    public bool Equals(SourceDocument? other) =>
        other is not null && Id == other.Id && Title == other.Title && Kind == other.Kind && Number == other.Number
        && IssuingBody == other.IssuingBody && Issued == other.Issued && Equals(Effective, other.Effective)
        && PublicationDeadline == other.PublicationDeadline && Url == other.Url;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceDocument);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Number);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SourceDocument? left, SourceDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SourceDocument? left, SourceDocument? right) => !(left == right);

    /// <summary>The citation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Citation;
}
