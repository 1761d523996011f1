using System.Globalization;

namespace LawGov.Indicators.Targets;

/// <summary>One end of a <see cref="Condition"/>: a value and whether the value itself satisfies the condition.</summary>
/// <remarks>Equality compares both parts exactly (62 and 62.0 are equal). <c>default</c> is an exclusive bound at 0.</remarks>
public readonly struct Bound : IEquatable<Bound>
{
    /// <summary>Initializes a bound.</summary>
    /// <param name="value">The limit value, in the indicator's unit.</param>
    /// <param name="inclusive">True when the limit itself satisfies the condition (以上, 以下, 不少于, 不超过, 达到).</param>
    public Bound(decimal value, bool inclusive)
    {
        Value = value;
        Inclusive = inclusive;
    }

    /// <summary>The limit value.</summary>
    public decimal Value { get; }

    /// <summary>True when the limit itself satisfies the condition.</summary>
    public bool Inclusive { get; }

    /// <inheritdoc />
    public bool Equals(Bound other) => Value == other.Value && Inclusive == other.Inclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Bound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Inclusive);

    /// <summary>Equality of value and inclusivity.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Bound left, Bound right) => left.Equals(right);

    /// <summary>Inequality of value or inclusivity.</summary>
    /// <param name="left">The first bound.</param>
    /// <param name="right">The second bound.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Bound left, Bound right) => !left.Equals(right);

    /// <summary>The value followed by <c>(inclusive)</c> or <c>(exclusive)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Value.ToString(CultureInfo.InvariantCulture) + (Inclusive ? " (inclusive)" : " (exclusive)");
}
