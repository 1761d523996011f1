using System.Globalization;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// A problem found in hourly input: the line (or record number), the column and what was expected. A row with an
/// issue is skipped whole; the rows around it are kept.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class AirDataIssue
{
    internal AirDataIssue(long line, int column, string message, int part = 0)
    {
        Line = line;
        Column = column;
        Message = message;
        Part = part;
    }

    /// <summary>
    /// Which part's input <see cref="Line"/> is in: for a data set from <see cref="AirDataSet.Combine"/>, the 0-based
    /// position of that part among the parts combined, in the order given (parts that were themselves combined count as
    /// the parts they hold, so combining a, b, c at once or two at a time numbers them 0, 1, 2 alike); 0 for data read at
    /// once. Issues of different parts are told apart by it, as their lines are each part's own.
    /// </summary>
    public int Part { get; }

    /// <summary>The 1-based line of the CSV input (for in-memory observations, the 1-based record number).</summary>
    public long Line { get; }

    /// <summary>The 1-based character column where the problem starts; 0 when it concerns the whole row.</summary>
    public int Column { get; }

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; }

    /// <summary>The same issue in part <paramref name="part"/>.</summary>
    internal AirDataIssue InPart(int part) => part == Part ? this : new AirDataIssue(Line, Column, Message, part);

    /// <summary>
    /// Formats as <c>line:column: message</c> (or <c>line: message</c>), the way compilers report positions; the
    /// <see cref="Part"/> is not shown (a caller that combined files prefixes the file of that part).
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Column > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"{Line}: {Message}");
}
