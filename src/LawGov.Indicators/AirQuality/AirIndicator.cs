namespace LawGov.Indicators.AirQuality;

/// <summary>
/// A pollutant at an averaging period, the key of one breakpoint column of an AQI table: PM2.5 24h, O3 8h.
/// </summary>
/// <remarks>
/// Equality compares both parts. <c>default</c> is PM2.5 1h (a combination that HJ 633-2012 does not define).
/// </remarks>
public readonly struct AirIndicator : IEquatable<AirIndicator>
{
    /// <summary>Initializes an indicator.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging period.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined enum value.</exception>
    public AirIndicator(Pollutant pollutant, AveragingPeriod averaging)
    {
        Pollutant = Utility.Preconditions.CheckDefined(pollutant, nameof(pollutant));
        Averaging = Utility.Preconditions.CheckDefined(averaging, nameof(averaging));
    }

    /// <summary>The pollutant.</summary>
    public Pollutant Pollutant { get; }

    /// <summary>The averaging period.</summary>
    public AveragingPeriod Averaging { get; }

    /// <inheritdoc />
    public bool Equals(AirIndicator other) => Pollutant == other.Pollutant && Averaging == other.Averaging;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AirIndicator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Pollutant * 3) + (int)Averaging;

    /// <summary>Compares two indicators for equality.</summary>
    /// <param name="left">The first indicator.</param>
    /// <param name="right">The second indicator.</param>
    /// <returns>True when pollutant and averaging period agree.</returns>
    public static bool operator ==(AirIndicator left, AirIndicator right) => left.Equals(right);

    /// <summary>Compares two indicators for inequality.</summary>
    /// <param name="left">The first indicator.</param>
    /// <param name="right">The second indicator.</param>
    /// <returns>True when pollutant or averaging period differ.</returns>
    public static bool operator !=(AirIndicator left, AirIndicator right) => !left.Equals(right);

    /// <summary>Formats as <c>O3 8h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Pollutant.Code() + " " + Averaging.Code();
}
