using System.CommandLine;
using System.Text.Json;
using LawGov.Indicators.Calendars;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>The <c>--calendar</c> option shared by the calendar commands, and the argument parsing they share.</summary>
internal static class CalendarOption
{
    internal const string BuiltIn = "cn";

    internal static Option<string> Create() => new("--calendar")
    {
        Description = "Working-day calendar: 'cn' (mainland China, State Council notices 2015-2026) or the path of a calendar "
            + "JSON file in the same shape (years, holidays, adjusted_workdays), applied on top of 'cn'.",
        DefaultValueFactory = _ => BuiltIn,
        HelpName = "cn|file.json",
    };

    /// <summary>The calendar named by the option value; a bad file is bad input naming the file and the JSON path.</summary>
    internal static WorkingDayCalendar Resolve(string value)
    {
        if (value == BuiltIn)
        {
            return WorkingDayCalendar.ChinaMainland;
        }
        using FileStream stream = CliFiles.OpenRead(value, "calendar");
        try
        {
            return WorkingDayCalendar.Load(stream, WorkingDayCalendar.ChinaMainland);
        }
        catch (JsonException ex)
        {
            throw new CliInputException(value + ": " + ex.Message, ex);
        }
    }

}
