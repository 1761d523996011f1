using System.Text.Json.Serialization;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>The JSON document of <c>air</c>: the city and its stations for one year.</summary>
internal sealed record AirAnnualDocument(
    string Standard,
    int Year,
    AirPrecisionDocument Precision,
    AirLimitsDocument Limits,
    long RowsRead,
    long RowsSkipped,
    AirSiteDocument City,
    IReadOnlyList<AirSiteDocument> Stations);

/// <summary>The declared reporting precision of the figures.</summary>
internal sealed record AirPrecisionDocument(string MassConcentration, string Co, string Percent);

/// <summary>The GB 3095 limits the figures are judged against.</summary>
internal sealed record AirLimitsDocument(string Code, string Name, string Grade, string Comparison);

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
    IReadOnlyDictionary<string, AirPercentileOfDocument> PercentileOf,
    bool Complete,
    IReadOnlyDictionary<string, AirCoverageDocument> Coverage,
    bool? Attains,
    IReadOnlyDictionary<string, AirAttainmentDocument> Attainment);

/// <summary>A pollutant's attainment: null when a statistic lacks valid days and none exceeds its limit.</summary>
internal sealed record AirAttainmentDocument(bool? Attains, IReadOnlyList<AirLimitCheckDocument> Checks);

/// <summary>One statistic (<c>annual-mean</c>, <c>p95</c> …) against the limit of an averaging period (<c>annual</c>, <c>24h</c>, <c>8h</c>).</summary>
internal sealed record AirLimitCheckDocument(string Statistic, string Averaging, decimal Limit, decimal? Value, bool? Attains);

/// <summary>Which percentile a key of <c>percentile</c> is (95, 98, 90) and of which daily series (<c>24h</c> means or <c>MDA8</c>).</summary>
internal sealed record AirPercentileOfDocument(int Percentile, string Series);

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
