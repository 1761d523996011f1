using System.Text.Json.Serialization;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>The JSON document of <c>air</c>: the city and its stations for one year.</summary>
internal sealed record AirAnnualDocument(
    string Standard,
    int Year,
    AirPrecisionDocument Precision,
    long RowsRead,
    long RowsSkipped,
    AirSiteDocument City,
    IReadOnlyList<AirSiteDocument> Stations);

/// <summary>The declared reporting precision of the figures.</summary>
internal sealed record AirPrecisionDocument(string MassConcentration, string Co, string Percent);

/// <summary>One site's annual figures; a figure is null when its valid days do not meet HJ 663 (see <c>coverage</c>).</summary>
internal sealed record AirSiteDocument(
    string Name,
    int CalendarDays,
    int ExcludedDays,
    int ValidDays,
    int GoodDays,
    decimal? GoodDayRate,
    IReadOnlyDictionary<string, int> CategoryDays,
    IReadOnlyDictionary<string, decimal?> AnnualMean,
    IReadOnlyDictionary<string, decimal?> Percentile,
    bool Complete,
    IReadOnlyDictionary<string, AirCoverageDocument> Coverage);

/// <summary>The valid days behind a pollutant's figures and the months short of the minimum.</summary>
internal sealed record AirCoverageDocument(int ValidDays, IReadOnlyList<int> ShortMonths);

/// <summary>The JSON document of <c>air --daily</c>.</summary>
internal sealed record AirDailyDocument(string Standard, string Site, IReadOnlyList<AirDayDocument> Days);

/// <summary>One day: AQI (null when not published), level, category, primary pollutants and each indicator's IAQI.</summary>
internal sealed record AirDayDocument(
    string Date,
    int? Aqi,
    int? Level,
    string? Category,
    IReadOnlyList<string> PrimaryPollutants,
    IReadOnlyDictionary<string, int?> Iaqi,
    bool Excluded);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AirAnnualDocument))]
[JsonSerializable(typeof(AirDailyDocument))]
internal sealed partial class AirJsonContext : JsonSerializerContext
{
}
