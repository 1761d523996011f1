using System.CommandLine;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Cli.Commands;

/// <summary>The options that choose an AQI rule set and its library options, shared by <c>iaqi</c> and <c>air</c>.</summary>
internal sealed class StandardOptions
{
    /// <param name="required">True when the command has no date to default from (<c>iaqi</c>).</param>
    public StandardOptions(bool required)
    {
        Standard = new Option<string?>("--standard")
        {
            Description = required
                ? "The AQI rule set: hj633-2012 (with GB 3095-2012, HJ 663-2013), hj633-2026 (in force 2026-03-01) or epa-2024."
                : "The AQI rule set: hj633-2012 (with GB 3095-2012, HJ 663-2013), hj633-2026 (in force 2026-03-01) or epa-2024. " +
                  "Default: the Chinese standard in force on the last day of the year assessed (the year is not split).",
            Required = required,
            HelpName = "hj633-2012|hj633-2026|epa-2024",
        };
    }

    public Option<string?> Standard { get; }

    /// <summary>
    /// The default for a year of data: the Chinese standard in force on its last day, so a year spanning 2026-03-01
    /// (2026) is assessed wholly under HJ 633-2026. Used by <c>air</c> and <c>evaluate --air</c>.
    /// </summary>
    public static AirQualityStandard DefaultFor(int year) => AirQualityStandard.ForDate(new NodaTime.LocalDate(year, 12, 31));

    /// <summary>True when the standard was named on the command line.</summary>
    public bool IsGiven(ParseResult parsed) => parsed.GetValue(Standard) is not null;

    public Option<string?> AboveTable { get; } = new("--above-table")
    {
        Description = "HJ 633 only: the index above a column's top breakpoint (e.g. PM2.5 > 500): cap (500, default), extrapolate or undefined.",
        HelpName = "cap|extrapolate|undefined",
    };

    public Option<bool> RoundConcentrations { get; } = new("--round-concentrations")
    {
        Description = "HJ 633-2012 only: round concentrations by GB/T 8170 (integer µg/m³, CO 0.1 mg/m³) before the index, as HJ 633-2026 requires. Off by default.",
    };

    /// <summary>
    /// Checks the option values that do not depend on the standard (an unknown <c>--above-table</c>), so a command that
    /// resolves the standard only after reading its input (<c>air</c> without <c>--standard</c>) refuses them first.
    /// </summary>
    public void CheckValues(ParseResult parsed) => AboveTableValue(parsed);

    /// <summary>The <c>--above-table</c> rule, or null when not given; an unknown value throws <see cref="CliInputException"/>.</summary>
    private AboveTableRule? AboveTableValue(ParseResult parsed) => parsed.GetValue(AboveTable)?.ToLowerInvariant() switch
    {
        null => null,
        "cap" => AboveTableRule.Cap,
        "extrapolate" => AboveTableRule.Extrapolate,
        "undefined" => AboveTableRule.Undefined,
        _ => throw new CliInputException($"Unknown --above-table '{parsed.GetValue(AboveTable)}'; expected cap, extrapolate or undefined."),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Standard);
        command.Options.Add(AboveTable);
        command.Options.Add(RoundConcentrations);
    }

    /// <summary>
    /// The chosen standard (or <paramref name="fallback"/> when none is named) with its options; bad input throws
    /// <see cref="CliInputException"/>.
    /// </summary>
    public AirQualityStandard Resolve(ParseResult parsed, AirQualityStandard? fallback = null)
    {
        AirQualityStandard standard;
        if (parsed.GetValue(Standard) is not { } code)
        {
            standard = fallback ?? throw new CliInputException("--standard is required.");
        }
        else if (!AirQualityStandard.TryParse(code, out standard))
        {
            throw new CliInputException($"Unknown --standard '{code}'; expected hj633-2012, hj633-2026 or epa-2024.");
        }
        AboveTableRule? above = AboveTableValue(parsed);
        bool round = parsed.GetValue(RoundConcentrations);
        if ((above is not null || round) && !standard.SupportsHourlyAssessment)
        {
            throw new CliInputException("--above-table and --round-concentrations apply to HJ 633 only; US EPA extrapolates and truncates by App. G.");
        }
        if (above is AboveTableRule rule)
        {
            standard = standard.WithAboveTable(rule);
        }
        if (round)
        {
            standard = standard.WithConcentrationRounding(true);
        }
        return standard;
    }
}
