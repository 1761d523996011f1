using System.Text.Json;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

/// <summary>The command line on every built-in seed catalog.</summary>
public sealed class SeedCatalogCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    public static TheoryData<string> Seeds() => [.. SeedCatalogs.Names];

    // Every seed has targets the document gives no outcome for, so none is wholly met: exit 1, never 2.
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_EverySeed_PrintsOneRowPerTargetAndASummary(string seed)
    {
        Catalog catalog = SeedCatalogs.Load(seed);

        var (exit, output, error) = cli.Run("evaluate", cli.SeedFile(seed), "--format", "json");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(catalog.Targets.Count, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.Equal(catalog.Targets.Count, json.RootElement.GetProperty("summary").GetProperty("targets").GetInt32());
        Assert.All(json.RootElement.GetProperty("results").EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("source").GetProperty("clause").GetString())));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Catalog_EverySeed_RoundTripsThroughTheCommand(string seed)
    {
        var (exit, output, _) = cli.Run("catalog", cli.SeedFile(seed));

        Assert.Equal(0, exit);
        string normalised = cli.File("normalised.json", output);
        Assert.Equal(0, cli.Run("catalog", normalised).ExitCode);
        Assert.Equal(output, cli.Run("catalog", normalised).Output);
    }

    // Seed 000 is a plan: every target is "no data"; the README's main job shows this table.
    [Fact]
    public void Evaluate_Linyi_AllNoData()
    {
        var (exit, output, _) = cli.Run("evaluate", cli.SeedFile(SeedCatalogs.Linyi2020));

        Assert.Equal(1, exit);
        Assert.Contains("no data  linyi-2020-pm25-annual-mean-target", output, StringComparison.Ordinal);
        Assert.Contains("≤ 52 µg/m³", output, StringComparison.Ordinal);
        Assert.Contains("临政办字〔2020〕86号 §一、5", output, StringComparison.Ordinal);
        Assert.Matches(@"\d+ targets: 0 met, 0 not met, 0 not applicable, \d+ no data, 0 indeterminate, 0 invalid", output);
    }

    // Seed 001 (gaozhou): (二)7 reports 执法人员账号开通率 218.36 % — impossible for a share; (五)4 and (五)5 state the
    // 2020 online-exam participants as 1427 and as 1251; (二)7's 1340 of 1341 = 99.9254 % rounds to the stated 99.93 %.
    [Fact]
    public void Check_Gaozhou_FlagsTheImpossibleShareAndTheExamCounts_NotTheOnlineRate()
    {
        var (exit, output, _) = cli.Run("check", cli.SeedFile(SeedCatalogs.Gaozhou2020), "--format", "json");

        Assert.Equal(1, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Code: f.GetProperty("code").GetString(), Figure: f.TryGetProperty("figure", out var id) ? id.GetString() : null, Message: f.GetProperty("message").GetString()!))
            .ToList();
        Assert.Contains(findings, f => f.Code == "shareAbove100" && f.Figure == "gaozhou-2020-enforcer-account-activation-rate-figure");
        Assert.Contains(findings, f => f.Code == "conflictingFigures" && f.Message.Contains("1427", StringComparison.Ordinal) && f.Message.Contains("1251", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Figure == "gaozhou-2020-online-processable-rate-figure");
    }

    // Seed 004 (leshan): the 2019 report was published 2020-06-01, 61 days after 1 April (time-limits.md §2).
    [Fact]
    public void Check_Leshan_FlagsTheLatePublication()
    {
        var (exit, output, _) = cli.Run("check", cli.SeedFile(SeedCatalogs.LeshanHighTechZone2019));

        Assert.Equal(1, exit);
        Assert.Contains("PublishedAfterDeadline", output, StringComparison.Ordinal);
        Assert.Contains("61 days", output, StringComparison.Ordinal);
    }

    // The Linyi plan's air targets judged from a year of hourly data (one station, every hour of 2020, PM2.5 10,
    // PM10 20, NO2 20 µg/m³ …: AQI 30 every day, see AirQualityFiguresTests): all five air targets are met.
    [Fact]
    public void Evaluate_LinyiWithHourlyAirData_JudgesTheAirTargets()
    {
        string csv = cli.File("hourly.csv", new LawGov.Indicators.Tests.AirQuality.HourlyCsv()
            .Days("A", new NodaTime.LocalDate(2020, 1, 1), new NodaTime.LocalDate(2020, 12, 31)).ToString());

        var (exit, output, error) = cli.Run("evaluate", cli.SeedFile(SeedCatalogs.Linyi2020), "--air", csv, "--stats");

        Assert.Equal(1, exit); // the plan's other targets still have no data
        Assert.Contains("met      linyi-2020-pm25-annual-mean-target", output, StringComparison.Ordinal);
        Assert.Contains("10 µg/m³", output, StringComparison.Ordinal);
        Assert.Contains("met        linyi-2020-good-air-rate-target", output, StringComparison.Ordinal);
        Assert.Contains("366 d", output, StringComparison.Ordinal);
        Assert.Matches(@"stats: [\d,]+ targets, figures and hourly rows read", error);
    }

    [Fact]
    public void Evaluate_AirOnACatalogWithoutAirTargets_ExitsTwo()
    {
        var (exit, output, error) = cli.Run("evaluate", cli.SeedFile(SeedCatalogs.Kunshan2020), "--air", cli.File("hourly.csv", "station,time,PM2.5,PM10,SO2,NO2,CO,O3\n"));

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--air: the catalog has no target on an indicator with an air code", error, StringComparison.Ordinal);
    }
}
