namespace LawGov.Indicators.AirQuality;

/// <summary>The annual assessment of a city and of each of its stations under one standard.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class CityAnnualAssessment
{
    internal CityAnnualAssessment(string? name, AirQualityStandard standard, ConcentrationLimits limits, LimitGrade grade, int year, SiteAnnualAssessment city, SiteAnnualAssessment[] stations)
    {
        Limits = limits;
        Grade = grade;
        Name = name;
        Standard = standard;
        Year = year;
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

    /// <summary>The year assessed.</summary>
    public int Year { get; }

    /// <summary>The city, from its own daily series (hourly means over stations).</summary>
    public SiteAnnualAssessment City { get; }

    /// <summary>Each station, in input order.</summary>
    public IReadOnlyList<SiteAnnualAssessment> Stations { get; }
}
