using System.Text.RegularExpressions;
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
}
