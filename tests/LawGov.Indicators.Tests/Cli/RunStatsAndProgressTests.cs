using LawGov.Indicators.Cli;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Cli;

public sealed class RunStatsAndProgressTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public void Stats_GoToStderr_AndLeaveStdoutUnchanged()
    {
        string catalog = cli.DataFile("catalogs/sample.json");

        var plain = cli.Run("evaluate", catalog, "--format", "json");
        var withStats = cli.Run("evaluate", catalog, "--format", "json", "--stats");

        Assert.Equal(plain.Output, withStats.Output);
        Assert.Empty(plain.Error);
        // sample.json holds 5 targets and 5 figures.
        Assert.Matches(@"^stats: 10 targets and figures read in \d+\.\d{3} s \([\d,—]+/s\); peak memory \d+\.\d MiB; managed allocations \d+\.\d MiB\n$", withStats.Error);
    }

    [Fact]
    public void Stats_OnTimeliness_CountsRecords()
    {
        string csv = cli.File("records.csv", TimelinessSample.Csv);

        var (_, _, error) = cli.Run("timeliness", csv, "--start", "received", "--end", "replied", "--limit", "20wd", "--as-of", "2020-12-31", "--stats");

        // TimelinessSample: 7 data lines, 2 of them bad — all 7 were read.
        Assert.Contains("stats: 7 records read", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_NotATerminal_StreamIsUnwrapped()
    {
        using var inner = new MemoryStream(new byte[10]);
        var context = new CliContext(TextWriter.Null, new StringWriter(), new FakeClock(), errorIsTerminal: false);

        Assert.Same(inner, ProgressStream.Wrap(inner, context, "x"));
    }

    [Fact]
    public void Progress_OnATerminal_ReportsShareReadAndClearsTheLine()
    {
        var error = new StringWriter();
        using (var stream = new ProgressStream(new MemoryStream(new byte[4 * 1024 * 1024]), error, "records.csv", 4 * 1024 * 1024, TimeSpan.Zero, TimeSpan.Zero))
        {
            var buffer = new byte[1024 * 1024];
            while (stream.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        string text = error.ToString();
        Assert.Contains("\rreading records.csv:  25.0% (1 of 4 MiB)", text, StringComparison.Ordinal);
        Assert.Contains("\rreading records.csv: 100.0% (4 of 4 MiB)", text, StringComparison.Ordinal);
        Assert.EndsWith("\r" + new string(' ', 72) + "\r", text, StringComparison.Ordinal);
    }

    private sealed class FakeClock : IClock
    {
        public Instant GetCurrentInstant() => CliRunner.Now;
    }
}
