using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>One overdue record of a timeliness evaluation, for listing.</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class OverdueRecord
{
    internal OverdueRecord(long line, string? key, LocalDate start, LocalDate dueDate, LocalDate? completed, int daysLate)
    {
        Line = line;
        Key = key;
        Start = start;
        DueDate = dueDate;
        Completed = completed;
        DaysLate = daysLate;
    }

    /// <summary>The 1-based line number in the input (its first line); for records given in memory, their 1-based position.</summary>
    public long Line { get; }

    /// <summary>The group key, or null when records were not grouped.</summary>
    public string? Key { get; }

    /// <summary>The start date.</summary>
    public LocalDate Start { get; }

    /// <summary>The due date.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The completion date, or null when not completed (in a snapshot: not completed by the as-of date).</summary>
    public LocalDate? Completed { get; }

    /// <summary>Calendar days past the due date: completion − due, or as-of − due when not completed.</summary>
    public int DaysLate { get; }
}
