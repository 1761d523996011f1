using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Serialization;

/// <summary>One problem in a JSON catalog: where it is (JSON path, and line when known) and what was expected.</summary>
public sealed class CatalogError
{
    /// <summary>Initializes an error.</summary>
    /// <param name="path">JSON path, e.g. <c>$.targets[3].condition</c>.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="lineNumber">1-based line, when known.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    internal CatalogError(string path, string message, long? lineNumber = null)
    {
        Path = Preconditions.CheckNotBlank(path, nameof(path));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        LineNumber = lineNumber;
    }

    /// <summary>JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>1-based line, when known.</summary>
    public long? LineNumber { get; }

    /// <summary><c>$.targets[3].condition (line 12): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        LineNumber is { } line ? $"{Path} (line {line}): {Message}" : $"{Path}: {Message}";
}
