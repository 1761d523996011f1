using System.CommandLine;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>evaluate</c>: judges every target of a catalog against its reported figures.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliContext context)
    {
        var catalogArgument = new Argument<string>("catalog") { Description = "The catalog JSON file." };
        var figuresOption = new Option<string[]>("--figures")
        {
            Description = "A JSON file of further reported figures ({\"figures\": [...]}, referring to the catalog's targets or indicators). May be repeated.",
            HelpName = "figures.json",
            AllowMultipleArgumentsPerToken = false,
        };
        var asOfOption = CommonOptions.AsOf("Evaluation date: targets not yet due as of this date are not applicable. Default: today in China Standard Time.");
        var formatOption = CommonOptions.Format("table", "table", "json", "markdown");
        Option<bool> statsOption = RunStats.CreateOption();
        var command = new Command(
            "evaluate",
            """
            Evaluate every target of a catalog against the reported figures (the catalog's own and those in --figures).
            Prints status, actual value, threshold, margin and source clause per target, and a summary line.
            Exit code: 0 when every target is met or not applicable; 1 when any is not met or cannot be judged
            (no data, indeterminate, invalid); 2 on bad input (message on stderr).

            Examples:
              lawgov-indicators evaluate seeds/linyi-2020.json
              lawgov-indicators evaluate seeds/gaozhou-2020.json --figures my-figures.json --as-of 2021-04-01 --format json
            """)
        {
            catalogArgument, figuresOption, asOfOption, formatOption, statsOption,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var run = new RunStats();
            Catalog catalog = CliFiles.ReadCatalog(parse.GetValue(catalogArgument)!);
            foreach (string path in parse.GetValue(figuresOption) ?? [])
            {
                catalog = catalog.WithFigures(CliFiles.ReadFigures(path, catalog));
            }
            var options = new EvaluationOptions(CommonOptions.AsOfOrToday(parse.GetValue(asOfOption), context));
            CatalogEvaluation evaluation = Evaluator.Evaluate(catalog, options);
            Write(context, evaluation, parse.GetValue(formatOption)!);
            run.Report(context, parse.GetValue(statsOption), catalog.Targets.Count + catalog.Figures.Count, "targets and figures");
            return evaluation.AllMetOrNotApplicable ? ExitCodes.Success : ExitCodes.NotMet;
        }));
        return command;
    }

    private static void Write(CliContext context, CatalogEvaluation evaluation, string format)
    {
        if (format == "json")
        {
            using var stdout = new MemoryStream();
            ResultJson.Write(evaluation, stdout);
            context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            return;
        }
        var table = new TextTable("Status", "Target", "Actual", "Threshold", "Margin", "Source");
        foreach (TargetResult result in evaluation.Results)
        {
            AddRows(table, result, indent: string.Empty);
        }
        if (format == "markdown")
        {
            context.Output.WriteLine($"# {evaluation.Catalog.Title}");
            context.Output.WriteLine();
            table.WriteMarkdown(context.Output);
            context.Output.WriteLine();
        }
        else
        {
            context.Output.WriteLine(evaluation.Catalog.Title);
            table.WriteText(context.Output);
        }
        context.Output.WriteLine(
            $"{evaluation.Summary()} (as of {evaluation.Options.AsOf?.ToString("uuuu-MM-dd", null) ?? "end of every period"})");
    }

    private static void AddRows(TextTable table, TargetResult result, string indent)
    {
        table.Add(
            StatusText.Of(result.Status),
            indent + result.Target.Id,
            result.Actual?.ToString() ?? "—",
            Threshold(result),
            Margin(result),
            result.Target.Provenance.Citation);
        foreach (TargetResult component in result.Components)
        {
            AddRows(table, component, indent + "  ");
        }
    }

    private static string Threshold(TargetResult result) => result.Target switch
    {
        ValueTarget value => value.Condition.Describe(value.Indicator.Unit),
        DeadlineTarget deadline => result.Due is { } due ? "by " + due.ToString("uuuu-MM-dd", null) : deadline.Deadline.ToString(),
        _ => "all of " + ((CompoundTarget)result.Target).Components.Count,
    };

    private static string Margin(TargetResult result)
    {
        if (result.Margin is not { } margin)
        {
            return string.Empty;
        }
        string sign = margin > 0 ? "+" : string.Empty;
        string unit = result.MarginUnit switch
        {
            Measures.Unit.Percent => " pp",
            Measures.Unit.Days when result.Target is DeadlineTarget => " days",
            { } other => " " + Measures.Units.Symbol(other),
            null => string.Empty,
        };
        string counts = result.CountMargin is { } c && result.Status == TargetStatus.NotMet ? $" ({c})" : string.Empty;
        return sign + CommonOptions.Format(margin) + unit + counts;
    }
}
