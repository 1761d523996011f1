using System.Globalization;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// Thrown when a calendar is asked about a date outside its coverage: the calendar cannot know the holidays of a year
/// no notice has declared, so it never guesses. The message names the uncovered year.
/// </summary>
public sealed class CalendarCoverageException : Exception
{
    internal CalendarCoverageException(string calendarName, DateInterval coverage, LocalDate date)
        : base(string.Create(
            CultureInfo.InvariantCulture,
            $"The working-day calendar '{calendarName}' covers {IsoDates.Format(coverage.Start)} to {IsoDates.Format(coverage.End)}; the year {date.Year} is not covered (needed {IsoDates.Format(date)})."))
    {
        CalendarName = calendarName;
        Coverage = coverage;
        Date = date;
    }

    /// <summary>The name of the calendar that was asked.</summary>
    public string CalendarName { get; }

    /// <summary>The dates the calendar covers.</summary>
    public DateInterval Coverage { get; }

    /// <summary>The first date the computation needed that the calendar does not cover.</summary>
    public LocalDate Date { get; }

    /// <summary>The uncovered year (the year of <see cref="Date"/>).</summary>
    public int Year => Date.Year;
}
