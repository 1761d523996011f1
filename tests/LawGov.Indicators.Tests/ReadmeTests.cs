using System.Text.RegularExpressions;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests;

/// <summary>Keeps the README's promises true: its set-up commands and its C# quick start.</summary>
public class ReadmeTests
{
    private static readonly string Readme = TestData.ReadText("README.md");

    [Fact]
    public void SetUp_HasExactlyTheTwoCommands_MainJobAndTests()
    {
        Match block = Regex.Match(Readme, "```sh\n(.*?)```", RegexOptions.Singleline);

        Assert.True(block.Success);
        Assert.Equal(
            ["dotnet run --project src/LawGov.Indicators.Cli -- evaluate seeds/linyi-2020.json", "dotnet test LawGov.Indicators.sln"],
            block.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(SeedCatalogs.Linyi2020, SeedCatalogs.Names);
    }

    // The quick start, verbatim: the printed line in the README must be what the code prints.
    [Fact]
    public void QuickStart_PrintsTheLineTheReadmeShows()
    {
        var plan = new SourceDocument("plan", "高州市2020年法治政府建设年度报告", DocumentKind.Report, issued: new(2020, 12, 24));
        var online = new Indicator("online-rate", "可网办率", "share of items processable online", Unit.Percent);
        var target = new ValueTarget("online-999", online, Condition.AtLeast(99.9m), Periods.Year(2020),
            new Scope("高州市"), new Provenance(plan, "(二)7"));

        TargetResult result = Evaluator.Evaluate(target, new Rate(1340, 1341));

        Assert.Contains("// " + result.ExplanationEn + "\n", Readme, StringComparison.Ordinal);
        TargetAssert.Met(result);
    }

    [Fact]
    public void QuickStart_GaozhouCheck_FlagsTheImpossibleShare() =>
        Assert.Contains(DataQuality.Check(SeedCatalogs.Load(SeedCatalogs.Gaozhou2020)), f => f.Code == FindingCode.ShareAbove100);

    // The aggregation example, with three replies: 兰山区司法局 2 of 2 on time and 兰山区市场监管局 0 of 1 in January
    // roll up to 2/3 for 兰山区, below 90 %.
    [Fact]
    public void AggregationExample_PrintsTheLineTheReadmeShows()
    {
        var doc = new SourceDocument("plan", "临沂市2020年法治政府建设工作计划");
        var indicator = new Indicator("reply-rate", "按时答复率", "replies on time", Unit.Percent);
        var target = new ValueTarget("replies-90", indicator, Condition.AtLeast(90m), Periods.Year(2020), new Scope("临沂市"), new Provenance(doc, "5"));
        (string Unit, NodaTime.LocalDate Received, bool OnTime)[] replies =
            [("ls-a", new(2020, 1, 5), true), ("ls-a", new(2020, 1, 9), true), ("ls-b", new(2020, 1, 20), false)];
        string json = """{"units":[{"id":"lanshan","name":"兰山区"},{"id":"ls-a","name":"兰山区司法局","parent":"lanshan"},{"id":"ls-b","name":"兰山区市场监管局","parent":"lanshan"}]}""";

        GroupedRates rates = GroupedRates.Tally(replies, r => r.Unit, r => r.Received, r => r.OnTime, PeriodKind.Month);
        OrganisationTree tree = AggregationJson.ReadOrganisationTree(json);
        RollupResult january = Rollup.Evaluate(tree, target, rates.ForPeriod(Periods.Month(2020, 1)));

        Assert.Contains("\n// " + january["lanshan"].Rate + " " + january["lanshan"].Status + "\n", Readme, StringComparison.Ordinal);
        Assert.Contains(json[..60], Readme, StringComparison.Ordinal);
    }
}
