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

    /// <summary>--as-of yyyy-MM-dd, validated at parse time.</summary>
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
                    result.AddError($"--as-of: expected an ISO date yyyy-MM-dd, got '{text}'.");
                }
            },
        },
    };

    public static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
