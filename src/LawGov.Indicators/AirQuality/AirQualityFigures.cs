using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Turns an annual assessment into reported figures for the catalog indicators that name an air-quality statistic in
/// their <see cref="Indicator.Code"/>, so that plan targets ("annual PM2.5 at most 52 µg/m³", "good-day rate at
/// least 62 %", "at least 227 good days") are judged from hourly monitoring data:
/// <list type="bullet">
/// <item><c>air:PM2.5/annual-mean</c> (also PM10, SO2, NO2): the annual mean of daily means, full precision, µg/m³;</item>
/// <item><c>air:CO/p95</c>, <c>air:O3/p90</c> (any HJ 663 percentile the assessment has): the percentile of the daily series;</item>
/// <item><c>air:good-days</c> and <c>air:valid-days</c>: day counts (unit days), the numerator and denominator of the
/// good-day rate as a derived rate; the good days only for a year with at least 324 valid days;</item>
/// <item><c>air:good-day-rate</c>: good days of valid days, as exact counts.</item>
/// </list>
/// Values are full precision (<see cref="AnnualStatistic.Value"/>: exact, or for a figure with endless decimals a value on
/// its side of every threshold with up to 20 decimals): a target's declared rounding decides how they are compared. A statistic that misses the
/// annual validity rule (324 days, 27 per month, 25 in February) gives no figure; it is listed in
/// <see cref="Skipped"/> with the reason, and the target is then judged as having no data.
/// An indicator may name the AQI standard its figures are computed by (<see cref="Indicator.Standard"/>); one that
/// does not takes the caller's default. <see cref="StandardsToAssess"/> lists the assessments a year needs.
/// </summary>
public sealed class AirQualityFigures
{
    /// <summary>The prefix of indicator codes this class understands.</summary>
    public const string CodePrefix = "air:";

    private AirQualityFigures(IReadOnlyList<ReportedFigure> figures, IReadOnlyList<string> skipped)
    {
        Figures = figures;
        Skipped = skipped;
    }

    /// <summary>The figures, one per coded indicator and scope of the targets for the assessed year.</summary>
    public IReadOnlyList<ReportedFigure> Figures { get; }

    /// <summary>Why a coded indicator got no figure (incomplete statistic, unknown code), one line each.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>
    /// Figures for every indicator of <paramref name="catalog"/> with an <c>air:</c> code that a target uses with the
    /// assessed calendar year as its period (or judges it each year of a period holding that year), in each such target's
    /// scope, and that is computed by the assessment's
    /// standard: the indicator's own <see cref="Indicator.Standard"/>, else <paramref name="defaultStandard"/>.
    /// </summary>
    /// <param name="catalog">The catalog whose targets are to be judged.</param>
    /// <param name="assessment">The annual assessment (the city figures are used).</param>
    /// <param name="source">The document the figures come from (e.g. the monitoring data file).</param>
    /// <param name="defaultStandard">The standard of indicators that name none; null for the assessment's own.</param>
    /// <returns>The figures and the reasons for those left out.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static AirQualityFigures From(Catalog catalog, CityAnnualAssessment assessment, SourceDocument source, AirQualityStandard? defaultStandard = null)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        Preconditions.CheckNotNull(assessment, nameof(assessment));
        Preconditions.CheckNotNull(source, nameof(source));
        string assessed = assessment.Standard.Code;
        string fallback = defaultStandard?.Code ?? assessed;
        var year = Periods.Year(assessment.Year);
        var provenance = new Provenance(source, note: $"{assessed} annual assessment of {assessment.City.Name}");
        var figures = new List<ReportedFigure>();
        var skipped = new List<string>();
        var uses = UsesOf(catalog).Where(u => u.Period.Equals(year)).Distinct().ToList();
        foreach (var (indicator, scope, _) in uses)
        {
            // Indicator.Standard is null or the canonical code of a standard that assesses hourly data (its constructor
            // checks it).
            string named = indicator.Standard ?? fallback;
            if (named != assessed)
            {
                continue; // measured by the assessment under its own standard
            }
            string id = $"{indicator.Id}@{scope}/{assessment.Year.ToString(CultureInfo.InvariantCulture)}";
            if (Measure(indicator, assessment.City, out string? reason) is not { } measured)
            {
                skipped.Add($"{indicator.Id} ({indicator.Code}): {reason}");
                continue;
            }
            if (!measured.Unit.IsCompatibleWith(indicator.Unit))
            {
                skipped.Add($"{indicator.Id} ({indicator.Code}): the statistic is in {measured.Unit.Code()}, the indicator in {indicator.Unit.Code()}");
                continue;
            }
            figures.Add(measured.Rate is { } rate
                ? new ReportedFigure(id, indicator, scope, year, provenance, rate.Numerator, rate.Denominator)
                : new ReportedFigure(id, indicator, scope, year, provenance, value: measured.Value, valueUnit: measured.Unit));
        }
        return new AirQualityFigures(figures, skipped);
    }

    /// <summary>
    /// The standards a year's assessments need: those the catalog's air indicators used in that year's targets name,
    /// and <paramref name="defaultStandard"/> for those that name none, each once.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="defaultStandard">The standard of indicators that name none.</param>
    /// <returns>The standards, in the order the indicators first use them; empty when no target of the year has an air code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<AirQualityStandard> StandardsToAssess(Catalog catalog, int year, AirQualityStandard defaultStandard)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        Preconditions.CheckNotNull(defaultStandard, nameof(defaultStandard));
        var period = Periods.Year(year);
        var standards = new List<AirQualityStandard>();
        foreach (var (indicator, _, _) in UsesOf(catalog).Where(u => u.Period.Equals(period)))
        {
            AirQualityStandard standard = indicator.Standard is { } code && AirQualityStandard.TryParse(code, out AirQualityStandard named)
                ? named
                : defaultStandard;
            if (!standards.Any(s => s.Code == standard.Code))
            {
                standards.Add(standard);
            }
        }
        return standards.AsReadOnly();
    }

    /// <summary>True when <paramref name="indicator"/> names an air-quality statistic.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>True for an <c>air:</c> code.</returns>
    public static bool IsAirIndicator(Indicator indicator) =>
        indicator.Code?.StartsWith(CodePrefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// The calendar years the catalog's air-quality targets are for (the years to assess): a target's year, or every year
    /// of a target judged each year.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The years, ascending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<int> YearsToAssess(Catalog catalog) =>
        UsesOf(Preconditions.CheckNotNull(catalog, nameof(catalog)))
            .Where(u => Periods.IsCalendarYear(u.Period))
            .Select(u => u.Period.Start.Year)
            .Distinct()
            .Order()
            .ToList();

    /// <summary>
    /// Each coded indicator a value target uses (directly, or as a derived rate's counts), with scope and period; a target
    /// judged each year (<see cref="ValueTarget.EachYear"/>) uses it once per calendar year of its period.
    /// </summary>
    private static IEnumerable<(Indicator Indicator, Scope Scope, NodaTime.DateInterval Period)> UsesOf(Catalog catalog)
    {
        foreach (ValueTarget target in catalog.AllTargets.OfType<ValueTarget>())
        {
            Indicator indicator = target.Indicator;
            IEnumerable<Indicator> measured = indicator.IsDerivedRate
                ? [catalog.FindIndicator(indicator.NumeratorId!)!, catalog.FindIndicator(indicator.DenominatorId!)!]
                : [indicator];
            IEnumerable<NodaTime.DateInterval> periods = target.EachYear
                ? Enumerable.Range(target.Period.Start.Year, target.Period.End.Year - target.Period.Start.Year + 1).Select(Periods.Year)
                : [target.Period];
            foreach (Indicator used in measured.Where(IsAirIndicator))
            {
                foreach (NodaTime.DateInterval period in periods)
                {
                    yield return (used, target.Scope, period);
                }
            }
        }
    }


    private readonly record struct Measured(decimal Value, Unit Unit, Rate? Rate);

    private static Measured? Measure(Indicator indicator, SiteAnnualAssessment city, out string? reason)
    {
        reason = null;
        string[] parts = indicator.Code![CodePrefix.Length..].Split('/');
        switch (parts)
        {
            case ["good-days"] when city.ValidDays < ValidityRules.MinimumDaysPerYear:
                // A year with too few valid days says little about its good days: the same rule as the annual means.
                reason = string.Create(CultureInfo.InvariantCulture, $"only {city.ValidDays} valid days (324 needed) to count the year's good days");
                return null;
            case ["good-days"]:
                return new Measured(city.GoodDays, Unit.Days, null);
            case ["valid-days"]:
                return new Measured(city.ValidDays, Unit.Days, null);
            case ["good-day-rate"]:
                return new Measured(0, Unit.Percent, city.GoodDayRate);
            case [string pollutantCode, string statistic] when Pollutants.TryParse(pollutantCode, out Pollutant pollutant):
                AnnualStatistic? found = statistic == "annual-mean"
                    ? city.AnnualMeans.FirstOrDefault(s => s.Pollutant == pollutant)
                    : statistic.Length > 1 && statistic[0] == 'p' && decimal.TryParse(statistic.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out decimal p)
                        ? city.Percentiles.FirstOrDefault(s => s.Pollutant == pollutant && s.Percentile == p / 100m)
                        : null;
                if (found is null)
                {
                    reason = $"the assessment has no {statistic} of {pollutantCode}";
                    return null;
                }
                if (!found.IsComplete || found.Value is not { } value)
                {
                    reason = string.Create(CultureInfo.InvariantCulture,
                        $"{pollutantCode} {statistic} is not valid: {found.ValidDays} valid days (324 needed){(found.ShortMonths.Count > 0 ? ", short months " + string.Join(",", found.ShortMonths) : string.Empty)}");
                    return null;
                }
                return new Measured(value, found.Unit, null);
            default:
                reason = "unknown air-quality code; expected air:<pollutant>/annual-mean, air:<pollutant>/p<percentile>, air:good-days, air:valid-days or air:good-day-rate";
                return null;
        }
    }
}
