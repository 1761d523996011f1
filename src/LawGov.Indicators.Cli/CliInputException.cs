namespace LawGov.Indicators.Cli;

/// <summary>
/// Bad input the tool reports on stderr with exit code 2: the message names the file, the JSON path or line,
/// and what was expected.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
