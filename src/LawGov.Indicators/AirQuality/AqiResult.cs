namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The air quality index (AQI) of a set of indicator concentrations under one standard: the published value or the
/// reason none is published, the category, the sub-indices and the primary and exceeding pollutants.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AqiResult
{
    internal AqiResult(
        int? value,
        string? reason,
        AqiCategory? category,
        IReadOnlyDictionary<AirIndicator, IaqiResult> subIndices,
        IReadOnlyList<Pollutant> primaryPollutants,
        IReadOnlyList<Pollutant> exceedingPollutants,
        IReadOnlyList<AirIndicator> missingIndicators)
    {
        Value = value;
        Reason = reason;
        Category = category;
        SubIndices = subIndices;
        PrimaryPollutants = primaryPollutants;
        ExceedingPollutants = exceedingPollutants;
        MissingIndicators = missingIndicators;
    }

    /// <summary>The published AQI (the largest sub-index, rounded by the standard's rule), or null.</summary>
    public int? Value { get; }

    /// <summary>True when an AQI is published.</summary>
    public bool IsPublished => Value.HasValue;

    /// <summary>Why no AQI is published, or which rule allowed a partial one; null for a complete, ordinary AQI.</summary>
    public string? Reason { get; }

    /// <summary>The level of the published AQI; null when none is published.</summary>
    public AqiCategory? Category { get; }

    /// <summary>The sub-index of every supplied indicator, in the order supplied (missing ones are absent).</summary>
    public IReadOnlyDictionary<AirIndicator, IaqiResult> SubIndices { get; }

    /// <summary>
    /// Primary pollutants (首要污染物): every pollutant whose sub-index equals the AQI, when the AQI exceeds the
    /// standard's threshold (HJ 633: above 50); empty otherwise.
    /// </summary>
    public IReadOnlyList<Pollutant> PrimaryPollutants { get; }

    /// <summary>Exceeding pollutants (超标污染物, HJ 633-2012 only): every pollutant with a sub-index above 100.</summary>
    public IReadOnlyList<Pollutant> ExceedingPollutants { get; }

    /// <summary>Indicators supplied without a value (null), which make the AQI partial.</summary>
    public IReadOnlyList<AirIndicator> MissingIndicators { get; }

    /// <summary>True when every supplied indicator had a value.</summary>
    public bool IsComplete => MissingIndicators.Count == 0;

    /// <summary>The AQI, or <c>NA</c> with the reason.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Value is int aqi ? aqi.ToString(System.Globalization.CultureInfo.InvariantCulture) : "NA (" + Reason + ")";
}
