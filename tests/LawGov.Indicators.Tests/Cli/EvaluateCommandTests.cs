using System.Text.Json;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly CliRunner cli = new();
    private readonly string catalog;

    public EvaluateCommandTests()
    {
        catalog = cli.DataFile("catalogs/sample.json");
    }

    public void Dispose() => cli.Dispose();

    // sample.json: t-between (PM2.5 in [10, 20)) is the one target not met with the catalog's own figure of 49.
    [Fact]
    public void Evaluate_SampleCatalog_PrintsEachTargetAndSummary_ExitsOne()
    {
        var (exit, output, error) = cli.Run("evaluate", catalog);

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Contains("NOT MET  t-between", output, StringComparison.Ordinal);
        Assert.Contains("62.02% (227/366)", output, StringComparison.Ordinal);
        Assert.Contains("临政办字〔2020〕86号 §5", output, StringComparison.Ordinal);
        Assert.Contains("5 targets: 4 met, 1 not met, 0 not applicable, 0 no data, 0 indeterminate, 0 invalid (as of 2026-11-23)", output, StringComparison.Ordinal);
    }

    // With the PM2.5 figure at 15 instead of 49, both PM2.5 targets (≤ 52 and [10, 20)) hold: every target is met.
    [Fact]
    public void Evaluate_EveryTargetMet_ExitsZero()
    {
        string metOnly = cli.File("catalog-met.json", TestData.ReadText("catalogs/sample.json").Replace("\"value\": 49,", "\"value\": 15,", StringComparison.Ordinal));

        var (exit, output, _) = cli.Run("evaluate", metOnly);

        Assert.Equal(0, exit);
        Assert.Contains("5 targets: 5 met", output, StringComparison.Ordinal);
    }

    // filing.json has one target (报备率 ≥ 100 %) and no figure of its own: the figures file alone decides it.
    // 12 of 12 filed = 100 % ≥ 100 % (hand calculation): met, and with nothing else to judge, exit 0.
    [Fact]
    public void Evaluate_FiguresFileMeetingTheOnlyTarget_IsMet_ExitsZero()
    {
        var (exit, output, error) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", cli.DataFile("figures/met.json"), "--as-of", "2022-01-01");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Matches(@"\nmet +filing-100 +100\.00% \(12/12\) +≥ 100%", output);
        Assert.Contains("1 targets: 1 met, 0 not met", output, StringComparison.Ordinal);
    }

    // 11 of 12 filed = 91.67 % < 100 % (hand calculation): not met by 8.333333 pp (100 − 91.666… at the default 2 decimals
    // plus four, half-even) and by one document, exit 1.
    [Fact]
    public void Evaluate_FiguresFileMissingTheOnlyTarget_IsNotMet_ExitsOne()
    {
        var (exit, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", cli.DataFile("figures/not-met.json"), "--as-of", "2022-01-01");

        Assert.Equal(1, exit);
        Assert.Matches(@"\nNOT MET +filing-100 +91\.67% \(11/12\) +≥ 100% +-8\.333333 pp \(-1\)", output);
        Assert.Contains("1 targets: 0 met, 1 not met", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_FiguresFile_IsAddedToTheCatalogsFigures()
    {
        var (exit, output, _) = cli.Run("evaluate", catalog, "--figures", cli.DataFile("figures/conflicting-between.json"), "--format", "json");

        Assert.Equal(1, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement between = json.RootElement.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("target").GetString() == "t-between");
        Assert.Equal("indeterminate", between.GetProperty("status").GetString()); // 49 and 15 disagree on the outcome
        Assert.Equal(["f-pm25", "good-2020"], between.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("figure").GetString()));
    }

    [Fact]
    public void Evaluate_FigureDisagreeingWithTheCatalogs_IsIndeterminate_ExitsOne()
    {
        var (exit, output, _) = cli.Run("evaluate", catalog, "--figures", cli.DataFile("figures/conflicting-pm25.json"));

        Assert.Equal(1, exit);
        Assert.Contains("indeterminate  t-pm25", output, StringComparison.Ordinal); // 49 (catalog) and 55 (file) disagree
    }

    // indicators.md §3.1: a district that filed nothing has a filing rate of 0/0 — not applicable, so exit 0.
    [Fact]
    public void Evaluate_ZeroOverZeroFigure_IsNotApplicable_ExitsZero()
    {
        var (exit, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", cli.DataFile("figures/zero-over-zero.json"));

        Assert.Equal(0, exit);
        Assert.Contains("n/a     filing-100  —", output, StringComparison.Ordinal);
        Assert.Contains("1 targets: 0 met, 0 not met, 1 not applicable", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoFigures_IsNoData_ExitsOne()
    {
        var (exit, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"));

        Assert.Equal(1, exit);
        Assert.Contains("no data  filing-100", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_HasSummaryAndResults()
    {
        var (exit, output, _) = cli.Run("evaluate", catalog, "--format", "json", "--as-of", "2020-06-30");

        Assert.Equal(1, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("2020-06-30", json.RootElement.GetProperty("asOf").GetString());
        JsonElement first = json.RootElement.GetProperty("results")[0];
        Assert.Equal("t-pm25", first.GetProperty("target").GetString());
        Assert.Equal("met", first.GetProperty("status").GetString());
        Assert.Equal(3m, first.GetProperty("margin").GetDecimal());
        Assert.Equal("ug/m3", first.GetProperty("marginUnit").GetString());
        Assert.Equal("临政办字〔2020〕86号", first.GetProperty("source").GetProperty("number").GetString());
        Assert.StartsWith("Met: annual mean PM2.5 is 49 µg/m³", first.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Markdown_PrintsAPipeTable()
    {
        var (_, output, _) = cli.Run("evaluate", catalog, "--format", "markdown");

        Assert.Contains("| Status | Target | Actual | Threshold | Margin | Source |", output, StringComparison.Ordinal);
        Assert.Contains("| met | t-pm25 | 49 µg/m³ | ≤ 52 µg/m³ | +3 µg/m³ | 临政办字〔2020〕86号 §5 |", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figures/malformed.json", "malformed.json: $.figures[1] (line 4)")]
    [InlineData("figures/unknown-target.json", "$.figures[0].target: unknown target 't-no-such-target'")]
    [InlineData("figures/wrong-unit.json", "$.figures[0].unit: unit 'days' does not measure what indicator 'pm25' measures")]
    public void Evaluate_BadFiguresFile_ExitsTwo_WithMessageOnStderrOnly(string file, string message)
    {
        var (exit, output, error) = cli.Run("evaluate", catalog, "--figures", cli.DataFile(file));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MissingCatalog_ExitsTwo()
    {
        var (exit, output, error) = cli.Run("evaluate", Path.Combine(Path.GetTempPath(), "no-such-catalog.json"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("no-such-catalog.json: cannot read the catalog: no such file.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MalformedCatalog_ExitsTwo_NamingPathAndLine()
    {
        string bad = cli.File("bad.json", "{\n  \"id\": \"x\",\n  \"title\": 5\n}");

        var (exit, output, error) = cli.Run("evaluate", bad);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("bad.json: $.title (line 3): expected a string", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2020-13-01")]
    [InlineData("--format", "xml")]
    public void Evaluate_BadOption_ExitsTwo(string option, string value)
    {
        var (exit, output, error) = cli.Run("evaluate", catalog, option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    // ---- --air with the hourly options of the air command ----

    /// <summary>
    /// Every day of 2020 with hour-ending labels 05:00 … 24:00 (24:00 written as 00:00 of the next day): 20 hours a day,
    /// values as HourlyCsv (AQI 30). Read hour-ending, every day has its 20 hours (valid, GB 3095 Table 4). Read
    /// hour-beginning, 2020-01-01 has only 05:00-23:00 (19 hours: invalid) and the last 00:00 falls into 2021.
    /// </summary>
    private static string HourEnding2020()
    {
        var csv = new LawGov.Indicators.Tests.AirQuality.HourlyCsv();
        for (var day = new NodaTime.LocalDate(2020, 1, 1); day.Year == 2020; day = day.PlusDays(1))
        {
            for (int h = 5; h <= 24; h++)
            {
                csv.Row("A", day.AtMidnight().PlusHours(h));
            }
        }
        return csv.ToString();
    }

    [Theory]
    [InlineData("ending", "(366/366)")] // 366 valid days, all good: the Linyi good-air rate 100 %
    [InlineData("beginning", "(365/365)")] // 2020-01-01 lacks a valid day under hour-beginning labels
    public void Evaluate_AirHourLabel_ReadsTheFileWithThoseLabels(string label, string counts)
    {
        string hourly = cli.File("ending.csv", HourEnding2020());

        var (_, output, error) = cli.Run("evaluate", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020), "--air", hourly, "--air-hour-label", label);

        Assert.Contains(counts, output, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AirExcludeDates_LeavesTheDaysOut()
    {
        // A full hour-beginning 2020 (366 good days) less two flagged days: 364 valid and good days.
        string hourly = cli.File("hourly.csv", new LawGov.Indicators.Tests.AirQuality.HourlyCsv()
            .Days("A", new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)).ToString());

        var (_, output, _) = cli.Run("evaluate", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020), "--air", hourly, "--air-exclude-dates", "2020-03-15,2020-03-16");

        Assert.Contains("(364/364)", output, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every hour of 2020 with PM2.5 65 µg/m³ (other pollutants as HourlyCsv). HJ 633-2012 Table 1: IAQI
    /// 50/40·(65−35)+50 = 87.5 → 88, a good day. HJ 633-2026 Table 3: 50/55·(65−60)+100 = 104.5 → 105, not good.
    /// </summary>
    private string Pm25At65In2020() => cli.File("hourly-65.csv", new LawGov.Indicators.Tests.AirQuality.HourlyCsv()
        .Days("A", new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31), pm25: "65").ToString());

    private string LinyiWithDayStandard(string standard)
    {
        string json = File.ReadAllText(cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020))
            .Replace("\"code\": \"air:good-days\"", $"\"code\": \"air:good-days\", \"standard\": \"{standard}\"", StringComparison.Ordinal)
            .Replace("\"code\": \"air:valid-days\"", $"\"code\": \"air:valid-days\", \"standard\": \"{standard}\"", StringComparison.Ordinal);
        Assert.Contains(standard, json, StringComparison.Ordinal);
        return cli.File("linyi-" + standard + ".json", json);
    }

    [Theory]
    [InlineData("hj633-2012", "met        linyi-2020-good-air-rate-target")] // 366 good days of 366
    [InlineData("hj633-2026", "NOT MET    linyi-2020-good-air-rate-target")] // no good day under the 2026 breakpoints
    public void Evaluate_AirIndicatorNamingAStandard_IsJudgedUnderIt(string standard, string expected)
    {
        var (_, output, _) = cli.Run("evaluate", LinyiWithDayStandard(standard), "--air", Pm25At65In2020());

        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_IndicatorStandard_ComesBeforeAirStandard()
    {
        // The day counts name hj633-2012; --air-standard hj633-2026 applies only to the indicators that name none.
        var (_, output, _) = cli.Run("evaluate", LinyiWithDayStandard("hj633-2012"), "--air", Pm25At65In2020(), "--air-standard", "hj633-2026");

        Assert.Contains("met        linyi-2020-good-air-rate-target", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AirStandardWithoutIndicatorStandard_Applies()
    {
        var (_, output, _) = cli.Run("evaluate", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020), "--air", Pm25At65In2020(), "--air-standard", "hj633-2026");

        Assert.Contains("NOT MET    linyi-2020-good-air-rate-target", output, StringComparison.Ordinal);
    }

    // An --air-… option without --air would be ignored, so a mistyped command would look like it applied: exit 2.
    [Theory]
    [InlineData("--air-standard", "hj633-2026")]
    [InlineData("--air-city", "Linyi")]
    [InlineData("--air-hour-label", "ending")]
    [InlineData("--air-exclude-dates", "2020-01-01")]
    public void Evaluate_AirOptionWithoutAir_ExitsTwo(string option, string value)
    {
        var (exit, output, error) = cli.Run("evaluate", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020), option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(option + ": applies only with --air", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--air-exclude-dates", "2020-02-30", "--air-exclude-dates: '2020-02-30' is not a date")]
    [InlineData("--air-hour-label", "middle", "Unknown --air-hour-label 'middle'")]
    public void Evaluate_BadAirHourlyOption_ExitsTwo(string option, string value, string message)
    {
        string hourly = cli.File("hourly.csv", new LawGov.Indicators.Tests.AirQuality.HourlyCsv()
            .Days("A", new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 1, 1)).ToString());

        var (exit, output, error) = cli.Run("evaluate", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Linyi2020), "--air", hourly, option, value);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ShowsAnExample()
    {
        var (exit, output, _) = cli.Run("evaluate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("lawgov-indicators evaluate seeds/linyi-2020.json", output, StringComparison.Ordinal);
        Assert.Contains("--figures", output, StringComparison.Ordinal);
    }

    // A figure naming an indicator (not a target) needs its period; the help says so and shows a figures file.
    [Fact]
    public void Help_DescribesTheFigureFields()
    {
        var (_, output, _) = cli.Run("evaluate", "--help");

        Assert.Contains("an \"indicator\" with a \"period\"", output, StringComparison.Ordinal);
        Assert.Contains("\"numerator\" and \"denominator\"", output, StringComparison.Ordinal);
        Assert.Contains("\"statedAs\"", output, StringComparison.Ordinal);
        Assert.Contains("{\"figures\": [{\"id\": \"online-2020\"", output, StringComparison.Ordinal);
    }

    // sample.json t-good is softened (qualifier soft): its threshold says so.
    [Fact]
    public void Evaluate_SoftTarget_IsMarkedInTheThreshold()
    {
        var (_, output, _) = cli.Run("evaluate", catalog);

        Assert.Contains("≥ 62% (soft)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("≤ 52 µg/m³ (", output, StringComparison.Ordinal); // t-pm25 is a plain statement
    }

    // 13 filed of 12 due is 108.33 %, impossible for a share: the INVALID row is followed by its reason.
    [Fact]
    public void Evaluate_InvalidFigure_PrintsTheReason()
    {
        string figures = cli.File("too-many.json", """{"figures": [{"id": "too-many", "target": "filing-100", "numerator": 13, "denominator": 12}]}""");

        var (exit, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", figures, "--as-of", "2022-01-01");

        Assert.Equal(1, exit);
        Assert.Contains("INVALID filing-100: too-many: 13/12 is 108.33%, above 100% for a share.", output, StringComparison.Ordinal);
    }

    // In markdown the reasons of invalid results follow the table as a list, separated from it and from the summary
    // by blank lines (else the summary would run into the last item).
    [Fact]
    public void Evaluate_InvalidFigure_Markdown_ListsTheReasonAfterTheTable()
    {
        string figures = cli.File("too-many.json", """{"figures": [{"id": "too-many", "target": "filing-100", "numerator": 13, "denominator": 12}]}""");

        var (_, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", figures, "--as-of", "2022-01-01", "--format", "markdown");

        Assert.Contains("|\n\n- INVALID filing-100: too-many: 13/12 is 108.33%, above 100% for a share.\n\n1 targets:", output, StringComparison.Ordinal);
    }

    // The reason printed is the result's own (TargetResult.Reason), the one the explanation ends with.
    [Fact]
    public void Evaluate_InvalidFigure_PrintsTheResultsReason()
    {
        string figures = cli.File("too-many.json", """{"figures": [{"id": "too-many", "target": "filing-100", "numerator": 13, "denominator": 12}]}""");
        LawGov.Indicators.Targets.Catalog catalog = LawGov.Indicators.Serialization.CatalogJson.Parse(TestData.ReadText("catalogs/filing.json"));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(figures)));
        var result = LawGov.Indicators.Evaluation.Evaluator.Evaluate(catalog.WithFigures(LawGov.Indicators.Serialization.CatalogJson.ReadFigures(stream, catalog))).Results[0];

        var (_, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", figures, "--as-of", "2022-01-01");

        Assert.Contains("INVALID filing-100: " + result.Reason!.MessageEn + "\n", output, StringComparison.Ordinal);
        Assert.EndsWith(": " + result.Reason.MessageEn + " [filing-100; 某区 2021; 某区2021年工作要点 §7]", result.ExplanationEn, StringComparison.Ordinal);
    }

    // A deadline done one day early (2021-06-29 for 2021-06-30, hand count) has margin +1 in days: "+1 d", the unit's
    // symbol as for every margin, never "+1 days".
    [Fact]
    public void Evaluate_DeadlineOneDayEarly_PrintsTheMarginInDays()
    {
        string milestone = cli.File("milestone.json", """
            {"id": "m", "title": "M", "jurisdiction": "某区",
             "documents": [{"id": "plan", "title": "某区2021年工作要点", "effective": "2021"}],
             "indicators": [{"id": "done", "nameZh": "完成", "nameEn": "done", "unit": "date", "polarity": "lowerIsBetter"}],
             "targets": [{"id": "done-by", "indicator": "done", "due": "2021-06-30", "source": {"document": "plan", "clause": "1"}}],
             "figures": [{"id": "done-on", "target": "done-by", "date": "2021-06-29", "source": {"document": "plan"}}]}
            """);

        var (exit, output, _) = cli.Run("evaluate", milestone, "--as-of", "2022-01-01");

        Assert.Equal(0, exit);
        Assert.Matches(@"by 2021-06-30 +\+1 d +", output);
        Assert.DoesNotContain("days", output, StringComparison.Ordinal);
    }

    // A figure the document gives no number for (qualifier implied): 12 of 12 meets ≥ 100 % as any figure would, and the
    // table marks the actual value, the JSON evidence the figure.
    [Fact]
    public void Evaluate_ImpliedFigure_IsMarkedInTheActualColumnAndTheEvidence()
    {
        string figures = cli.File("implied.json", """{"figures": [{"id": "all-filed", "target": "filing-100", "numerator": 12, "denominator": 12, "qualifiers": ["implied"]}]}""");

        var (exit, output, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", figures, "--as-of", "2022-01-01");
        var (_, json, _) = cli.Run("evaluate", cli.DataFile("catalogs/filing.json"), "--figures", figures, "--as-of", "2022-01-01", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Matches(@"\nmet +filing-100 +100\.00% \(12/12\) \(implied\) +≥ 100%", output);
        using JsonDocument result = JsonDocument.Parse(json);
        JsonElement evidence = Assert.Single(result.RootElement.GetProperty("results")[0].GetProperty("evidence").EnumerateArray());
        Assert.Equal(("all-filed", "implied"), (evidence.GetProperty("figure").GetString(), Assert.Single(evidence.GetProperty("qualifiers").EnumerateArray()).GetString()));
    }
}
