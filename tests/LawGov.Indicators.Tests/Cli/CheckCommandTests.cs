using System.Text.Json;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    private const string Report = """
        {
          "id": "report", "title": "Report", "jurisdiction": "高州市",
          "documents": [{"id": "r", "title": "高州市2020年法治政府建设年度报告", "kind": "report", "issued": "2020-12-24", "effective": "2020", "publicationDeadline": "2021-04-01"}],
          "indicators": [
            {"id": "online", "nameZh": "可网办率", "nameEn": "online rate", "unit": "%"},
            {"id": "activation", "nameZh": "执法人员账号开通率", "nameEn": "account activation rate", "unit": "%"}
          ],
          "figures": [
            {"id": "online", "indicator": "online", "numerator": 1340, "denominator": 1341, "value": 99.93, "source": {"document": "r", "clause": "(二)7"}},
            {"id": "activation", "indicator": "activation", "value": 218.36, "source": {"document": "r", "clause": "(二)7"}}
          ]
        }
        """;

    // Seed 001: the 218.36 % share is an error; 1340/1341 → 99.93 is consistent; the report is dated 2020-12-24.
    [Fact]
    public void Check_FlagsImpossibleShareAndEarlyDate_NotTheConsistentRate()
    {
        var (exit, output, error) = cli.Run("check", cli.File("report.json", Report));

        Assert.Equal(1, exit);
        Assert.Empty(error);
        Assert.Contains("error     ShareAbove100", output, StringComparison.Ordinal);
        Assert.Contains("DatedBeforePeriodEnd", output, StringComparison.Ordinal);
        Assert.DoesNotContain("StatedValueInconsistent", output, StringComparison.Ordinal);
        Assert.Contains("2 findings: 1 errors, 1 warnings, 0 info (2 figures checked)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_ListsFindingsWithCodes()
    {
        var (_, output, _) = cli.Run("check", cli.File("report.json", Report), "--format", "json");

        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal("shareAbove100", json.RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Equal("activation", json.RootElement.GetProperty("findings")[0].GetProperty("figure").GetString());
    }

    [Fact]
    public void Check_CleanCatalog_ExitsZero()
    {
        var (exit, _, _) = cli.Run("check", cli.DataFile("catalogs/sample.json"));

        Assert.Equal(0, exit);
    }

    [Fact]
    public void Help_Check_ListsTheChecksFormatsAndExitCodesWithExamples()
    {
        var (exit, output, _) = cli.Run("check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("<catalog>", output, StringComparison.Ordinal);
        Assert.Contains("--format <json|table>", output, StringComparison.Ordinal);
        Assert.Contains("shares above 100 %", output, StringComparison.Ordinal);
        Assert.Contains("\"findings\"", output, StringComparison.Ordinal);
        Assert.Contains("Exit code: 0", output, StringComparison.Ordinal);
        Assert.Contains("lawgov-indicators check seeds/gaozhou-2020.json", output, StringComparison.Ordinal);
    }

    // A target whose condition points against its indicator's polarity (≤ 5 % on a higher-is-better rate): the table
    // names the target the finding is about.
    [Fact]
    public void Check_FindingAboutATarget_ShowsTheTargetInTheTable()
    {
        string catalog = cli.File("polarity.json", TestData.ReadText("catalogs/filing.json").Replace("\"atLeast\": 100", "\"atMost\": 5", StringComparison.Ordinal));

        var (exit, output, _) = cli.Run("check", catalog);

        Assert.Equal(1, exit);
        Assert.Matches(@"\nwarning +PolarityConflict +filing-100 +Target 'filing-100' requires ≤ 5%", output);
        Assert.Matches(@"Severity +Finding +Figure +Target +Message", output);
    }
}
