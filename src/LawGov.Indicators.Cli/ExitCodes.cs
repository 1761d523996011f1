namespace LawGov.Indicators.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every target is met or not applicable; the command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A target is not met or cannot be judged (or a data-quality check found problems).</summary>
    public const int NotMet = 1;

    /// <summary>Bad input: unreadable file, malformed JSON or CSV, unknown option value. Nothing is printed to stdout.</summary>
    public const int BadInput = 2;

    /// <summary>An internal error: a bug in the tool. The message on stderr says so; nothing is printed on stdout.</summary>
    public const int InternalError = 3;
}
