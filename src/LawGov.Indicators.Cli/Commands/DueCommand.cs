using System.CommandLine;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>due</c>: the due date of a time limit counted from a start date.</summary>
internal static class DueCommand
{
    internal static Command Create(CliContext context)
    {
        var start = new Argument<string>("start")
        {
            Description = "The day of the trigger (receipt, publication), yyyy-MM-dd; it is not counted.",
        };
        var days = new Option<int?>("--days")
        {
            Description = "The limit in calendar days; a last day on a rest day moves to the next working day.",
            HelpName = "N",
        };
        var workingDays = new Option<int?>("--working-days")
        {
            Description = "The limit in working days (weekends and holidays skipped, adjusted working weekend days counted).",
            HelpName = "N",
        };
        Option<string> calendar = CalendarOption.Create();

        var command = new Command(
            "due",
            "Print the due date (the last day, inclusive; the period ends at 24:00 China Standard Time) of a time limit "
            + "counted from a start date. Give exactly one of --days and --working-days. A date outside the calendar's "
            + "coverage is an error naming the year (exit 2).\n"
            + "Example: lawgov-indicators due 2020-09-30 --working-days 20   prints 2020-11-04")
        {
            start,
            days,
            workingDays,
            calendar,
        };
        command.SetAction(parsed => CliApp.Guard(context, () =>
        {
            LocalDate startDate = CommonOptions.ParseDate(parsed.GetValue(start)!, "start date");
            int? calendarDays = parsed.GetValue(days);
            int? working = parsed.GetValue(workingDays);
            if (calendarDays.HasValue == working.HasValue)
            {
                throw new CliInputException("Give exactly one of --days N and --working-days N.");
            }
            int length = calendarDays ?? working!.Value;
            if (length < 0 || length > TimeLimit.MaxLength)
            {
                throw new CliInputException($"The limit must be from 0 to {TimeLimit.MaxLength} days; got {length}.");
            }
            var limit = new TimeLimit(length, calendarDays.HasValue ? DayKind.Calendar : DayKind.Working);
            WorkingDayCalendar workingCalendar = CalendarOption.Resolve(parsed.GetValue(calendar)!);
            LocalDate due;
            try
            {
                due = limit.DueDate(startDate, workingCalendar);
            }
            catch (CalendarCoverageException ex)
            {
                throw new CliInputException(ex.Message, ex);
            }
            context.Output.WriteLine(NodaTime.Text.LocalDatePattern.Iso.Format(due));
            return ExitCodes.Success;
        }));
        return command;
    }
}
