namespace LawGov.Indicators.Calendars;

/// <summary>The outcome of judging a deadline.</summary>
public enum DeadlineStatus
{
    /// <summary>Completed before the due date.</summary>
    Early = 0,

    /// <summary>Completed on the due date (deadlines are inclusive).</summary>
    OnTime = 1,

    /// <summary>Completed after the due date.</summary>
    Late = 2,

    /// <summary>Not completed, and the as-of date is on or before the due date.</summary>
    NotYetDue = 3,

    /// <summary>Not completed, and the as-of date is after the due date.</summary>
    Overdue = 4,

    /// <summary>Not completed and no as-of date: whether it is overdue cannot be judged.</summary>
    Undetermined = 5,
}
