namespace LawGov.Indicators.Calendars;

/// <summary>How one record counts in a timeliness rate (按时办结率, 报备及时率 …).</summary>
public enum TimelinessOutcome
{
    /// <summary>Completed on or before the due date: counts in the numerator and the denominator.</summary>
    Timely = 0,

    /// <summary>Completed after the due date, or not completed and the due date is before the as-of date: counts in the denominator only.</summary>
    Overdue = 1,

    /// <summary>Not completed and not yet due: excluded from the rate.</summary>
    Pending = 2,
}
