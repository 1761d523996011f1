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

    [Fact]
    public void Schema_PrintsTheCheckedInSchema()
    {
        var (exit, output, _) = cli.Run("schema");

        Assert.Equal(0, exit);
        Assert.Equal(TestData.ReadText("catalog.schema.json"), output);
    }
}
