using NodaTime;

namespace LawGov.Indicators.Cli;

/// <summary>
/// What a command may touch outside the library: its output writers, the clock (the library itself never
/// reads it), whether stderr is a terminal (for progress) and how soon and how often progress is shown. Tests pass
/// their own.
/// </summary>
internal sealed class CliContext
{
    /// <summary>How long a read runs before its progress line appears on a terminal: one second.</summary>
    public static readonly TimeSpan DefaultProgressDelay = TimeSpan.FromSeconds(1);

    /// <summary>The shortest time between two progress lines: half a second.</summary>
    public static readonly TimeSpan DefaultProgressInterval = TimeSpan.FromMilliseconds(500);

    public CliContext(TextWriter output, TextWriter error, IClock clock, bool errorIsTerminal = false, TimeSpan? progressDelay = null, TimeSpan? progressInterval = null)
    {
        Output = output;
        Error = error;
        Clock = clock;
        ErrorIsTerminal = errorIsTerminal;
        ProgressDelay = progressDelay ?? DefaultProgressDelay;
        ProgressInterval = progressInterval ?? DefaultProgressInterval;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IClock Clock { get; }

    public bool ErrorIsTerminal { get; }

    /// <summary>How long a read runs before its progress is shown (tests pass zero to see every report).</summary>
    public TimeSpan ProgressDelay { get; }

    /// <summary>The shortest time between two progress reports shown (tests pass zero to see every report).</summary>
    public TimeSpan ProgressInterval { get; }

    /// <summary>Today in China Standard Time (UTC+8, no daylight saving), the default "as of" date.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().WithOffset(Offset.FromHours(8)).Date;

    public static CliContext ForConsole() =>
        new(Console.Out, Console.Error, SystemClock.Instance, !Console.IsErrorRedirected);
}
