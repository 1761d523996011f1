using LawGov.Indicators.Cli;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>Runs the command line in-process with captured output and a fixed clock.</summary>
public sealed class CliRunner : IDisposable
{
    /// <summary>The clock the CLI sees: 2026-11-23 10:00 in China (02:00 UTC).</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 2, 0);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "lawgov-cli-" + Guid.NewGuid().ToString("N"));
    private readonly Instant now;

    public CliRunner(Instant? now = null)
    {
        this.now = now ?? Now;
        Directory.CreateDirectory(directory);
    }

    /// <summary>Writes a file into this runner's temporary folder and returns its path.</summary>
    public string File(string name, string content)
    {
        string path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes an embedded seed catalog into the temporary folder and returns its path.</summary>
    public string SeedFile(string name)
    {
        using var reader = new StreamReader(LawGov.Indicators.Targets.SeedCatalogs.Open(name));
        return File(name + ".json", reader.ReadToEnd());
    }

    /// <summary>Writes embedded test data into the temporary folder and returns its path.</summary>
    public string DataFile(string name) => File(Path.GetFileName(name), TestData.ReadText(name));

    public (int ExitCode, string Output, string Error) Run(params string[] args) => Execute(args, now);

    /// <summary>Runs the command line once, without files of this runner, with the clock at <paramref name="now"/>.</summary>
    public static (int ExitCode, string Output, string Error) Execute(string[] args, Instant? now = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = CliApp.Run(args, new CliContext(output, error, new FixedClock(now ?? Now)));
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
