using System.Globalization;

namespace LawGov.Indicators.Calendars;

/// <summary>A record (or header) that could not be used: where it is and what was expected. The records around it still count.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class RecordError
{
    internal RecordError(long line, string? column, string message)
    {
        Line = line;
        Column = column;
        Message = message;
    }

    /// <summary>
    /// The 1-based line number in the input (the header is line 1; a record spanning lines is reported at its first);
    /// for records given in memory, the record's 1-based position.
    /// </summary>
    public long Line { get; }

    /// <summary>The column name the error is about, or null when it concerns the whole line.</summary>
    public string? Column { get; }

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; }

    /// <summary>Formats as <c>line 12, column 'end': '2020-13-01' is not a date (expected yyyy-MM-dd)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Column is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}")
        : string.Create(CultureInfo.InvariantCulture, $"line {Line}, column '{Column}': {Message}");
}
