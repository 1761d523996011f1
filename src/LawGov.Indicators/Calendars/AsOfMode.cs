namespace LawGov.Indicators.Calendars;

/// <summary>How the as-of date of a judgment treats a completion dated after it.</summary>
public enum AsOfMode
{
    /// <summary>
    /// The default: completion dates are facts. Completed work is judged by its completion date whatever the as-of
    /// date; the as-of date decides only work with no completion (overdue when past due, otherwise not yet due).
    /// </summary>
    Literal = 0,

    /// <summary>
    /// The records as they stood at the end of the as-of date: a completion after it had not happened yet, so the work
    /// is judged as open on that date (for reproducing a report made on that date from later data).
    /// </summary>
    Snapshot = 1,
}
