using LawGov.Indicators.Cli;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>Runs the CLI in-process with captured output and a fixed clock.</summary>
public static class CliRun
{
    /// <summary>Runs <paramref name="args"/> with the clock fixed at <paramref name="now"/> (default 2021-01-15 12:00 UTC+8).</summary>
    public static (int ExitCode, string Output, string Error) Run(string[] args, Instant? now = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var clock = new FixedClock(now ?? Instant.FromUtc(2021, 1, 15, 4, 0));
        int exitCode = CliApp.Run(args, new CliContext(output, error, clock));
        return (exitCode, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
