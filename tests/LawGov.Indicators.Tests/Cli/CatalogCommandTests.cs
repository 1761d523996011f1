using LawGov.Indicators.Serialization;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Catalog_Json_PrintsTheNormalisedCatalog()
    {
        var (exit, output, _) = cli.Run("catalog", cli.DataFile("catalogs/sample.json"));

        Assert.Equal(0, exit);
        Assert.Equal(CatalogJson.Write(CatalogJson.Parse(TestData.ReadText("catalogs/sample.json"))), output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Catalog_Table_ListsTargetsAndFigures()
    {
        var (exit, output, _) = cli.Run("catalog", cli.DataFile("catalogs/sample.json"), "--format", "table");

        Assert.Equal(0, exit);
        Assert.Contains("t-platform", output, StringComparison.Ordinal);
        Assert.Contains("by 2020-12-31", output, StringComparison.Ordinal);
        Assert.Contains("227/366, 62.02%", output, StringComparison.Ordinal);
        Assert.Contains("6 indicators, 5 targets, 5 figures", output, StringComparison.Ordinal);
    }

    // sample.json: t-pm25 declares 0 decimals and leads with 市生态环境局; t-good is softened.
    [Fact]
    public void Catalog_Table_ShowsRoundingQualifiersAndResponsibleUnits()
    {
        var (exit, output, _) = cli.Run("catalog", cli.DataFile("catalogs/sample.json"), "--format", "table");

        Assert.Equal(0, exit);
        Assert.Matches(@"\nt-pm25 .*0 dp half-even, full value .*临政办字〔2020〕86号 §5 +市生态环境局\n", output);
        Assert.Matches(@"\nt-good .*2 dp half-even, full value +soft ", output);
        Assert.Contains("Lead", output, StringComparison.Ordinal);
        Assert.Contains("Cooperating", output, StringComparison.Ordinal);
    }

    // Seed 002 (2): 市政府办公厅牵头, …各县市区政府配合; seed 001 (二)9 全覆盖 is an implied figure.
    [Fact]
    public void Catalog_TableOfSeeds_ShowsCooperatingUnitsAndImpliedFigures()
    {
        string changzhi = cli.Run("catalog", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Changzhi2015To2020), "--format", "table").Output;
        string gaozhou = cli.Run("catalog", cli.SeedFile(LawGov.Indicators.Targets.SeedCatalogs.Gaozhou2020), "--format", "table").Output;

        Assert.Matches(@"\nchangzhi-2015-2020-service-platforms-operating-target .* 市政府办公厅 +市发改委、市政务服务中心、相关单位、各县市区政府\n", changzhi);
        Assert.Matches(@"\ngaozhou-2020-legal-service-platform-coverage-figure +gaozhou-2020-legal-service-platform-coverage +100% +implied ", gaozhou);
    }

    [Fact]
    public void Help_Catalog_DescribesBothFormatsWithExamples()
    {
        var (exit, output, _) = cli.Run("catalog", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("<catalog>", output, StringComparison.Ordinal);
        Assert.Contains("--format <json|table>", output, StringComparison.Ordinal);
        Assert.Contains("lead and cooperating units", output, StringComparison.Ordinal);
        Assert.Contains("lawgov-indicators catalog seeds/kunshan-2020.json", output, StringComparison.Ordinal);
        Assert.Contains("--format table", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Schema_SaysWhatItPrintsWithAnExample()
    {
        var (exit, output, _) = cli.Run("schema", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("JSON Schema (draft 2020-12)", output, StringComparison.Ordinal);
        Assert.Contains("lawgov-indicators schema > seeds/catalog.schema.json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_PrintsTheCheckedInSchema()
    {
        var (exit, output, _) = cli.Run("schema");

        Assert.Equal(0, exit);
        Assert.Equal(TestData.ReadText("catalog.schema.json"), output);
    }
}
