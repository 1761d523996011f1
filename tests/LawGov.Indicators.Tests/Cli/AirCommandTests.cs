using System.Text.Json;
using LawGov.Indicators.Tests.AirQuality;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Cli;

public sealed class AirCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    /// <summary>
    /// Stations A and B for all of 2023, every hour PM2.5 10, PM10 20, SO2 5, NO2 20, CO 0.5, O3 60. Under HJ 633-2012 every
    /// day has IAQIs PM2.5 15 (50/35*10 = 14.3), PM10 20, SO2 5, NO2 25, CO 13 (12.5), O3 8h 30, O3 1h 19 (18.75): AQI 30, level 1.
    /// </summary>
    private static HourlyCsv Year2023() =>
        new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)).Days("B", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31));

    [Fact]
    public void Air_FullYearJson_PrintsCityAndStations()
    {
        string path = cli.File("hourly.csv", Year2023().ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement city = json.RootElement.GetProperty("city");
        Assert.Equal(365, city.GetProperty("validDays").GetInt32());
        Assert.Equal(365, city.GetProperty("goodDays").GetInt32());
        Assert.Equal(100.0m, city.GetProperty("goodDayRate").GetDecimal());
        Assert.Equal(10m, city.GetProperty("annualMean").GetProperty("PM2.5").GetDecimal());
        Assert.Equal(0.5m, city.GetProperty("percentile").GetProperty("CO").GetDecimal()); // mg/m³, one decimal
        Assert.Equal(60m, city.GetProperty("percentile").GetProperty("O3").GetDecimal()); // MDA8 p90
        Assert.Equal(365, city.GetProperty("categoryDays").GetProperty("1").GetInt32());
        Assert.Equal(["A", "B"], json.RootElement.GetProperty("stations").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(2023, json.RootElement.GetProperty("year").GetInt32());
    }

    /// <summary>
    /// Station A, every hour of 2023, values varying by day. Day d (1 … 365) gets the rank r = (37·(d − 1) mod 365) + 1,
    /// a permutation of 1 … 365 (37 and 365 are coprime), so the sorted series differs from the date order:
    /// PM2.5 alternates (r + 2)/2 − 1 and (r + 2)/2 + 1 µg/m³ hour by hour (daily mean (r + 2)/2); CO is r/100 mg/m³;
    /// O3 is 10 µg/m³ in hours 0–11 and 10 + r in hours 12–23, so the MDA8 is 10 + r (the windows 12–19 … 16–23; every
    /// other window mixes in 10s). PM10, SO2, NO2 as HourlyCsv.
    /// </summary>
    private static HourlyCsv Varied2023()
    {
        var csv = new HourlyCsv();
        for (LocalDate day = new(2023, 1, 1); day.Year == 2023; day = day.PlusDays(1))
        {
            int r = (37 * (day.DayOfYear - 1) % 365) + 1;
            decimal mean = (r + 2) / 2m;
            for (int h = 0; h < 24; h++)
            {
                string pm25 = (h % 2 == 0 ? mean - 1 : mean + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                string co = (r / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture);
                string o3 = (h < 12 ? 10 : 10 + r).ToString(System.Globalization.CultureInfo.InvariantCulture);
                csv.Row("A", day.At(new LocalTime(h, 0)), pm25: pm25, co: co, o3: o3);
            }
        }
        return csv;
    }

    [Fact]
    public void Air_VariedYear_GivesTheHandComputedMeanAndPercentiles()
    {
        string path = cli.File("varied.csv", Varied2023().ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        JsonElement city = JsonDocument.Parse(output).RootElement.GetProperty("city");
        Assert.Equal(365, city.GetProperty("validDays").GetInt32());
        // Annual mean of the daily means (GB 3095-2026 §3.13): mean of (r + 2)/2 over r = 1 … 365 = (183 + 2)/2 = 92.5,
        // reported 92 (GB/T 8170 half to even).
        Assert.Equal(92m, city.GetProperty("annualMean").GetProperty("PM2.5").GetDecimal());
        // HJ 663 Appendix A, n = 365: p95 k = 1 + 364·0.95 = 346.8, s = 346, X(s) = (346 + 2)/2 = 174, X(s+1) = 174.5:
        // 174 + 0.5·0.8 = 174.4 -> 174. CO: X(346) = 3.46, X(347) = 3.47 -> 3.46 + 0.01·0.8 = 3.468 -> 3.5 (one decimal).
        // O3 MDA8 p90: k = 1 + 364·0.9 = 328.6, X(328) = 338, X(329) = 339 -> 338.6 -> 339.
        JsonElement percentile = city.GetProperty("percentile");
        Assert.Equal(174m, percentile.GetProperty("PM2.5").GetDecimal());
        Assert.Equal(3.5m, percentile.GetProperty("CO").GetDecimal());
        Assert.Equal(339m, percentile.GetProperty("O3").GetDecimal());
        // The full-precision figures, as compared with the limits.
        JsonElement attainment = city.GetProperty("attainment");
        Assert.Equal(92.5m, attainment.GetProperty("PM2.5").GetProperty("checks")[0].GetProperty("value").GetDecimal());
        Assert.Equal(174.4m, attainment.GetProperty("PM2.5").GetProperty("checks")[1].GetProperty("value").GetDecimal());
        Assert.Equal(3.468m, attainment.GetProperty("CO").GetProperty("checks")[0].GetProperty("value").GetDecimal());
        Assert.Equal(338.6m, attainment.GetProperty("O3").GetProperty("checks")[0].GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("PM2.5", 95, "24h")] // HJ 663: PM2.5, PM10, CO 24-hour p95; SO2, NO2 p98; O3 MDA8 p90
    [InlineData("PM10", 95, "24h")]
    [InlineData("SO2", 98, "24h")]
    [InlineData("NO2", 98, "24h")]
    [InlineData("CO", 95, "24h")]
    [InlineData("O3", 90, "MDA8")]
    public void Air_Json_NamesThePercentileOfEachKey(string pollutant, int percentile, string series)
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1)).ToString());

        var (_, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        JsonElement city = JsonDocument.Parse(output).RootElement.GetProperty("city");
        Assert.True(city.GetProperty("percentile").TryGetProperty(pollutant, out _)); // the old object is unchanged
        JsonElement of = city.GetProperty("percentileOf").GetProperty(pollutant);
        Assert.Equal(percentile, of.GetProperty("percentile").GetInt32());
        Assert.Equal(series, of.GetProperty("series").GetString());
    }

    [Fact]
    public void Air_Table_ListsCityThenStations()
    {
        string path = cli.File("hourly.csv", Year2023().ToString());

        var (exit, output, _) = cli.Run("air", path, "--standard", "hj633-2026");

        Assert.Equal(0, exit);
        string[] lines = output.Split('\n');
        Assert.StartsWith("Air quality 2023, HJ 633-2026", lines[0]);
        Assert.StartsWith("site", lines[1]);
        Assert.StartsWith("(city)", lines[2]);
        Assert.Contains("365/0/0/0/0/0", lines[2]);
        Assert.StartsWith("A ", lines[3]);
    }

    [Fact]
    public void Air_BadRows_ReportsThemAndExits1WithTheRestCounted()
    {
        string csv = Year2023().ToString() + "A,2023-06-01 00:00,10,abc,5,20,0.5,60\n";
        string path = cli.File("hourly.csv", csv);

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        Assert.Equal(1, exit);
        int line = csv.Split('\n').Length - 1;
        Assert.Contains($"{path}:{line}:23: PM10: expected a number", error);
        Assert.Contains("skipped 1 of 17521 rows", error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("rowsSkipped").GetInt64());
        Assert.Equal(365, json.RootElement.GetProperty("city").GetProperty("validDays").GetInt32());
    }

    [Fact]
    public void Air_MissingColumn_Exits2WithNothingOnStdout()
    {
        string path = cli.File("hourly.csv", "station,time,PM2.5,PM10,SO2,NO2,O3\nA,2023-01-01 00:00,1,2,3,4,5\n");

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"{path}:1: The header lacks the required column(s) CO", error);
    }

    [Fact]
    public void Air_NoSuchFile_Exits2()
    {
        var (exit, output, error) = cli.Run("air", cli.File("x", "") + ".missing", "--standard", "hj633-2012");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("x.missing: cannot read the hourly data: no such file.", error);
    }

    [Fact]
    public void Air_HeaderOnly_Exits2()
    {
        var (exit, _, error) = cli.Run("air", cli.File("h.csv", HourlyCsv.Header + "\n"), "--standard", "hj633-2012");

        Assert.Equal(2, exit);
        Assert.Contains("no data rows", error);
    }

    [Fact]
    public void Air_EveryRowBad_Exits2()
    {
        string path = cli.File("bad.csv", HourlyCsv.Header + "\nA,yesterday,1,2,3,4,5,6\nB,2023-01-01 00:00,x,2,3,4,5,6\n");

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains($"{path}:2:3: time:", error);
        Assert.Contains("none of the 2 rows could be read", error);
        Assert.DoesNotContain("the others were used", error, StringComparison.Ordinal); // there are no others
    }

    [Fact]
    public void Air_PartialYear_PrintsNaAndExits1()
    {
        string path = cli.File("week.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 7)).ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        Assert.Equal(1, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement city = json.RootElement.GetProperty("city");
        Assert.Equal(JsonValueKind.Null, city.GetProperty("annualMean").GetProperty("PM2.5").ValueKind);
        Assert.Equal(7, city.GetProperty("coverage").GetProperty("PM2.5").GetProperty("validDays").GetInt32());
        Assert.Equal(7, city.GetProperty("validDays").GetInt32());
        Assert.Contains("lack valid days", error);
    }

    // The reader takes years up to 9999 (the last year a date has), so the assessment does too: the last week of 9999
    // is a partial year like any other (exit 1, figures NA), not an internal error. The standard is named: 9999 is
    // after 2026-03-01, so HJ 633-2026 (its final GB 3095-2026 limits from 2031) would be the default anyway.
    [Fact]
    public void Air_LastYearOfTheCalendar_IsAssessedLikeAnyOther()
    {
        string path = cli.File("9999.csv", new HourlyCsv().Days("A", new LocalDate(9999, 12, 25), new LocalDate(9999, 12, 30))
            .Row("A", new LocalDateTime(9999, 12, 31, 0, 0)).ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2026", "--format", "json");

        Assert.Equal(1, exit);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(9999, json.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("city").GetProperty("validDays").GetInt32()); // 25–30 December; the 31st has one hour
        Assert.Contains("lack valid days", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Air_Epa_Exits2Explaining()
    {
        string path = cli.File("hourly.csv", Year2023().ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "epa-2024");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("epa-2024 is not supported for hourly data", error);
    }

    [Fact]
    public void Air_SeveralYearsWithoutYear_Exits2()
    {
        string csv = new HourlyCsv().Days("A", new LocalDate(2023, 12, 31), new LocalDate(2024, 1, 1)).ToString();
        string path = cli.File("two.csv", csv);

        var (exit, _, error) = cli.Run("air", path, "--standard", "hj633-2012");
        var (withYear, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--year", "2024", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("covers the years 2023, 2024; choose one with --year", error);
        Assert.Equal(1, withYear); // one day of 2024 is not a complete year
        Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("city").GetProperty("validDays").GetInt32());
    }

    [Fact]
    public void Air_SeveralCitiesWithoutCity_Exits2()
    {
        string csv = "city,station,time,PM2.5,PM10,SO2,NO2,CO,O3\nJinan,A,2023-01-01 00:00,1,1,1,1,1,1\nQingdao,B,2023-01-01 00:00,1,1,1,1,1,1\n";
        string path = cli.File("cities.csv", csv);

        var (exit, _, error) = cli.Run("air", path, "--standard", "hj633-2012");
        var (chosen, _, _) = cli.Run("air", path, "--standard", "hj633-2012", "--city", "Qingdao");

        Assert.Equal(2, exit);
        Assert.Contains("2 cities (Jinan, Qingdao); choose one with --city", error);
        Assert.Equal(1, chosen);
    }

    [Fact]
    public void Air_DailyCsv_PrintsEachDay()
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 2)).ToString());

        var (exit, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--daily");

        Assert.Equal(0, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,aqi,level,category,primary,PM2.5,PM10,SO2,NO2,CO,O3_8h,O3_1h,excluded", lines[0]);
        // AQI 30 <= 50: level 1, no primary pollutant (see Year2023 for the IAQIs).
        Assert.Equal("2023-01-01,30,1,excellent,,15,20,5,25,13,30,19,false", lines[1]);
        Assert.Equal(3, lines.Length);
    }

    // An hourly O3 of 1 000 001 µg/m³ (the reader takes up to 9 999 999.999999) is far above the HJ 633-2012 1-h top
    // breakpoint (1200): the 1-h IAQI is capped at 500, and the MDA8 above 800 takes the 1-h IAQI (Table 1 note 3), so the
    // day's AQI is 500, level 6, O3 primary — the day is valid, not dropped as it was before the ceiling of
    // extrapolation stopped applying to capped indices.
    [Fact]
    public void Air_HourFarAboveTheTable_GivesTheCappedIndexNotAnInvalidDay()
    {
        var csv = new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1), skip: t => t.Hour == 5)
            .Row("A", new LocalDateTime(2023, 1, 1, 5, 0), o3: "1000001")
            .Days("A", new LocalDate(2023, 1, 2), new LocalDate(2023, 1, 2));
        string path = cli.File("spike.csv", csv.ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--daily");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("2023-01-01,500,6,severely polluted,O3,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",500,500,false", lines[1], StringComparison.Ordinal); // O3_8h, O3_1h
        Assert.Equal("2023-01-02,30,1,excellent,,15,20,5,25,13,30,19,false", lines[2]);
    }

    [Fact]
    public void Air_DailyJsonForAStationWithExclusion_MarksTheDay()
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 2), pm25: "200").ToString());

        var (exit, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--daily", "--format", "json", "--station", "A", "--exclude-dates", "2023-01-02");

        Assert.Equal(0, exit);
        JsonElement days = JsonDocument.Parse(output).RootElement.GetProperty("days");
        // PM2.5 200: 100/(250-150)*(200-150)+200 = 250, level 5, primary PM2.5.
        Assert.Equal(250, days[0].GetProperty("aqi").GetInt32());
        Assert.Equal("PM2.5", days[0].GetProperty("primaryPollutants")[0].GetString());
        Assert.Equal(250, days[0].GetProperty("iaqi").GetProperty("PM2.5").GetInt32());
        Assert.True(days[1].GetProperty("excluded").GetBoolean());
    }

    [Fact]
    public void Air_ExcludedDates_AreCountedAndLeftOut()
    {
        string path = cli.File("hourly.csv", Year2023().ToString());

        var (exit, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json", "--exclude-dates", "2023-03-15,2023-03-16");

        Assert.Equal(0, exit);
        JsonElement city = JsonDocument.Parse(output).RootElement.GetProperty("city");
        Assert.Equal(2, city.GetProperty("excludedDays").GetInt32());
        Assert.Equal(363, city.GetProperty("validDays").GetInt32());
    }

    [Fact]
    public void Air_BadExcludedDate_Exits2()
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1)).ToString());

        var (exit, _, error) = cli.Run("air", path, "--standard", "hj633-2012", "--exclude-dates", "2023-02-30");

        Assert.Equal(2, exit);
        Assert.Contains("'2023-02-30' is not a date", error);
    }

    // An empty item is a mistake (a stray comma, an empty variable), not "no dates": exit 2 naming it.
    [Theory]
    [InlineData("")]
    [InlineData("2023-01-01,,2023-01-02")]
    public void Air_EmptyExcludedDate_Exits2(string value)
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1)).ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--exclude-dates", value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--exclude-dates: '' is not a date; expected yyyy-MM-dd.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Air_HourEndingLabels_ReadMidnightAsThePreviousDay()
    {
        // Hour-ending 01:00 ... 24:00 (written 00:00 of the next day) of 2023-01-01: one day with 24 hours.
        var csv = new HourlyCsv();
        for (int h = 1; h <= 24; h++)
        {
            csv.Row("A", new LocalDateTime(2023, 1, 1, 0, 0).PlusHours(h));
        }
        string path = cli.File("ending.csv", csv.ToString());

        var (_, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--daily", "--hour-label", "ending");

        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2023-01-01,30,", lines[1]);
    }

    [Fact]
    public void Air_StationWithoutDaily_Exits2()
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1)).ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", "--station", "A");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--station applies with --daily", error);
    }

    [Fact]
    public void Air_Json_JudgesEachPollutantAgainstTheGb3095Limits()
    {
        // Year2023: PM2.5 annual mean 10 <= 35 and p95 10 <= 75, ... O3 MDA8 p90 60 <= 160 (GB 3095-2012 Table 1, grade II).
        string path = cli.File("hourly.csv", Year2023().ToString());

        var (_, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement limits = json.RootElement.GetProperty("limits");
        Assert.Equal("gb3095-2012", limits.GetProperty("code").GetString());
        Assert.Equal("II", limits.GetProperty("grade").GetString());
        Assert.Equal("full", limits.GetProperty("comparison").GetString());
        JsonElement city = json.RootElement.GetProperty("city");
        Assert.True(city.GetProperty("attains").GetBoolean());
        JsonElement[] pm25 = city.GetProperty("attainment").GetProperty("PM2.5").GetProperty("checks").EnumerateArray().ToArray();
        Assert.Equal(("annual-mean", "annual", 35m, 10m), (pm25[0].GetProperty("statistic").GetString(), pm25[0].GetProperty("averaging").GetString(), pm25[0].GetProperty("limit").GetDecimal(), pm25[0].GetProperty("value").GetDecimal()));
        Assert.Equal(("p95", "24h", 75m), (pm25[1].GetProperty("statistic").GetString(), pm25[1].GetProperty("averaging").GetString(), pm25[1].GetProperty("limit").GetDecimal()));
        JsonElement o3 = city.GetProperty("attainment").GetProperty("O3").GetProperty("checks")[0];
        Assert.Equal(("p90", "8h", 160m), (o3.GetProperty("statistic").GetString(), o3.GetProperty("averaging").GetString(), o3.GetProperty("limit").GetDecimal()));
    }

    [Fact]
    public void Air_GradeI_ExceedsWhereGradeIIAttains()
    {
        // PM2.5 20 all year: above the grade I annual limit 15, below grade II 35 (GB 3095-2012 Table 1).
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31), pm25: "20").ToString());

        var (gradeI, outputI, _) = cli.Run("air", path, "--standard", "hj633-2012", "--limit-grade", "I");
        var (_, outputII, _) = cli.Run("air", path, "--standard", "hj633-2012");

        Assert.Equal(0, gradeI); // attainment is a finding, not a data problem: the exit code does not change
        Assert.EndsWith("PM2.5", outputI.Split('\n')[2].TrimEnd());
        Assert.Contains("GB 3095-2012 grade I limits", outputI);
        Assert.EndsWith("none", outputII.Split('\n')[2].TrimEnd());
    }

    [Theory]
    [InlineData("full", false)] // 35.4 > 35 (full-value comparison)
    [InlineData("rounded", true)] // reported 35 (GB/T 8170, integer) <= 35
    public void Air_LimitComparison_ChoosesTheComparedFigure(string comparison, bool attains)
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31), pm25: "35.4").ToString());

        var (_, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json", "--limit-comparison", comparison);

        JsonElement check = JsonDocument.Parse(output).RootElement.GetProperty("city").GetProperty("attainment").GetProperty("PM2.5").GetProperty("checks")[0];
        Assert.Equal(attains, check.GetProperty("attains").GetBoolean());
    }

    [Fact]
    public void Air_CityFigureWithEndlessDecimals_ComparesItsMidpointAndReportsItRounded()
    {
        // Three stations with PM2.5 10, 10 and 11 every hour of 2023: the city's hourly, daily and annual mean is 31/3 =
        // 10.333…, which has no finite decimal form. The compared value is the midpoint of the 10^-20 interval holding
        // it, 10.33333333333333333333 + 0.5 · 10^-20 (21 decimals); the reported annual mean is 10 (GB/T 8170, integer).
        var csv = new HourlyCsv();
        for (LocalDate day = new(2023, 1, 1); day.Year == 2023; day = day.PlusDays(1))
        {
            for (int h = 0; h < 24; h++)
            {
                foreach ((string station, string pm25) in new[] { ("S0", "10"), ("S1", "10"), ("S2", "11") })
                {
                    csv.Row(station, day.At(new LocalTime(h, 0)), pm25: pm25);
                }
            }
        }
        string path = cli.File("hourly.csv", csv.ToString());

        var (exit, output, _) = cli.Run("air", path, "--standard", "hj633-2012", "--format", "json");

        Assert.Equal(0, exit);
        JsonElement city = JsonDocument.Parse(output).RootElement.GetProperty("city");
        Assert.Equal("10", city.GetProperty("annualMean").GetProperty("PM2.5").GetRawText());
        JsonElement annual = city.GetProperty("attainment").GetProperty("PM2.5").GetProperty("checks")[0];
        Assert.Equal("annual-mean", annual.GetProperty("statistic").GetString());
        Assert.Equal("10.333333333333333333335", annual.GetProperty("value").GetRawText());
        Assert.True(annual.GetProperty("attains").GetBoolean()); // 31/3 <= 35
    }

    [Theory]
    [InlineData("--above-table", "bogus", "Unknown --above-table 'bogus'")]
    [InlineData("--limit-grade", "III", "Unknown --limit-grade 'III'")]
    [InlineData("--limit-comparison", "exact", "Unknown --limit-comparison 'exact'")]
    public void Air_UnknownOptionWithoutStandard_IsRefusedBeforeTheFileIsRead(string option, string value, string message)
    {
        // No --standard: the standard comes from the data's year, but option values are checked first, so a missing
        // file is not even opened (its error would otherwise come first).
        var (exit, output, error) = cli.Run("air", cli.File("x", "") + ".missing", option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error);
        Assert.DoesNotContain("no such file", error);
    }

    [Theory]
    [InlineData("--limit-grade", "III", "Unknown --limit-grade 'III'")]
    [InlineData("--limit-comparison", "exact", "Unknown --limit-comparison 'exact'")]
    public void Air_UnknownLimitOption_Exits2(string option, string value, string message)
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1)).ToString());

        var (exit, output, error) = cli.Run("air", path, "--standard", "hj633-2012", option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Air_PartialYearTable_ShowsNaForAttainment()
    {
        string path = cli.File("week.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 7)).ToString());

        var (_, output, _) = cli.Run("air", path, "--standard", "hj633-2012");

        Assert.EndsWith("NA", output.Split('\n')[2].TrimEnd());
    }

    [Theory]
    [InlineData(2025, "HJ 633-2012")] // 2025-12-31 is before HJ 633-2026 (in force 2026-03-01)
    [InlineData(2026, "HJ 633-2026")] // 2026 spans 2026-03-01 and is assessed wholly under the standard of its last day
    public void Air_WithoutStandard_TakesTheStandardInForceAtTheYearsEnd(int year, string name)
    {
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(year, 1, 1), new LocalDate(year, 1, 2)).ToString());

        var (_, output, error) = cli.Run("air", path);

        Assert.StartsWith($"Air quality {year}, {name},", output);
        Assert.DoesNotContain("--standard", error);
    }

    [Fact]
    public void Air_WithoutStandardButWithChinaOption_AppliesItToTheDefault()
    {
        // 2023 defaults to HJ 633-2012; --round-concentrations still applies: PM2.5 35.5 -> 36 -> 50/40*1+50 = 51.25 -> 52.
        string path = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1), pm25: "35.5").ToString());

        var (_, output, _) = cli.Run("air", path, "--daily", "--round-concentrations");

        Assert.StartsWith("2023-01-01,52,", output.Split('\n')[1]);
    }

    [Fact]
    public void Air_Help_ShowsAnExample()
    {
        var (exit, output, _) = cli.Run("air", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Example: lawgov-indicators air hourly.csv --standard hj633-2012", output);
        Assert.Contains("--exclude-dates", output);
    }
}
