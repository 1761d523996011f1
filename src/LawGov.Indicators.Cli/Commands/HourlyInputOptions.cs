using System.CommandLine;
using LawGov.Indicators.AirQuality;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>
/// The options that say how hourly air data is read and which days are left out, shared by <c>air</c>
/// (<c>--hour-label</c>, <c>--exclude-dates</c>) and <c>evaluate</c> (the same with an <c>air-</c> prefix).
/// </summary>
internal sealed class HourlyInputOptions
{
    public HourlyInputOptions(string prefix = "")
    {
        HourLabel = new Option<string?>($"--{prefix}hour-label")
        {
            Description = "beginning (default): 2024-01-01 00:00 is the hour 00:00-01:00; ending: it is the hour 23:00-24:00 of the day before (24:00 allowed).",
            HelpName = "beginning|ending",
        };
        ExcludeDates = new Option<string[]>($"--{prefix}exclude-dates")
        {
            Description = "Flagged days (dust, exceptional events) left out of every statistic, e.g. 2024-03-15,2024-03-16 (repeatable).",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "yyyy-MM-dd[,...]",
        };
    }

    public Option<string?> HourLabel { get; }

    public Option<string[]> ExcludeDates { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(HourLabel);
        command.Options.Add(ExcludeDates);
    }

    /// <summary>The hour labelling; an unknown value throws <see cref="CliInputException"/>.</summary>
    public HourLabel Label(ParseResult parsed) => (parsed.GetValue(HourLabel) ?? "beginning").ToLowerInvariant() switch
    {
        "beginning" => AirQuality.HourLabel.HourBeginning,
        "ending" => AirQuality.HourLabel.HourEnding,
        string other => throw new CliInputException($"Unknown {HourLabel.Name} '{other}'; expected beginning or ending."),
    };

    /// <summary>The name of the first of these options given on the command line, or null.</summary>
    public string? FirstGiven(ParseResult parsed) =>
        parsed.GetValue(HourLabel) is not null ? HourLabel.Name
        : parsed.GetValue(ExcludeDates) is { Length: > 0 } ? ExcludeDates.Name
        : null;

    /// <summary>The flagged days; a value that is not an ISO date (an empty item too) throws <see cref="CliInputException"/>.</summary>
    public HashSet<LocalDate> Excluded(ParseResult parsed)
    {
        var dates = new HashSet<LocalDate>();
        // Every item must be a date: an empty one ('' or 'a,,b') is a mistake, not "no date".
        foreach (string value in (parsed.GetValue(ExcludeDates) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries)))
        {
            ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(value);
            if (!date.Success)
            {
                throw new CliInputException($"{ExcludeDates.Name}: '{value}' is not a date; expected yyyy-MM-dd.");
            }
            dates.Add(date.Value);
        }
        return dates;
    }
}
