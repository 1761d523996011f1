using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// One unit of an organisational hierarchy — a city, a county, a department — with its parent, if any.
/// </summary>
/// <remarks>Immutable. Equality compares the id, the name and the parent id, ordinally.</remarks>
public sealed class OrganisationUnit : IEquatable<OrganisationUnit>
{
    /// <summary>Initializes a unit.</summary>
    /// <param name="id">Identifier, unique in its tree (the key records and figures use).</param>
    /// <param name="name">Display name, e.g. 兰山区.</param>
    /// <param name="parentId">The parent unit's id, or null for a root.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank, or
    /// <paramref name="parentId"/> is blank but not null.</exception>
    public OrganisationUnit(string id, string name, string? parentId = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckArgument(parentId is null || !string.IsNullOrWhiteSpace(parentId), nameof(parentId), "A parent id must not be blank; use null for a root.");
        ParentId = parentId;
    }

    /// <summary>Identifier, unique in its tree.</summary>
    public string Id { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>The parent's id, or null for a root.</summary>
    public string? ParentId { get; }

    /// <inheritdoc />
    public bool Equals(OrganisationUnit? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(ParentId, other.ParentId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganisationUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ParentId);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(OrganisationUnit? left, OrganisationUnit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(OrganisationUnit? left, OrganisationUnit? right) => !(left == right);

    /// <summary>Formats as <c>lanshan (兰山区)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
