namespace LawGov.Indicators.AirQuality;

/// <summary>Whether a standard gives an individual index (IAQI) for a concentration.</summary>
public enum IaqiStatus
{
    /// <summary>The standard defines the index; <see cref="IaqiResult.Value"/> holds it.</summary>
    Defined = 0,

    /// <summary>
    /// The column exists but does not apply to this concentration, and the value contributes nothing to the AQI
    /// (US EPA: 1-hour O3 below 0.125 ppm, 24-hour SO2 below 305 ppb).
    /// </summary>
    NotApplicable = 1,

    /// <summary>
    /// The standard gives no index: an undefined pollutant/averaging combination, a negative or implausibly large
    /// concentration, or a value whose index must come from another averaging period that was not supplied.
    /// </summary>
    Undefined = 2,
}

/// <summary>
/// The individual air quality index (IAQI, 空气质量分指数) of one concentration, or the reason there is none.
/// </summary>
/// <remarks>
/// Equality compares status, value and explanation. <c>default</c> is a defined index of 0 with no explanation.
/// </remarks>
public readonly struct IaqiResult : IEquatable<IaqiResult>
{
    private readonly int value;

    private IaqiResult(IaqiStatus status, int value, string? explanation, AveragingPeriod? substitute, int? substituteFloor)
    {
        Status = status;
        this.value = value;
        Explanation = explanation;
        Substitute = substitute;
        SubstituteFloor = substituteFloor;
    }

    /// <summary>Whether the index is defined.</summary>
    public IaqiStatus Status { get; }

    /// <summary>True when <see cref="Status"/> is <see cref="IaqiStatus.Defined"/>.</summary>
    public bool IsDefined => Status == IaqiStatus.Defined;

    /// <summary>The index, an integer rounded by the standard's rule.</summary>
    /// <exception cref="InvalidOperationException">The index is not defined.</exception>
    public int Value => IsDefined ? value : throw new InvalidOperationException("The IAQI is not defined: " + Explanation);

    /// <summary>
    /// Why there is no index, or which special rule of the standard produced it (e.g. HJ 633-2026 sets SO2 1h
    /// above 800 µg/m³ to 200); null for an ordinary interpolation.
    /// </summary>
    public string? Explanation { get; }

    /// <summary>The averaging period of the same pollutant whose index replaces this one (HJ 633-2012 notes 2 and 3, EPA O3 and SO2).</summary>
    internal AveragingPeriod? Substitute { get; }

    /// <summary>The index to use when the substitute's own column does not apply (EPA: SO2 24h below 305 ppb gives 200).</summary>
    internal int? SubstituteFloor { get; }

    internal static IaqiResult Defined(int value, string? explanation = null) => new(IaqiStatus.Defined, value, explanation, null, null);

    internal static IaqiResult NotApplicable(string reason) => new(IaqiStatus.NotApplicable, 0, reason, null, null);

    internal static IaqiResult Undefined(string reason) => new(IaqiStatus.Undefined, 0, reason, null, null);

    internal static IaqiResult Substituted(AveragingPeriod substitute, int? floor, string reason) =>
        new(IaqiStatus.Undefined, 0, reason, substitute, floor);

    /// <inheritdoc />
    public bool Equals(IaqiResult other) =>
        Status == other.Status && value == other.value && Explanation == other.Explanation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IaqiResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, value, Explanation);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when status, value and explanation agree.</returns>
    public static bool operator ==(IaqiResult left, IaqiResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IaqiResult left, IaqiResult right) => !left.Equals(right);

    /// <summary>The index as text, or the status and reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsDefined ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : Status + ": " + Explanation;
}
