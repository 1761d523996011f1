using System.Text.Json;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Serialization;

public class CatalogSchemaTests
{
    [Fact]
    public void GetSchema_MatchesTheCheckedInSchema()
    {
        string checkedIn = TestData.ReadText("catalog.schema.json");

        string generated = CatalogJson.GetSchema();

        Assert.True(
            checkedIn == generated,
            "seeds/catalog.schema.json is out of date with the catalog format. Regenerate it with: "
            + "dotnet run --project src/LawGov.Indicators.Cli -- schema > seeds/catalog.schema.json");
    }

    [Fact]
    public void GetSchema_DescribesTheFormat()
    {
        using JsonDocument schema = JsonDocument.Parse(CatalogJson.GetSchema());
        JsonElement properties = schema.RootElement.GetProperty("properties");

        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
        Assert.True(properties.TryGetProperty("targets", out _));
        JsonElement target = properties.GetProperty("targets").GetProperty("items").GetProperty("properties");
        Assert.Contains("allOf", target.GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(@"^\d{4}-\d{2}-\d{2}$", target.GetProperty("due").GetProperty("pattern").GetString());
    }

    // An indicator's standard is one of the AQI standards that assess hourly data (Indicator.StandardCodes), or absent.
    [Fact]
    public void GetSchema_IndicatorStandard_IsAnEnumOfTheHourlyStandards()
    {
        using JsonDocument schema = JsonDocument.Parse(CatalogJson.GetSchema());

        JsonElement standard = schema.RootElement.GetProperty("properties").GetProperty("indicators").GetProperty("items")
            .GetProperty("properties").GetProperty("standard");

        Assert.Equal(["hj633-2012", "hj633-2026", null], standard.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("--", standard.GetProperty("description").GetString(), StringComparison.Ordinal); // library terms, no CLI options
    }
}
