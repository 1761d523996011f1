using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Thrown when a calendar is asked about a date outside its coverage: the calendar cannot know the holidays of a year
/// no notice has declared, so it never guesses. The message names the uncovered year.
/// </summary>
/// <remarks>
/// A count from a start near the end of the representable dates may need a day past 9999-12-31 (one working day
/// after 9999-12-31 is in the year 10000): <see cref="Year"/> still names it, and <see cref="Date"/> is then null.
/// </remarks>
public sealed class CalendarCoverageException : Exception
{
    internal CalendarCoverageException(string calendarName, DateInterval coverage, int dayNumber)
        : base("The working-day calendar '" + calendarName + "' covers " + IsoDates.Format(coverage.Start) + " to " + IsoDates.Format(coverage.End)
            + "; the year " + DayNumbers.YearOf(dayNumber).ToString(System.Globalization.CultureInfo.InvariantCulture)
            + " is not covered (needed " + DayNumbers.Format(dayNumber) + ").")
    {
        CalendarName = calendarName;
        Coverage = coverage;
        Year = DayNumbers.YearOf(dayNumber);
        Date = DayNumbers.IsRepresentable(dayNumber) ? DayNumbers.ToDate(dayNumber) : null;
    }

    /// <summary>The name of the calendar that was asked.</summary>
    public string CalendarName { get; }

    /// <summary>The dates the calendar covers.</summary>
    public DateInterval Coverage { get; }

    /// <summary>
    /// The first date the computation needed that the calendar does not cover, or null when that day lies past
    /// 9999-12-31 (the last date NodaTime represents).
    /// </summary>
    public LocalDate? Date { get; }

    /// <summary>The uncovered year (the year of the first uncovered day needed; 10000 or later past 9999-12-31).</summary>
    public int Year { get; }
}
