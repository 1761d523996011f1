namespace LawGov.Indicators.AirQuality;

/// <summary>One day of a site under a standard: its concentrations, its daily AQI and whether it was excluded.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class DailyAirQuality
{
    internal DailyAirQuality(DailyConcentrations concentrations, AqiResult aqi, bool excluded)
    {
        Concentrations = concentrations;
        Aqi = aqi;
        IsExcluded = excluded;
    }

    /// <summary>The day.</summary>
    public NodaTime.LocalDate Date => Concentrations.Date;

    /// <summary>The day's statistics.</summary>
    public DailyConcentrations Concentrations { get; }

    /// <summary>The daily AQI from the standard's daily indicators.</summary>
    public AqiResult Aqi { get; }

    /// <summary>True when the day is flagged for exclusion (dust, exceptional events).</summary>
    public bool IsExcluded { get; }
}
