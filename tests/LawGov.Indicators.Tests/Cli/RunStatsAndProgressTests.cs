using LawGov.Indicators.Cli;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.AirQuality;
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

    // One station, every hour of 2023: 365 × 24 = 8,760 rows read, reported by `air` itself.
    [Fact]
    public void Stats_OnAir_CountsRowsAndLeavesStdoutUnchanged()
    {
        string csv = cli.File("hourly.csv", OneStation2023());

        var plain = cli.Run("air", csv, "--standard", "hj633-2012", "--format", "json");
        var withStats = cli.Run("air", csv, "--standard", "hj633-2012", "--format", "json", "--stats");

        Assert.Equal(0, withStats.ExitCode);
        Assert.Equal(plain.Output, withStats.Output);
        Assert.Empty(plain.Error);
        Assert.Matches(@"^stats: 8,760 rows read in \d+\.\d{3} s \([\d,—]+/s\); peak memory \d+\.\d MiB; managed allocations \d+\.\d MiB\n$", withStats.Error);
    }

    // --daily goes its own way through the command, and reports the same rows.
    [Fact]
    public void Stats_OnAirDaily_CountsRows()
    {
        string csv = cli.File("hourly.csv", OneStation2023());

        var (exit, _, error) = cli.Run("air", csv, "--standard", "hj633-2012", "--daily", "--stats");

        Assert.Equal(0, exit);
        Assert.StartsWith("stats: 8,760 rows read in ", error, StringComparison.Ordinal);
    }

    // ---- Progress on a terminal: the commands' wiring, with every report shown at once ---------------------------

    [Fact]
    public void Progress_AirOnATerminal_ShowsTheWholeFileReadThenClearsTheLine()
    {
        string csv = cli.File("hourly.csv", OneStation2023());
        string[] args = ["air", csv, "--standard", "hj633-2012", "--format", "json"];

        var (exit, output, error) = RunOnATerminal(args);

        Assert.Equal(0, exit);
        Assert.Equal(cli.Run(args).Output, output);
        Assert.StartsWith("\rreading " + csv + ": ", error, StringComparison.Ordinal);
        Assert.Contains("\rreading " + csv + ": 100.0% (0 of 0 MiB)", error, StringComparison.Ordinal);
        Assert.EndsWith(ClearedLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_EvaluateWithAirOnATerminal_ShowsTheHourlyFileRead()
    {
        string csv = cli.File("hourly.csv", new HourlyCsv().Days("A", new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)).ToString());
        string[] args = ["evaluate", cli.SeedFile(SeedCatalogs.Linyi2020), "--air", csv];

        var (exit, output, error) = RunOnATerminal(args);

        Assert.Equal(1, exit); // the plan's other targets have no data
        Assert.Equal(cli.Run(args).Output, output);
        Assert.Contains("\rreading " + csv + ": 100.0% (0 of 0 MiB)" + ClearedLine, error, StringComparison.Ordinal);
    }

    // The timeliness reader gets a wrapped stream: its last read (0 bytes, at the end) reports the whole file.
    [Fact]
    public void Progress_TimelinessOnATerminal_ShowsTheWholeFileRead()
    {
        string csv = cli.File("records.csv", TimelinessSample.Csv);
        string[] args = ["timeliness", csv, "--start", "received", "--end", "replied", "--limit", "20wd", "--as-of", "2020-12-31"];

        var (exit, output, error) = RunOnATerminal(args);

        Assert.Equal(1, exit); // two bad records
        Assert.Equal(cli.Run(args).Output, output);
        Assert.StartsWith("\rreading " + csv + ": ", error, StringComparison.Ordinal);
        Assert.Contains("\rreading " + csv + ": 100.0% (0 of 0 MiB)" + ClearedLine, error, StringComparison.Ordinal);
    }

    // Redirected stderr: no progress even when every report would be shown.
    [Fact]
    public void Progress_AirNotATerminal_ShowsNothing()
    {
        string csv = cli.File("hourly.csv", OneStation2023());

        var error = new StringWriter();
        CliApp.Run(["air", csv, "--standard", "hj633-2012"], new CliContext(new StringWriter(), error, new FakeClock(), errorIsTerminal: false, TimeSpan.Zero, TimeSpan.Zero));

        Assert.DoesNotContain("reading", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLine_For_NotATerminal_IsNull()
    {
        string path = cli.File("hourly.csv", OneStation2023());
        using FileStream file = File.OpenRead(path);

        Assert.Null(ProgressLine.For(file, new CliContext(TextWriter.Null, new StringWriter(), new FakeClock(), errorIsTerminal: false), path));
        using ProgressLine? line = ProgressLine.For(file, new CliContext(TextWriter.Null, new StringWriter(), new FakeClock(), errorIsTerminal: true), path);
        Assert.NotNull(line);
    }

    // A read that ends within the first second shows nothing and clears nothing.
    [Fact]
    public void ProgressLine_BeforeTheDelay_WritesNothing()
    {
        var error = new StringWriter();
        using (var line = new ProgressLine(error, "hourly.csv", 100, TimeSpan.FromHours(1), TimeSpan.Zero))
        {
            line.Report(50);
            line.Report(100);
        }

        Assert.Equal("", error.ToString());
    }

    // The console's context shows the first line after a second and then at most twice a second; a test's context
    // passes its own timing, which the progress line of a command uses.
    [Fact]
    public void CliContext_ProgressTiming_DefaultsAndPassesThrough()
    {
        var defaults = new CliContext(TextWriter.Null, TextWriter.Null, new FakeClock());
        var immediate = new CliContext(TextWriter.Null, TextWriter.Null, new FakeClock(), errorIsTerminal: true, TimeSpan.Zero, TimeSpan.Zero);

        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(500)), (defaults.ProgressDelay, defaults.ProgressInterval));
        var error = new StringWriter();
        using (Stream stream = ProgressStream.Wrap(new MemoryStream(new byte[10]), new CliContext(TextWriter.Null, error, new FakeClock(), errorIsTerminal: true, TimeSpan.Zero, TimeSpan.Zero), "x.csv"))
        {
            stream.ReadExactly(new byte[10]);
        }
        Assert.Contains("\rreading x.csv: 100.0%", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, immediate.ProgressDelay);
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

    /// <summary>What a shown progress line leaves when it is disposed: the line overwritten with 72 spaces.</summary>
    private static readonly string ClearedLine = "\r" + new string(' ', 72) + "\r";

    private static string OneStation2023() => new HourlyCsv().Days("A", new LocalDate(2023, 1, 1), new LocalDate(2023, 12, 31)).ToString();

    /// <summary>Runs the command line with stderr seen as a terminal and every progress report shown at once.</summary>
    private static (int ExitCode, string Output, string Error) RunOnATerminal(string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, new CliContext(output, error, new FakeClock(), errorIsTerminal: true, progressDelay: TimeSpan.Zero, progressInterval: TimeSpan.Zero));
        return (exit, output.ToString(), error.ToString());
    }

    private sealed class FakeClock : IClock
    {
        public Instant GetCurrentInstant() => CliRunner.Now;
    }
}
