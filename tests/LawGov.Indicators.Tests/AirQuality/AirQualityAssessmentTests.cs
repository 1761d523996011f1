using System.Text;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirQualityAssessmentTests
{
    /// <summary>
    /// One station "A" for a whole year; <paramref name="hours"/> gives the PM2.5 of each hour (null: no row at all), the
    /// other pollutants are PM10 20, SO2 5, NO2 20, CO 0.5 (or <paramref name="co"/>), O3 60 (or <paramref name="o3"/>). Daily AQI under HJ 633-2012 with PM2.5 10:
    /// IAQIs PM2.5 15, PM10 20, SO2 5, NO2 25, CO 13, O3 8h 30, O3 1h 19 -> AQI 30 (level 1).
    /// </summary>
    private static SiteSeries Year(int year, Func<LocalDateTime, string?> hours, string o3 = "60", string co = "0.5")
    {
        var csv = new HourlyCsv();
        for (LocalDate day = new(year, 1, 1); day.Year == year; day = day.PlusDays(1))
        {
            for (int h = 0; h < 24; h++)
            {
                LocalDateTime time = day.At(new LocalTime(h, 0));
                if (hours(time) is string pm25)
                {
                    csv.Row("A", time, pm25: pm25, co: co, o3: o3);
                }
            }
        }
        AirDataSet data = HourlyAirData.ReadCsv(csv.ToStream()).Value;
        Assert.Empty(data.Issues);
        return data.Cities[0].Stations[0];
    }

    private static AnnualAssessmentOptions Options(int year, AirQualityStandard? standard = null, params LocalDate[] excluded) =>
        new(standard ?? AirQualityStandard.Hj633_2012, year, excluded);

    [Fact]
    public void AnnualForSite_FullLeapYear_CountsEveryDay()
    {
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2024, _ => "10"), Options(2024));

        Assert.Equal(366, result.CalendarDays); // 2024 is a leap year
        Assert.Equal(366, result.ValidDays);
        Assert.Equal(366, result.GoodDays);
        Assert.Equal(100.0m, result.ReportedGoodDayRate);
        Assert.Equal([366, 0, 0, 0, 0, 0], result.DaysByLevel); // AQI 30 every day: level 1
        Assert.Equal(10m, result.AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25).Value);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void AnnualForSite_February25ValidDays_IsComplete()
    {
        // 2023: February 1-3 have 19 hours (hour 0-4 rows absent), so 25 valid days in February (minimum 25).
        SiteSeries site = Year(2023, t => t.Month == 2 && t.Day <= 3 && t.Hour < 5 ? null : "10");

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2023)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(362, pm25.ValidDays);
        Assert.Empty(pm25.ShortMonths);
        Assert.True(pm25.IsComplete);
    }

    [Fact]
    public void AnnualForSite_February24ValidDays_IsIncomplete()
    {
        // February 1-4 invalid: 24 valid days < 25 (GB 3095 Table 4).
        SiteSeries site = Year(2023, t => t.Month == 2 && t.Day <= 4 && t.Hour < 5 ? null : "10");

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2023)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal([2], pm25.ShortMonths);
        Assert.False(pm25.IsComplete);
    }

    [Fact]
    public void AnnualForSite_LeapFebruaryWith25Of29Days_IsComplete()
    {
        // 2024-02 has 29 days; 4 invalid leaves 25.
        SiteSeries site = Year(2024, t => t.Month == 2 && t.Day <= 4 && t.Hour < 5 ? null : "10");

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2024)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(362, pm25.ValidDays);
        Assert.True(pm25.IsComplete);
    }

    // Days removed per month so each month keeps its minimum (27; February 25) while the year keeps 323 or 324 days:
    // 2023 removes 4,3,4,3,4,3,4,4,3,4,3 days from January-November and 3 (or 2) from December: 365 - 42 = 323.
    private static readonly int[] Removed = [4, 3, 4, 3, 4, 3, 4, 4, 3, 4, 3, 3];

    [Theory]
    [InlineData(3, 323, false)]
    [InlineData(2, 324, true)]
    public void AnnualForSite_323Or324Days_FollowsTheYearlyMinimum(int removedInDecember, int days, bool complete)
    {
        SiteSeries site = Year(2023, t => t.Day <= (t.Month == 12 ? removedInDecember : Removed[t.Month - 1]) ? null : "10");

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2023)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(days, pm25.ValidDays);
        Assert.Empty(pm25.ShortMonths);
        Assert.Equal(complete, pm25.IsComplete);
    }

    [Fact]
    public void AnnualForSite_HalfYearOfRows_CountsMissingMonthsAgainstTheCalendar()
    {
        // Rows only January-June: July-December are missing rows, hence missing values; the year is incomplete.
        SiteSeries site = Year(2023, t => t.Month <= 6 ? "10" : null);

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(site, Options(2023));

        Assert.Equal([7, 8, 9, 10, 11, 12], result.AnnualMeans[0].ShortMonths);
        Assert.Equal(181, result.ValidDays);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void AnnualForSite_AnnualMean_IsTheMeanOfDailyMeansNotOfHours()
    {
        // 2023-01-01: 24 hours of 10 (mean 10); 2023-01-02: 20 hours of 40 (mean 40); no other rows.
        // Annual mean (10 + 40) / 2 = 25 (GB 3095-2026 §3.13); the hourly mean would be 1040 / 44 = 23.6.
        SiteSeries site = Year(2023, t => t.Month == 1 && t.Day == 1 ? "10" : t.Month == 1 && t.Day == 2 && t.Hour < 20 ? "40" : null);

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2023)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(25m, pm25.Value);
        Assert.Equal(25m, pm25.ReportedValue);
    }

    [Fact]
    public void AnnualForSite_Percentile_UsesTheDailySeriesNotHours()
    {
        // Every day: 12 hours of 0 and 12 of 100 -> daily mean 50 every day -> daily p95 = 50 (hourly p95 would be 100).
        SiteSeries site = Year(2023, t => t.Hour < 12 ? "0" : "100");

        AnnualStatistic p95 = AirQualityAssessment.AnnualForSite(site, Options(2023)).Percentiles.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(50m, p95.Value);
        Assert.Equal(0.95m, p95.Percentile);
    }

    [Fact]
    public void AnnualForSite_PollutedDays_LowerTheGoodDayRate()
    {
        // PM2.5 200 on January 1-10: IAQI 100/(250-150)*(200-150)+200 = 250 (level 5); 355 good of 365 = 97.26 % -> 97.3 (1 dp).
        SiteSeries site = Year(2023, t => t.Month == 1 && t.Day <= 10 ? "200" : "10");

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(site, Options(2023));

        Assert.Equal(365, result.ValidDays);
        Assert.Equal(355, result.GoodDays);
        Assert.Equal(new LawGov.Indicators.Measures.Rate(355, 365), result.GoodDayRate);
        Assert.Equal(97.3m, result.ReportedGoodDayRate);
        Assert.Equal(10, result.DaysByLevel[4]);
    }

    [Fact]
    public void AnnualForSite_ExcludedDays_LeaveEveryStatisticButStillCountAsData()
    {
        // Exclude 2023-01-01 and 01-02 (PM2.5 200): 363 valid AQI days, all good; mean 10; completeness still sees 365 days.
        SiteSeries site = Year(2023, t => t.Month == 1 && t.Day <= 2 ? "200" : "10");

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(site, Options(2023, null, new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 2), new LocalDate(2024, 1, 1)));

        Assert.Equal(2, result.ExcludedDays); // 2024-01-01 is not in the year
        Assert.Equal(363, result.ValidDays);
        Assert.Equal(363, result.GoodDays);
        AnnualStatistic pm25 = result.AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);
        Assert.Equal(10m, pm25.Value);
        Assert.Equal(365, pm25.ValidDays);
    }

    [Fact]
    public void AnnualForSite_ExcludedDateWithoutValidData_IsNotCounted()
    {
        // Flagged: 2023-01-01 (24 hours of data), 2023-01-02 (no rows at all) and 2023-01-03 (10 hours: no valid daily
        // mean, no valid MDA8). Only the first had a value to leave out, so one day is counted as excluded.
        SiteSeries site = Year(2023, t => t.Month == 1 && t.Day == 2 ? null : t.Month == 1 && t.Day == 3 && t.Hour >= 10 ? null : "10");
        var options = Options(2023, null, new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 2), new LocalDate(2023, 1, 3));

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(site, options);

        Assert.Equal(1, result.ExcludedDays);
        Assert.Equal(362, result.ValidDays); // 365 - 1 excluded - 2 without a valid day
    }

    [Fact]
    public void AnnualForSite_Hj2026OzoneMissingOnAPollutedDay_CountsThePartialAqi()
    {
        // O3 missing all year; 2023-01-01 PM2.5 200 (HJ 633-2026: 200 -> IAQI 100/100*50+200 = 250 > 100): §5.3.1 publishes it.
        // Other days PM2.5 10 -> AQI 15 <= 100 without O3: not published. HJ 633-2012 publishes none (library decision).
        SiteSeries site = Year(2023, t => t.Month == 1 && t.Day == 1 ? "200" : "10", o3: "NA");

        SiteAnnualAssessment y2026 = AirQualityAssessment.AnnualForSite(site, Options(2023, AirQualityStandard.Hj633_2026));
        SiteAnnualAssessment y2012 = AirQualityAssessment.AnnualForSite(site, Options(2023, AirQualityStandard.Hj633_2012));

        Assert.Equal(1, y2026.ValidDays);
        Assert.Equal(0, y2026.GoodDays);
        Assert.Equal(0, y2012.ValidDays);
        Assert.Null(y2012.ReportedGoodDayRate);
    }

    [Theory]
    [InlineData("35.5", "36")] // GB/T 8170: 35.5 -> 36
    [InlineData("36.5", "36")] // 36.5 -> 36 (half to even)
    public void AnnualForSite_ReportedMean_RoundsHalfEven(string value, string reported)
    {
        SiteSeries site = Year(2023, _ => value);

        AnnualStatistic pm25 = AirQualityAssessment.AnnualForSite(site, Options(2023)).AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);

        Assert.Equal(decimal.Parse(reported, System.Globalization.CultureInfo.InvariantCulture), pm25.ReportedValue);
    }

    // ---- Attainment of the GB 3095 limits (annual mean vs annual limit, percentiles vs short-term limits; HJ 663) ----

    private static PollutantAttainment Attainment(SiteAnnualAssessment site, Pollutant pollutant) => site.Attainment.Single(a => a.Pollutant == pollutant);

    [Theory]
    [InlineData("35", true)] // annual mean 35 = GB 3095-2012 Table 1 grade II PM2.5 annual limit 35: at the limit attains
    [InlineData("35.000001", false)] // a millionth above the limit exceeds it (full-value comparison)
    public void AnnualForSite_AnnualMeanOnTheLimit_Attains(string pm25, bool attains)
    {
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => pm25), Options(2023));

        LimitCheck annual = Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging is null);
        Assert.Equal(35m, annual.Limit);
        Assert.Equal(AnnualStatisticKind.AnnualMean, annual.Statistic.Kind);
        Assert.Equal(attains, annual.Attains);
    }

    [Fact]
    public void AnnualForSite_PrecisionComparingRoundedValues_ComparesTheReportedFigure()
    {
        // 35.000001 is reported as 35 (GB/T 8170, integer µg/m³); the precision rule compares rounded values, so 35 <= 35
        // attains (GB/T 8170 §4.3), as a target's declared rounding would decide.
        var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, massConcentrationPrecision: RoundingRule.GbT8170(0, ComparisonMethod.RoundedValue));

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => "35.000001"), options);

        LimitCheck annual = Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging is null);
        Assert.Equal(35m, annual.ComparedValue);
        Assert.True(annual.Attains);
    }

    [Fact]
    public void AnnualForSite_CoPrecisionComparingRoundedValues_AppliesToCoOnly()
    {
        // CO 4.04 mg/m³ every day: p95 4.04, reported 4.0 (one decimal); compared rounded, 4.0 <= 4 (GB 3095-2012 24-h
        // limit) attains. PM2.5 35.4 stays compared at full value (the µg/m³ rule): 35.4 > 35 exceeds.
        var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, coPrecision: RoundingRule.GbT8170(1, ComparisonMethod.RoundedValue));

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => "35.4", co: "4.04"), options);

        LimitCheck co = Assert.Single(Attainment(result, Pollutant.Co).Checks);
        Assert.Equal(4.0m, co.ComparedValue);
        Assert.True(co.Attains);
        Assert.False(Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging is null).Attains);
    }

    [Fact]
    public void Annual_Precisions_AreRecordedWithTheirComparison()
    {
        var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, massConcentrationPrecision: RoundingRule.GbT8170(0, ComparisonMethod.RoundedValue));
        CityAirData city = HourlyAirData.FromObservations([new HourlyObservation("A", new LocalDateTime(2023, 1, 1, 0, 0), 10, 20, 5, 20, 0.5m, 60)]).Cities[0];

        CityAnnualAssessment assessment = AirQualityAssessment.Annual(city, options);

        Assert.Equal(ComparisonMethod.RoundedValue, assessment.MassConcentrationPrecision.Comparison);
        Assert.Equal(RoundingRule.GbT8170(1), assessment.CoPrecision);
    }

    [Theory]
    [InlineData("75", true)] // every daily mean 75: p95 = 75 = grade II PM2.5 24-hour limit 75 (GB 3095-2012 Table 1)
    [InlineData("75.000001", false)]
    public void AnnualForSite_Percentile_IsComparedWithThe24HourLimit(string pm25, bool attains)
    {
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => pm25), Options(2023));

        PollutantAttainment attainment = Attainment(result, Pollutant.Pm25);
        LimitCheck daily = attainment.Checks.Single(c => c.LimitAveraging == AveragingPeriod.TwentyFourHours);
        Assert.Equal(75m, daily.Limit);
        Assert.Equal(0.95m, daily.Statistic.Percentile);
        Assert.Equal(attains, daily.Attains);
        Assert.False(attainment.Attains); // the annual mean (75 > 35) fails either way
        Assert.False(result.AttainsLimits);
    }

    [Theory]
    [InlineData("160", true)] // MDA8 160 every day: p90 = 160 = grade II O3 8-hour limit (GB 3095-2012 Table 1)
    [InlineData("160.000001", false)]
    public void AnnualForSite_OzoneMda8P90_IsComparedWithThe8HourLimit(string o3, bool attains)
    {
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => "10", o3), Options(2023));

        PollutantAttainment ozone = Attainment(result, Pollutant.O3);
        LimitCheck check = Assert.Single(ozone.Checks); // O3 has no annual limit
        Assert.Equal(AveragingPeriod.EightHours, check.LimitAveraging);
        Assert.Equal(160m, check.Limit);
        Assert.Equal(0.90m, check.Statistic.Percentile);
        Assert.Equal(attains, ozone.Attains);
    }

    [Fact]
    public void AnnualForSite_CleanYear_AttainsEveryLimit()
    {
        // PM2.5 10, PM10 20, SO2 5, NO2 20, CO 0.5, O3 60 are below every GB 3095-2012 grade II limit. CO: p95 0.5 vs 24h 4.
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => "10"), Options(2023));

        Assert.All(result.Attainment, a => Assert.True(a.Attains));
        Assert.Equal(4m, Assert.Single(Attainment(result, Pollutant.Co).Checks).Limit);
        Assert.True(result.AttainsLimits);
    }

    [Theory]
    [InlineData(2030, 30, true)] // HJ 633-2026 pairs with GB 3095-2026: 2030 is judged on the transition limit, grade II PM2.5 30
    [InlineData(2031, 25, false)] // 2031 on the final limit 25: the same 28 µg/m³ no longer attains
    public void AnnualForSite_Hj2026AroundTheFinalLimits_SwitchesTable(int year, int limit, bool attains)
    {
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(year, _ => "28"), Options(year, AirQualityStandard.Hj633_2026));

        LimitCheck annual = Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging is null);
        Assert.Equal(limit, annual.Limit);
        Assert.Equal(attains, annual.Attains);
    }

    [Fact]
    public void AnnualForSite_GradeI_UsesTheGradeILimits()
    {
        // Grade I PM2.5 annual limit 15 (GB 3095-2012 Table 1): a mean of 20 exceeds it, while grade II (35) is attained.
        var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, grade: LimitGrade.GradeI);

        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, _ => "20"), options);

        Assert.Equal(15m, Attainment(result, Pollutant.Pm25).Checks[0].Limit);
        Assert.False(Attainment(result, Pollutant.Pm25).Attains);
    }

    [Fact]
    public void AnnualForSite_IncompleteYear_HasNoAttainment()
    {
        // Rows January-June only: every statistic misses the 324-day rule, so no limit can be judged.
        SiteAnnualAssessment result = AirQualityAssessment.AnnualForSite(Year(2023, t => t.Month <= 6 ? "10" : null), Options(2023));

        Assert.All(result.Attainment, a => Assert.Null(a.Attains));
        Assert.All(result.Attainment.SelectMany(a => a.Checks), c => Assert.Null(c.ComparedValue));
        Assert.Null(result.AttainsLimits);
    }

    [Fact]
    public void Options_ExplicitLimits_OverrideThePairing()
    {
        var options = new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023, limits: ConcentrationLimits.Gb3095_2026Final);

        Assert.Same(ConcentrationLimits.Gb3095_2026Final, options.Limits);
        Assert.Same(ConcentrationLimits.Gb3095_2012, new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2023).Limits);
    }

    [Fact]
    public void AnnualForSite_Epa_Throws()
    {
        Assert.Throws<ArgumentException>(() => AirQualityAssessment.AnnualForSite(Year(2023, t => t.Month == 1 ? "10" : null), Options(2023, AirQualityStandard.Epa2024)));
    }

    [Fact]
    public void Daily_Epa_Throws()
    {
        Assert.Throws<ArgumentException>(() => AirQualityAssessment.Daily(Year(2023, t => t.Month == 1 ? "10" : null), AirQualityStandard.Epa2024));
    }

    [Fact]
    public void Annual_City_AssessesCityAndStations()
    {
        var csv = new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 3), pm25: "10")
            .Days("B", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 3), pm25: "30");
        CityAirData city = HourlyAirData.ReadCsv(csv.ToStream()).Value.Cities[0];

        CityAnnualAssessment result = AirQualityAssessment.Annual(city, Options(2023));

        Assert.Equal(["A", "B"], result.Stations.Select(s => s.Name));
        Assert.Equal(20m, result.City.AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25).Value); // hourly mean of 10 and 30
        Assert.Equal(3, result.City.ValidDays);
        Assert.Equal(2023, result.Year);
        Assert.Same(ConcentrationLimits.Gb3095_2012, result.Limits); // HJ 633-2012 pairs with GB 3095-2012
        Assert.Equal(LimitGrade.GradeII, result.Grade);
    }

    // ---- A city's annual figures from daily means with endless decimals (exact fractions, converted once) ----

    [Fact]
    public void Annual_ThreeStationCityWhoseAnnualMeanIsExactly35_AttainsAtTheLimitAndReports52ForPm10()
    {
        // Hand calculation (see ThreeStationCity: daily mean = daily total / 72). PM2.5 totals repeat 2519, 2519, 2522,
        // i.e. 35·72 − 1, 35·72 − 1, 35·72 + 2: daily means 34.98611… and 35.02777…, none terminating (no total divisible
        // by 9). 2020 has 366 = 122 · 3 days, so the annual mean is 122 · (3 · 2520) / 72 / 366 = 35 exactly: at the
        // GB 3095-2012 grade II annual limit 35, which attains (a limit is the highest permitted value). PM10 totals
        // repeat 3779, 3779, 3782 around 52.5 · 72 = 3780: annual mean 52.5 exactly, reported 52 (GB/T 8170 half to
        // even). The daily means as midpoints of their 10⁻¹⁸ intervals put both means about 1.7 · 10⁻¹⁹ above: 35 then
        // exceeded the limit and 52.5 was reported as 53.
        CityAirData city = ThreeStationCity.Build(2020, ThreeStationCity.Cycle(2519, 2519, 2522), ThreeStationCity.Cycle(3779, 3779, 3782));

        SiteAnnualAssessment result = AirQualityAssessment.Annual(city, Options(2020)).City;

        AnnualStatistic pm25 = result.AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm25);
        Assert.Equal(35m, pm25.Value);
        Assert.Equal(35m, pm25.ReportedValue);
        Assert.True(pm25.IsComplete);
        LimitCheck annual = Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging is null);
        Assert.Equal(35m, annual.Limit);
        Assert.Equal(35m, annual.ComparedValue);
        Assert.True(annual.Attains);
        AnnualStatistic pm10 = result.AnnualMeans.Single(s => s.Pollutant == Pollutant.Pm10);
        Assert.Equal(52.5m, pm10.Value);
        Assert.Equal(52m, pm10.ReportedValue);
    }

    [Fact]
    public void Annual_ThreeStationCityWhoseP95IsExactly75_AttainsThe24HourLimit()
    {
        // Hand calculation (daily mean = total / 72). Day totals: 346 days 2519 (34.98611…), one day 5379 (74.708333…,
        // = 75 − 21/72) and 19 days 5407 (75.097222…, = 75 + 7/72); none terminates. HJ 663 Appendix A, n = 366:
        // k = 1 + 365 · 0.95 = 347.75, s = 347, so p95 = X(347) + (X(348) − X(347)) · 0.75 = 75 − 21/72 + 0.75 · 28/72
        // = 75 exactly: at the GB 3095-2012 grade II PM2.5 24-hour limit 75, which attains. From the 10⁻¹⁸ midpoints the
        // percentile came out about 2 · 10⁻¹⁹ above 75 and exceeded it.
        CityAirData city = ThreeStationCity.Build(2020, day => day < 346 ? 2519 : day == 346 ? 5379 : 5407);

        SiteAnnualAssessment result = AirQualityAssessment.Annual(city, Options(2020)).City;

        AnnualStatistic p95 = result.Percentiles.Single(s => s.Pollutant == Pollutant.Pm25);
        Assert.Equal(75m, p95.Value);
        Assert.Equal(75m, p95.ReportedValue);
        LimitCheck daily = Attainment(result, Pollutant.Pm25).Checks.Single(c => c.LimitAveraging == AveragingPeriod.TwentyFourHours);
        Assert.Equal(75m, daily.Limit);
        Assert.True(daily.Attains);
    }

    /// <summary>
    /// The exact annual figures of the stations <paramref name="stations"/> of a city taken as one site, by the rules:
    /// the hourly value is the mean of the stations with a value; a daily mean needs 20 hours; the MDA8 is the largest
    /// mean of the 17 in-day 8-hour windows with at least 6 hours, valid with 14 such windows or above 160 (GB 3095
    /// Table 4, HJ 663); annual mean = mean of the valid daily means; percentiles per HJ 663 Appendix A.
    /// </summary>
    private static (Q? Mean, Q? Percentile)[] ReferenceFigures(MessyCity city, int[] stations)
    {
        var daily = new List<Q>[6];
        for (int p = 0; p < 6; p++)
        {
            daily[p] = [];
        }
        for (int d = 0; d < city.Days; d++)
        {
            var hourly = new Q?[6, 24];
            for (int p = 0; p < 6; p++)
            {
                for (int h = 0; h < 24; h++)
                {
                    decimal?[] present = stations.Select(s => city.Values[d, h, s, p]).Where(v => v is not null).ToArray();
                    hourly[p, h] = present.Length == 0 ? null : present.Select(v => Q.Of(v!.Value)).Aggregate((a, b) => a + b).Over(present.Length);
                }
            }
            for (int p = 0; p < 5; p++)
            {
                Q[] hours = Enumerable.Range(0, 24).Where(h => hourly[p, h] is not null).Select(h => hourly[p, h]!.Value).ToArray();
                if (hours.Length >= 20)
                {
                    daily[p].Add(hours.Aggregate((a, b) => a + b).Over(hours.Length));
                }
            }
            Q? best = null;
            int windows = 0;
            for (int start = 0; start < 17; start++)
            {
                Q[] hours = Enumerable.Range(start, 8).Where(h => hourly[5, h] is not null).Select(h => hourly[5, h]!.Value).ToArray();
                if (hours.Length >= 6)
                {
                    windows++;
                    Q mean = hours.Aggregate((a, b) => a + b).Over(hours.Length);
                    best = best is Q b && b.CompareTo(mean) >= 0 ? b : mean;
                }
            }
            if (best is Q mda8 && (windows >= 14 || mda8.CompareTo(new Q(160, 1)) > 0))
            {
                daily[5].Add(mda8);
            }
        }
        decimal[] fractions = [0.95m, 0.95m, 0.98m, 0.98m, 0.95m, 0.90m]; // HJ 663: PM p95, SO2/NO2 p98, CO p95, O3 p90
        return Enumerable.Range(0, 6).Select(p =>
        {
            if (daily[p].Count == 0)
            {
                return ((Q?)null, (Q?)null);
            }
            List<Q> sorted = daily[p].OrderBy(q => q, Comparer<Q>.Create((a, b) => a.CompareTo(b))).ToList();
            return (daily[p].Aggregate((a, b) => a + b).Over(daily[p].Count), Q.Percentile(sorted, fractions[p]));
        }).ToArray();
    }

    /// <summary>
    /// A figure agrees with its exact value: null together; the value exact when it has at most 20 decimals, else in the
    /// same interval of 10⁻²⁰ and not on its ends; the reported value the exact value rounded by GB/T 8170 half to even
    /// (µg/m³ to integers, CO to one decimal).
    /// </summary>
    private static bool Agrees(AnnualStatistic statistic, Q? exact)
    {
        if (exact is not Q q)
        {
            return statistic.Value is null && statistic.ReportedValue is null;
        }
        if (statistic.Value is not decimal value || statistic.ReportedValue is not decimal reported)
        {
            return false;
        }
        (System.Numerics.BigInteger cell, bool onGrid) = q.Cell(20);
        bool close = onGrid ? Q.Of(value).CompareTo(q) == 0 : Q.Of(value).Cell(20) == (cell, false);
        int decimals = statistic.Pollutant == Pollutant.Co ? 1 : 0;
        return close && Q.Of(reported).CompareTo(q.Round(decimals, LawGov.Indicators.Measures.RoundingMode.HalfEven)) == 0;
    }

    [Fact]
    public void Annual_RandomSmallCities_FiguresAreTheExactFractions()
    {
        // Reference: BigInteger fractions of the hourly data (ReferenceFigures), for the city (hourly means over its
        // stations) and, as a station is a city of one, for its first station.
        Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(AirQualityGenerators.SmallCity), city =>
        {
            CityAirData data = Assert.Single(HourlyAirData.FromObservations(city.Observations()).Cities);
            CityAnnualAssessment result = AirQualityAssessment.Annual(data, Options(2023));
            foreach ((SiteAnnualAssessment site, int[] stations) in new[] { (result.City, Enumerable.Range(0, city.Stations).ToArray()), (result.Stations[0], [0]) })
            {
                (Q? Mean, Q? Percentile)[] expected = ReferenceFigures(city, stations);
                if (!site.AnnualMeans.All(s => Agrees(s, expected[(int)s.Pollutant].Mean))
                    || !site.Percentiles.All(s => Agrees(s, expected[(int)s.Pollutant].Percentile)))
                {
                    return false;
                }
            }
            return true;
        }), maxTest: 150);
    }

    [Fact]
    public void Daily_Day_HasAqiPrimaryPollutantAndExclusionFlag()
    {
        // PM2.5 200 -> IAQI 100/(250-150)*(200-150)+200 = 250 (HJ 633-2012 Table 1): AQI 250, primary PM2.5, level 5.
        var csv = new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 2), pm25: "200");
        SiteSeries site = HourlyAirData.ReadCsv(csv.ToStream()).Value.Cities[0].City;

        DailyAirQuality[] days = AirQualityAssessment.Daily(site, AirQualityStandard.Hj633_2012, new HashSet<LocalDate> { new(2023, 1, 2) }).ToArray();

        Assert.Equal(250, days[0].Aqi.Value);
        Assert.Equal([Pollutant.Pm25], days[0].Aqi.PrimaryPollutants);
        Assert.Equal(5, days[0].Aqi.Category!.Level);
        Assert.False(days[0].IsExcluded);
        Assert.True(days[1].IsExcluded);
    }
}
