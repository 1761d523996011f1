using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// Where a target applies or a figure was measured: a jurisdiction (临沂市) and optionally a unit inside it
/// (市司法局). A target for a whole jurisdiction is judged on the jurisdiction's figure, not a unit's.
/// </summary>
/// <remarks>Equality compares both parts ordinally.</remarks>
public sealed class Scope : IEquatable<Scope>
{
    /// <summary>Initializes a scope.</summary>
    /// <param name="jurisdiction">The city, county or zone.</param>
    /// <param name="unit">Optional department or unit inside it.</param>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is blank.</exception>
    public Scope(string jurisdiction, string? unit = null)
    {
        Jurisdiction = Preconditions.CheckNotBlank(jurisdiction, nameof(jurisdiction));
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit;
    }

    /// <summary>The city, county or zone.</summary>
    public string Jurisdiction { get; }

    /// <summary>The department or unit inside it, or null for the whole jurisdiction.</summary>
    public string? Unit { get; }

    /// <inheritdoc />
    public bool Equals(Scope? other) =>
        other is not null && string.Equals(Jurisdiction, other.Jurisdiction, StringComparison.Ordinal)
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Scope);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Jurisdiction, Unit);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Scope? left, Scope? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Scope? left, Scope? right) => !(left == right);

    /// <summary><c>临沂市</c> or <c>临沂市/市司法局</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Unit is null ? Jurisdiction : Jurisdiction + "/" + Unit;
}
