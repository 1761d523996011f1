using System.Globalization;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// A problem found in hourly input: the line (or record number), the column and what was expected. A row with an
/// issue is skipped whole; the rows around it are kept.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AirDataIssue
{
    internal AirDataIssue(long line, int column, string message)
    {
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>The 1-based line of the CSV input (for in-memory observations, the 1-based record number).</summary>
    public long Line { get; }

    /// <summary>The 1-based character column where the problem starts; 0 when it concerns the whole row.</summary>
    public int Column { get; }

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; }

    /// <summary>Formats as <c>line:column: message</c> (or <c>line: message</c>), the way compilers report positions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Column > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{Line}: {Message}");
}
