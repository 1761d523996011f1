using NodaTime;

namespace LawGov.Indicators.Cli;

/// <summary>
/// What a command may touch outside the library: its output writers, the clock (the library itself never
/// reads it) and whether stderr is a terminal (for progress). Tests pass their own.
/// </summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IClock clock, bool errorIsTerminal = false)
    {
        Output = output;
        Error = error;
        Clock = clock;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public IClock Clock { get; }

    public bool ErrorIsTerminal { get; }

    /// <summary>Today in China Standard Time (UTC+8, no daylight saving), the default "as of" date.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().WithOffset(Offset.FromHours(8)).Date;

    public static CliContext ForConsole() =>
        new(Console.Out, Console.Error, SystemClock.Instance, !Console.IsErrorRedirected);
}
