namespace LawGov.Indicators.Calendars;

/// <summary>What a date is on a <see cref="WorkingDayCalendar"/>.</summary>
public enum DayStatus
{
    /// <summary>A Monday to Friday that is not a holiday: a working day.</summary>
    Working = 0,

    /// <summary>A Saturday or Sunday that is not declared a working day: a rest day.</summary>
    Weekend = 1,

    /// <summary>A day in an official holiday block (including the weekend and substitute days of the block): a rest day.</summary>
    Holiday = 2,

    /// <summary>A day that would be a rest day but is declared a working day (调休上班), usually a Saturday or Sunday.</summary>
    AdjustedWorkingDay = 3,
}
