using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirQualityFiguresTests
{
    private static readonly SourceDocument Data = new("air:hourly.csv", "hourly.csv", DocumentKind.Other);

    // One station, every hour of 2020 (366 days), PM2.5 10, PM10 20, SO2 5, NO2 20 µg/m³, CO 0.5 mg/m³, O3 60 µg/m³.
    // HJ 633-2012 Table 1: IAQIs PM2.5 ceil(10/35·50) = 15, PM10 20, SO2 5, NO2 25, CO 13, O3 8h 30, O3 1h 19 → AQI 30:
    // every day is good. Annual means equal the hourly values.
    private static CityAnnualAssessment Assess(LocalDate last)
    {
        string csv = new HourlyCsv().Days("A", new LocalDate(2020, 1, 1), last).ToString();
        AirDataSet data = HourlyAirData.ReadCsv(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv))).Value;
        return AirQualityAssessment.Annual(data.Cities[0], new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2020));
    }

    [Fact]
    public void From_LinyiSeed_FullYear_MeetsEveryAirTarget()
    {
        Catalog linyi = SeedCatalogs.Load(SeedCatalogs.Linyi2020);

        AirQualityFigures figures = AirQualityFigures.From(linyi, Assess(new LocalDate(2020, 12, 31)), Data);
        CatalogEvaluation evaluation = Evaluator.Evaluate(linyi.WithFigures(figures.Figures));

        Assert.Empty(figures.Skipped);
        Assert.Equal(TargetStatus.Met, Result(evaluation, "linyi-2020-pm25-annual-mean-target").Status);
        Assert.Equal(10m, Result(evaluation, "linyi-2020-pm25-annual-mean-target").Actual!.Value);
        Assert.Equal(TargetStatus.Met, Result(evaluation, "linyi-2020-no2-annual-mean-target").Status);
        TargetResult goodAir = Result(evaluation, "linyi-2020-good-air-target");
        Assert.Equal(TargetStatus.Met, goodAir.Status);
        Assert.Equal(new LawGov.Indicators.Measures.Rate(366, 366), goodAir.Components[0].Actual!.Rate); // 366 good of 366 valid days
        Assert.Equal(366m, goodAir.Components[1].Actual!.Value);
    }

    [Theory]
    [InlineData(0, TargetStatus.Met)]
    [InlineData(1, TargetStatus.NotMet)]
    public void From_ThreeStationCityWhoseAnnualMeanIsExactly52_IsJudgedAtTheTargetBound(int extra, TargetStatus status)
    {
        // Hand calculation (ThreeStationCity: daily mean = daily total / 72): PM2.5 totals repeat 3743, 3743, 3746
        // (52·72 − 1, − 1, + 2), daily means 51.98611… and 52.02777…, none terminating; 2020 has 366 = 122 · 3 days, so
        // the annual mean is exactly 52. The Linyi 2020 plan's PM2.5 target is "at most 52 µg/m³" (integer, half to even,
        // full value): met at 52. One µg/m³ more in one station-hour (extra = 1) makes it 52 + 1/(72 · 366): not met.
        // Daily means as 10⁻¹⁸ midpoints put the exact 52 about 1.7 · 10⁻¹⁹ above, and the target was not met.
        Catalog linyi = SeedCatalogs.Load(SeedCatalogs.Linyi2020);
        CityAirData city = ThreeStationCity.Build(2020, day => (day % 3 == 2 ? 3746 : 3743) + (day == 0 ? extra : 0));
        CityAnnualAssessment assessment = AirQualityAssessment.Annual(city, new AnnualAssessmentOptions(AirQualityStandard.Hj633_2012, 2020));

        AirQualityFigures figures = AirQualityFigures.From(linyi, assessment, Data);
        TargetResult pm25 = Result(Evaluator.Evaluate(linyi.WithFigures(figures.Figures)), "linyi-2020-pm25-annual-mean-target");

        Assert.Equal(status, pm25.Status);
        Assert.Equal(extra == 0, pm25.Actual!.Value == 52m);
    }

    // January–June only: 182 days, fewer than the 324 HJ 663 / GB 3095 needs for annual statistics.
    [Fact]
    public void From_HalfYear_SkipsIncompleteStatistics_AndTheTargetsHaveNoData()
    {
        Catalog linyi = SeedCatalogs.Load(SeedCatalogs.Linyi2020);

        AirQualityFigures figures = AirQualityFigures.From(linyi, Assess(new LocalDate(2020, 6, 30)), Data);
        CatalogEvaluation evaluation = Evaluator.Evaluate(linyi.WithFigures(figures.Figures));

        Assert.Contains(figures.Skipped, s => s.StartsWith("linyi-2020-pm25-annual-mean (air:PM2.5/annual-mean): PM2.5 annual-mean is not valid: 182 valid days", StringComparison.Ordinal));
        Assert.Contains(figures.Skipped, s => s.Contains("only 182 valid days (324 needed) to count the year's good days", StringComparison.Ordinal));
        Assert.Equal(TargetStatus.NoData, Result(evaluation, "linyi-2020-pm25-annual-mean-target").Status);
        Assert.Equal(TargetStatus.NoData, Result(evaluation, "linyi-2020-good-air-target").Status);
    }

    [Fact]
    public void YearsToAssess_AreTheAirTargetsYears() =>
        Assert.Equal([2020], AirQualityFigures.YearsToAssess(SeedCatalogs.Load(SeedCatalogs.Linyi2020)));

    // A PM2.5 annual mean "≤ 52" judged each year of 2019–2020: both years are to be assessed, and the 2020 assessment
    // gives the 2020 figure (the hourly PM2.5 of 10 everywhere, so the mean is 10 ≤ 52: met), which the each-year
    // target judges for 2020 alone; 2019 has no figure (no data).
    [Fact]
    public void EachYearTarget_IsAssessedAndJudgedForEveryYear()
    {
        var pm25 = new Indicator("pm25", "PM2.5年均浓度", "annual mean PM2.5", LawGov.Indicators.Measures.Unit.MicrogramsPerCubicMetre,
            Polarity.LowerIsBetter, code: "air:PM2.5/annual-mean");
        var target = new ValueTarget("pm25-each-year", pm25, Condition.AtMost(52m), new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2020, 12, 31)),
            Fixtures.City, Fixtures.Source(), eachYear: true);
        var catalog = new Catalog("c", "C", [Fixtures.Plan], [pm25], [target]);

        AirQualityFigures figures = AirQualityFigures.From(catalog, Assess(new LocalDate(2020, 12, 31)), Data);
        TargetResult result = Evaluator.Evaluate(catalog.WithFigures(figures.Figures)).Results.Single();

        Assert.Equal([2019, 2020], AirQualityFigures.YearsToAssess(catalog));
        ReportedFigure figure = Assert.Single(figures.Figures);
        Assert.Equal(Periods.Year(2020), figure.Period);
        Assert.Equal(10m, figure.Value);
        Assert.Equal([TargetStatus.NoData, TargetStatus.Met], result.Components.Select(c => c.Status));
    }

    [Fact]
    public void From_UnknownCode_IsSkippedWithTheAcceptedCodes()
    {
        var odd = new Indicator("odd", "奇怪", "odd", LawGov.Indicators.Measures.Unit.Days, code: "air:rainbows");
        var catalog = new Catalog("c", "C", [Fixtures.Plan], [odd], [Fixtures.Target(odd, Condition.AtLeast(1m))]);

        AirQualityFigures figures = AirQualityFigures.From(catalog, Assess(new LocalDate(2020, 12, 31)), Data);

        Assert.Empty(figures.Figures);
        Assert.Contains("unknown air-quality code", Assert.Single(figures.Skipped), StringComparison.Ordinal);
    }

    // ---- Standards named by indicators ----

    /// <summary>The Linyi seed with its good-day and valid-day count indicators naming <paramref name="standard"/>.</summary>
    private static Catalog LinyiWithDayStandard(string standard)
    {
        Catalog linyi = SeedCatalogs.Load(SeedCatalogs.Linyi2020);
        string json = CatalogJson.Write(linyi)
            .Replace("\"code\": \"air:good-days\"", $"\"code\": \"air:good-days\",\n      \"standard\": \"{standard}\"", StringComparison.Ordinal)
            .Replace("\"code\": \"air:valid-days\"", $"\"code\": \"air:valid-days\",\n      \"standard\": \"{standard}\"", StringComparison.Ordinal);
        return CatalogJson.Parse(json, "linyi.json");
    }

    [Fact]
    public void StandardsToAssess_IndicatorsNamingAnother_AddItsAssessment()
    {
        Catalog catalog = LinyiWithDayStandard("hj633-2026");

        IReadOnlyList<AirQualityStandard> standards = AirQualityFigures.StandardsToAssess(catalog, 2020, AirQualityStandard.Hj633_2012);

        // The concentration indicators name none (default hj633-2012); the day counts name hj633-2026.
        Assert.Equal(["hj633-2012", "hj633-2026"], standards.Select(s => s.Code));
        Assert.Empty(AirQualityFigures.StandardsToAssess(catalog, 2019, AirQualityStandard.Hj633_2012));
    }

    [Fact]
    public void From_IndicatorNamingAnotherStandard_IsLeftToThatAssessment()
    {
        Catalog catalog = LinyiWithDayStandard("hj633-2026");

        AirQualityFigures figures = AirQualityFigures.From(catalog, Assess(new LocalDate(2020, 12, 31)), Data, AirQualityStandard.Hj633_2012);

        // The HJ 633-2012 assessment measures PM2.5, PM10 and NO2, not the day counts (they name HJ 633-2026).
        Assert.Equal(
            ["linyi-2020-no2-annual-mean", "linyi-2020-pm10-annual-mean", "linyi-2020-pm25-annual-mean"],
            figures.Figures.Select(f => f.Indicator.Id).Order());
        Assert.Empty(figures.Skipped);
    }

    [Fact]
    public void Indicator_StandardWithoutCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Indicator("x", "优良天数", "good days", LawGov.Indicators.Measures.Unit.Days, standard: "hj633-2012"));
    }

    private static TargetResult Result(CatalogEvaluation evaluation, string id) => evaluation.Results.Single(r => r.Target.Id == id);
}
