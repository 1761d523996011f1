using System.CommandLine;
using System.Globalization;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>iaqi</c>: the individual air quality index of one concentration.</summary>
internal static class IaqiCommand
{
    internal static Command Create(CliContext context)
    {
        var standardOptions = new StandardOptions(required: true);
        var pollutant = new Option<string>("--pollutant")
        {
            Description = "PM2.5, PM10, SO2, NO2, CO or O3.",
            Required = true,
            HelpName = "PM2.5|PM10|SO2|NO2|CO|O3",
        };
        var averaging = new Option<string>("--averaging")
        {
            Description = "The averaging period of the concentration: 1h, 8h or 24h.",
            Required = true,
            HelpName = "1h|8h|24h",
        };
        var concentration = new Argument<string>("concentration")
        {
            Description = "The concentration: µg/m³ (CO mg/m³) for HJ 633; for epa-2024 its own units: O3 and CO ppm, SO2 and NO2 ppb, PM µg/m³. " +
                          "A plain decimal with a point, at most 7 digits before it and 6 decimals after it, as the hourly CSV reader accepts; " +
                          "anything else (more decimals, a comma, a negative value) exits 2 rather than being rounded.",
        };
        var command = new Command(
            "iaqi",
            "Print the individual AQI (IAQI) of one concentration as an integer. A combination the standard does not define exits 2 with the reason.\n" +
            "Example: lawgov-indicators iaqi --standard hj633-2012 --pollutant CO --averaging 24h 2.2   (prints 55)");
        standardOptions.AddTo(command);
        command.Options.Add(pollutant);
        command.Options.Add(averaging);
        command.Arguments.Add(concentration);
        command.SetAction(parsed => CliApp.Guard(context, () =>
        {
            AirQualityStandard standard = standardOptions.Resolve(parsed);
            string pollutantText = parsed.GetValue(pollutant)!;
            if (!Pollutants.TryParse(pollutantText, out Pollutant p))
            {
                throw new CliInputException($"Unknown --pollutant '{pollutantText}'; expected PM2.5, PM10, SO2, NO2, CO or O3.");
            }
            string averagingText = parsed.GetValue(averaging)!;
            if (!Pollutants.TryParseAveraging(averagingText, out AveragingPeriod a))
            {
                throw new CliInputException($"Unknown --averaging '{averagingText}'; expected 1h, 8h or 24h.");
            }
            string text = parsed.GetValue(concentration)!;
            if (!ConcentrationText.TryParse(text, out decimal c, out string? error))
            {
                throw new CliInputException($"concentration: {error} (e.g. 35 or 2.2: a point for decimals, at most 6 of them).");
            }
            IaqiResult result = standard.Iaqi(p, a, c);
            if (!result.IsDefined)
            {
                throw new CliInputException(result.Explanation!);
            }
            if (result.Explanation is not null)
            {
                context.Error.WriteLine("note: " + result.Explanation);
            }
            context.Output.WriteLine(result.Value.ToString(CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }));
        return command;
    }
}
