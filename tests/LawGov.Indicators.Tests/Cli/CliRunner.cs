using LawGov.Indicators.Cli;
using NodaTime;

namespace LawGov.Indicators.Tests.Cli;

/// <summary>Runs the CLI in-process with captured stdout and stderr, and writes test input files to a temporary folder.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lawgov-cli-").FullName;

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliApp.Run(args, new CliContext(output, error, new FixedClock(Instant.FromUtc(2026, 11, 1, 0, 0))));
        return (exit, output.ToString(), error.ToString());
    }

    public string File(string name, string content)
    {
        string path = Path.Combine(folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
