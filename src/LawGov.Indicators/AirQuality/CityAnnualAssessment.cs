namespace LawGov.Indicators.AirQuality;

/// <summary>The annual assessment of a city and of each of its stations under one standard.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class CityAnnualAssessment
{
    internal CityAnnualAssessment(string? name, AnnualAssessmentOptions options, SiteAnnualAssessment city, SiteAnnualAssessment[] stations)
    {
        Limits = options.Limits!;
        Grade = options.Grade;
        MassConcentrationPrecision = options.MassConcentrationPrecision;
        CoPrecision = options.CoPrecision;
        Name = name;
        Standard = options.Standard;
        Year = options.Year;
        City = city;
        Stations = Array.AsReadOnly(stations);
    }

    /// <summary>The city name, or null when the input had no city column.</summary>
    public string? Name { get; }

    /// <summary>The standard applied.</summary>
    public AirQualityStandard Standard { get; }

    /// <summary>The GB 3095 table the figures were judged against.</summary>
    public ConcentrationLimits Limits { get; }

    /// <summary>The limit grade applied.</summary>
    public LimitGrade Grade { get; }

    /// <summary>
    /// The rule the µg/m³ figures were reported by, and by its <see cref="Measures.RoundingRule.Comparison"/> compared
    /// with their limits (full value or reported value).
    /// </summary>
    public Measures.RoundingRule MassConcentrationPrecision { get; }

    /// <summary>The rule CO (mg/m³) was reported by and, by its comparison, compared with its limit.</summary>
    public Measures.RoundingRule CoPrecision { get; }

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>The city, from its own daily series (hourly means over stations).</summary>
    public SiteAnnualAssessment City { get; }

    /// <summary>Each station, in input order.</summary>
    public IReadOnlyList<SiteAnnualAssessment> Stations { get; }
}
