using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Daily AQI series and annual assessments (HJ 663) of daily series read by <see cref="HourlyAirData"/>.
/// </summary>
public static class AirQualityAssessment
{
    private static readonly Pollutant[] AnnualMeanPollutants = [Pollutant.Pm25, Pollutant.Pm10, Pollutant.So2, Pollutant.No2];

    /// <summary>Assesses a city and each of its stations for one year.</summary>
    /// <param name="city">The city's daily series.</param>
    /// <param name="options">Standard, year, exclusions and reporting precision.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The standard does not support hourly assessment (US EPA).</exception>
    public static CityAnnualAssessment Annual(CityAirData city, AnnualAssessmentOptions options)
    {
        Preconditions.CheckNotNull(city, nameof(city));
        CheckOptions(options);
        var stations = new SiteAnnualAssessment[city.Stations.Count];
        Parallel.For(
            0,
            stations.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            i => stations[i] = AnnualForSite(city.Stations[i], options));
        return new CityAnnualAssessment(city.Name, options, AnnualForSite(city.City, options), stations);
    }

    /// <summary>Assesses one site (station or city) for one year.</summary>
    /// <param name="site">The site's daily series.</param>
    /// <param name="options">Standard, year, exclusions and reporting precision.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The standard does not support hourly assessment (US EPA).</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static SiteAnnualAssessment AnnualForSite(SiteSeries site, AnnualAssessmentOptions options)
    {
        Preconditions.CheckNotNull(site, nameof(site));
        CheckOptions(options);
        AirQualityStandard standard = options.Standard;
        int year = options.Year;
        AirIndicator[] indicators = standard.DailyIndicators.ToArray();
        int[] slots = indicators.Select(DailyConcentrations.SlotOf).ToArray();
        var iaqis = new IaqiResult[indicators.Length];
        var daysByLevel = new int[6];
        int valid = 0, good = 0, excludedDays = 0;

        // Per pollutant: the valid daily values (24-hour means; O3: MDA8) not excluded, and valid days per month.
        var series = new DailySeriesStatistics[6];
        var months = new int[6, 13];
        for (int p = 0; p < 6; p++)
        {
            series[p] = new DailySeriesStatistics();
        }

        foreach (DailyConcentrations day in site.Days)
        {
            if (day.Date.Year != year)
            {
                continue;
            }
            bool excluded = options.ExcludedDates.Count > 0 && options.ExcludedDates.Contains(day.Date);
            bool hadValidValue = false;
            for (int p = 0; p < 6; p++)
            {
                int slot = p == (int)Pollutant.O3 ? DailyConcentrations.Mda8Slot : p;
                if (day.IsValid(slot))
                {
                    hadValidValue = true;
                    months[p, day.Date.Month]++;
                    if (!excluded)
                    {
                        if (site.CityHours is { } hours)
                        {
                            // A city's daily value may have endless decimals: the annual figures take it exactly.
                            CityHours hour = hours[DayNumbers.FromDate(day.Date)];
                            series[p].Add(CityDaySummarizer.Exact(hour.Sums, hour.Counts, slot));
                        }
                        else
                        {
                            (decimal sum, int count) = day.Exact(slot);
                            series[p].Add(sum, count);
                        }
                    }
                }
            }
            if (excluded)
            {
                // Counted only when the exclusion removed something: a flagged day without a valid daily value is not.
                excludedDays += hadValidValue ? 1 : 0;
                continue;
            }
            if (standard.ComputeDailyAqi(day, indicators, slots, iaqis).Published is int aqi)
            {
                valid++;
                if (aqi <= 100)
                {
                    good++;
                }
                daysByLevel[standard.Categorize(aqi).Level - 1]++;
            }
        }

        var means = new AnnualStatistic[AnnualMeanPollutants.Length];
        for (int i = 0; i < means.Length; i++)
        {
            Pollutant p = AnnualMeanPollutants[i];
            means[i] = Statistic(p, AnnualStatisticKind.AnnualMean, null, series[(int)p].Mean(), months, year, options);
        }
        var percentiles = new AnnualStatistic[6];
        for (int p = 0; p < 6; p++)
        {
            decimal fraction = Hj663.PercentileOf((Pollutant)p);
            percentiles[p] = Statistic((Pollutant)p, AnnualStatisticKind.Percentile, fraction, series[p].Percentile(fraction), months, year, options);
        }

        int calendarDays = CalendarSystem.Iso.GetDaysInYear(year);
        decimal? rate = valid == 0 ? null : options.PercentPrecision.RoundPercent(new Measures.Rate(good, valid));
        PollutantAttainment[] attainment = PollutantAttainment.Judge(means, percentiles, options);
        return new SiteAnnualAssessment(site.Name, calendarDays, excludedDays, valid, good, rate, daysByLevel, means, percentiles, attainment);
    }

    /// <summary>
    /// The daily AQI series of a site under a standard, in date order (days without rows are absent).
    /// </summary>
    /// <param name="site">The site's daily series.</param>
    /// <param name="standard">The standard; its daily indicators are used.</param>
    /// <param name="excludedDates">Flagged days, marked <see cref="DailyAirQuality.IsExcluded"/>; or null.</param>
    /// <returns>The days, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> or <paramref name="standard"/> is null.</exception>
    /// <exception cref="ArgumentException">The standard does not support hourly assessment (US EPA).</exception>
    public static IEnumerable<DailyAirQuality> Daily(SiteSeries site, AirQualityStandard standard, IReadOnlySet<LocalDate>? excludedDates = null)
    {
        Preconditions.CheckNotNull(site, nameof(site));
        CheckStandard(standard);
        return Iterate(site, standard, excludedDates);

        static IEnumerable<DailyAirQuality> Iterate(SiteSeries site, AirQualityStandard standard, IReadOnlySet<LocalDate>? excludedDates)
        {
            foreach (DailyConcentrations day in site.Days)
            {
                AqiResult aqi = standard.Aqi(standard.DailyIndicators.Select(i => new KeyValuePair<AirIndicator, decimal?>(i, day.Value(i))));
                yield return new DailyAirQuality(day, aqi, excludedDates?.Contains(day.Date) == true);
            }
        }
    }

    private static AnnualStatistic Statistic(Pollutant p, AnnualStatisticKind kind, decimal? fraction, Fraction? value, int[,] months, int year, AnnualAssessmentOptions options)
    {
        int validDays = 0;
        var shortMonths = new List<int>();
        for (int m = 1; m <= 12; m++)
        {
            validDays += months[(int)p, m];
            int minimum = m == 2 ? ValidityRules.MinimumDaysInFebruary : ValidityRules.MinimumDaysPerMonth;
            if (months[(int)p, m] < minimum)
            {
                shortMonths.Add(m);
            }
        }
        return new AnnualStatistic(p, kind, fraction, value, options.Precision(p), options.Standard.ConcentrationUnit(p), validDays, shortMonths.AsReadOnly());
    }

    private static void CheckOptions(AnnualAssessmentOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        CheckStandard(options.Standard);
    }

    private static void CheckStandard(AirQualityStandard standard)
    {
        Preconditions.CheckNotNull(standard, nameof(standard));
        Preconditions.CheckArgument(
            standard.SupportsHourlyAssessment,
            nameof(standard),
            $"{standard.Name} cannot assess hourly µg/m³ data: it needs ppb/ppm at a declared reference condition, monitor maxima and its own 8-hour windows.");
    }
}
