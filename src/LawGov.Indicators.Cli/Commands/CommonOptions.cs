using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>--as-of yyyy-MM-dd, validated at parse time with the same message as <see cref="ParseDate"/>.</summary>
    public static Option<string?> AsOf(string description) => new("--as-of")
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        Validators =
        {
            result =>
            {
                string? text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && !LocalDatePattern.Iso.Parse(text).Success)
                {
                    result.AddError(InvalidDate(text, "--as-of date"));
                }
            },
        },
    };

    /// <summary>The as-of date given, or today in China.</summary>
    public static LocalDate AsOfOrToday(string? text, CliContext context) =>
        text is null ? context.Today : ParseDate(text, "--as-of date");

    /// <summary>Parses an ISO date argument; bad input is a <see cref="CliInputException"/> naming what was expected.</summary>
    public static LocalDate ParseDate(string text, string what)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new CliInputException(InvalidDate(text, what));
    }

    private static string InvalidDate(string text, string what) => $"'{text}' is not a valid {what}: expected a date yyyy-MM-dd.";

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
