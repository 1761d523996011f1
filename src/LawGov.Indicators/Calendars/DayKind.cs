namespace LawGov.Indicators.Calendars;

/// <summary>The days a time limit is counted in.</summary>
public enum DayKind
{
    /// <summary>Calendar days (日, 天): every day counts; a last day on a rest day moves to the next working day.</summary>
    Calendar = 0,

    /// <summary>Working days (工作日): only the calendar's working days count.</summary>
    Working = 1,
}
