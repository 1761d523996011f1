using System.Globalization;

namespace LawGov.Indicators.AirQuality;

/// <summary>An sRGB colour of an AQI category, such as HJ 633 Appendix A's green 0,228,0.</summary>
/// <remarks>Equality compares the three channels. <c>default</c> is black (0,0,0).</remarks>
public readonly struct RgbColour : IEquatable<RgbColour>
{
    /// <summary>Initializes a colour from its channels.</summary>
    /// <param name="red">Red, 0–255.</param>
    /// <param name="green">Green, 0–255.</param>
    /// <param name="blue">Blue, 0–255.</param>
    public RgbColour(byte red, byte green, byte blue)
    {
        Red = red;
        Green = green;
        Blue = blue;
    }

    /// <summary>The red channel.</summary>
    public byte Red { get; }

    /// <summary>The green channel.</summary>
    public byte Green { get; }

    /// <summary>The blue channel.</summary>
    public byte Blue { get; }

    /// <inheritdoc />
    public bool Equals(RgbColour other) => Red == other.Red && Green == other.Green && Blue == other.Blue;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RgbColour other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Red << 16) | (Green << 8) | Blue;

    /// <summary>Compares two colours for equality.</summary>
    /// <param name="left">The first colour.</param>
    /// <param name="right">The second colour.</param>
    /// <returns>True when all channels agree.</returns>
    public static bool operator ==(RgbColour left, RgbColour right) => left.Equals(right);

    /// <summary>Compares two colours for inequality.</summary>
    /// <param name="left">The first colour.</param>
    /// <param name="right">The second colour.</param>
    /// <returns>True when a channel differs.</returns>
    public static bool operator !=(RgbColour left, RgbColour right) => !left.Equals(right);

    /// <summary>Formats as <c>#RRGGBB</c>, e.g. <c>#00E400</c>.</summary>
    /// <returns>The hexadecimal text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Red:X2}{Green:X2}{Blue:X2}");
}
