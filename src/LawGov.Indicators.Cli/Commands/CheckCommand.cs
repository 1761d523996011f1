using System.CommandLine;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>check</c>: data-quality findings on a catalog's reported figures.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var catalogArgument = new Argument<string>("catalog") { Description = "The catalog JSON file." };
        var formatOption = CommonOptions.Format("table", "table", "json");
        var command = new Command(
            "check",
            """
            Report data-quality findings on the reported figures of a catalog: shares above 100 %, stated
            percentages that disagree with their counts at the stated precision, the same quantity stated twice
            with different values, rates whose numerator and denominator cover different periods, reports
            published after their deadline or dated before the period they cover ends, and targets whose
            condition points against their indicator's polarity (an upper bound on a higher-is-better indicator).
            Prints severity, finding code, figure, target and message per finding, and a count by severity; --format json
            gives {"catalog", "summary": {"errors", "warnings", "info"}, "findings": [{"code", "severity", "message",
            "messageZh", "figure", "target"}]}.
            Exit code: 0 when there is nothing above info level; 1 when there are warnings or errors; 2 on bad input.

            Examples:
              lawgov-indicators check seeds/gaozhou-2020.json
              lawgov-indicators check seeds/leshan-hightech-2019.json --format json
            """)
        {
            catalogArgument, formatOption,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            Catalog catalog = CliFiles.ReadCatalog(parse.GetValue(catalogArgument)!);
            IReadOnlyList<Finding> findings = DataQuality.Check(catalog);
            if (parse.GetValue(formatOption) == "json")
            {
                JsonOutput.Write(context.Output, stream => ResultJson.WriteFindings(catalog, findings, stream));
            }
            else
            {
                context.Output.WriteLine(catalog.Title);
                var table = new TextTable("Severity", "Finding", "Figure", "Target", "Message");
                foreach (Finding finding in findings)
                {
                    table.Add(finding.Severity.ToString().ToLowerInvariant(), finding.Code.ToString(), finding.FigureId ?? string.Empty, finding.TargetId ?? string.Empty, finding.MessageEn);
                }
                table.WriteText(context.Output);
                context.Output.WriteLine(
                    $"{findings.Count} findings: {findings.Count(f => f.Severity == Severity.Error)} errors, "
                    + $"{findings.Count(f => f.Severity == Severity.Warning)} warnings, {findings.Count(f => f.Severity == Severity.Info)} info "
                    + $"({catalog.Figures.Count} figures checked)");
            }
            return findings.Any(f => f.Severity >= Severity.Warning) ? ExitCodes.NotMet : ExitCodes.Success;
        }));
        return command;
    }
}
