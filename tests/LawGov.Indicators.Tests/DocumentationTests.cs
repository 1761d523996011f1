using System.Text.RegularExpressions;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests;

/// <summary>
/// The user-facing documents name no path of one machine: an example command names a file relative to where it runs
/// (<c>records.csv</c>), never a scratch or home directory of the machine it was written on.
/// </summary>
public partial class DocumentationTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("seeds/README.md")]
    [InlineData("benchmarks/README.md")]
    public void Document_NamesNoAbsoluteMachinePath(string name)
    {
        string[] lines = TestData.ReadText(name).Split('\n');

        string[] found = lines.Select((line, i) => (Line: i + 1, Match: MachinePath().Match(line)))
            .Where(p => p.Match.Success)
            .Select(p => $"{name}:{p.Line}: {p.Match.Value}")
            .ToArray();

        Assert.Empty(found);
    }

    // A directory of one machine at the start of a path: scratch space, home and root directories, optional software,
    // and the workplace this project is written in.
    [GeneratedRegex(@"(?<![\w.~-])/(?:work|tmp|root|home|opt)/")]
    private static partial Regex MachinePath();
}
