using System.CommandLine;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using NodaTime.Text;

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
        var airOption = new Option<string?>("--air")
        {
            Description = "Hourly air-quality data (the CSV of the air command): its annual assessment gives figures for the catalog's "
                + "indicators with air codes (air:PM2.5/annual-mean, air:O3/p90, air:good-days, air:valid-days, air:good-day-rate) "
                + "for every year the catalog's air targets cover.",
            HelpName = "hourly.csv",
        };
        var airStandardOption = new Option<string?>("--air-standard")
        {
            Description = "With --air: hj633-2012 or hj633-2026, for the air indicators whose catalog entry names no standard. Default: the standard in force at the end of each assessed year.",
            HelpName = "hj633-2012|hj633-2026",
        };
        var airCityOption = new Option<string?>("--air-city") { Description = "With --air: the city of the file to assess, when it names several." };
        var airHourly = new HourlyInputOptions("air-");
        var command = new Command(
            "evaluate",
            """
            Evaluate every target of a catalog against the reported figures (the catalog's own and those in --figures).
            Prints status, actual value and threshold (each marked soft or implied when the document softens the figure
            or target or gives no number for it), margin and source clause per target, one row per year for targets
            judged each year; after the table, the reason for each invalid result; and a summary line.
            Exit code: 0 when every target is met or not applicable; 1 when any is not met or cannot be judged
            (no data, indeterminate, invalid); 2 on bad input (message on stderr).

            A figures file is {"figures": [...]}; each figure has an "id" and names either a catalog "target" (taking
            its indicator, scope and period) or an "indicator" with a "period" (a year such as 2020, or
            yyyy-MM-dd/yyyy-MM-dd), and states one of: "numerator" and "denominator" (counts of a rate), a "value"
            (optionally with "unit" and "statedAs": atLeast, atMost, moreThan, lessThan, approximately), a completion
            "date" or "completed": false with "asOf", or a "span" of dates. Optional: "scope", "source", "sample",
            "qualifiers", "note". Example file:
              {"figures": [{"id": "online-2020", "target": "gaozhou-2020-one-trip-rate-target", "numerator": 1341, "denominator": 1341}]}

            Examples:
              lawgov-indicators evaluate seeds/linyi-2020.json
              lawgov-indicators evaluate seeds/gaozhou-2020.json --figures my-figures.json --as-of 2021-04-01 --format json
            """)
        {
            catalogArgument, figuresOption, airOption, airStandardOption, airCityOption, asOfOption, formatOption, statsOption,
        };
        airHourly.AddTo(command);
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            var run = new RunStats();
            Catalog catalog = CliFiles.ReadCatalog(parse.GetValue(catalogArgument)!);
            foreach (string path in parse.GetValue(figuresOption) ?? [])
            {
                catalog = catalog.WithFigures(CliFiles.ReadFigures(path, catalog));
            }
            long rows = 0;
            if (parse.GetValue(airOption) is { } airPath)
            {
                (catalog, rows) = AddAirFigures(context, catalog, airPath, parse.GetValue(airStandardOption), parse.GetValue(airCityOption), airHourly.Label(parse), airHourly.Excluded(parse));
            }
            else
            {
                // Without --air these options would be ignored, and a mistyped command would look as if they applied.
                string? stray = new[] { airStandardOption, airCityOption }.FirstOrDefault(o => parse.GetValue(o) is not null)?.Name ?? airHourly.FirstGiven(parse);
                if (stray is not null)
                {
                    throw new CliInputException($"{stray}: applies only with --air (the hourly data file); without it the option would be ignored.");
                }
            }
            var options = new EvaluationOptions(CommonOptions.AsOfOrToday(parse.GetValue(asOfOption), context));
            CatalogEvaluation evaluation = Evaluator.Evaluate(catalog, options);
            Write(context, evaluation, parse.GetValue(formatOption)!);
            run.Report(context, parse.GetValue(statsOption), catalog.Targets.Count + catalog.Figures.Count + rows, rows > 0 ? "targets, figures and hourly rows" : "targets and figures");
            return evaluation.AllMetOrNotApplicable ? ExitCodes.Success : ExitCodes.NotMet;
        }));
        return command;
    }

    /// <summary>Assesses hourly data for each year the catalog's air targets cover and adds the resulting figures.</summary>
    private static (Catalog Catalog, long Rows) AddAirFigures(CliContext context, Catalog catalog, string path, string? standardCode, string? city, HourLabel label, IReadOnlySet<NodaTime.LocalDate> excluded)
    {
        IReadOnlyList<int> years = AirQualityFigures.YearsToAssess(catalog);
        if (years.Count == 0)
        {
            throw new CliInputException($"--air: the catalog has no target on an indicator with an air code ({AirQualityFigures.CodePrefix}…) for a calendar year.");
        }
        AirQualityStandard? chosen = null;
        if (standardCode is not null && (!AirQualityStandard.TryParse(standardCode, out chosen) || !chosen.SupportsHourlyAssessment))
        {
            throw new CliInputException($"--air-standard: expected hj633-2012 or hj633-2026, got '{standardCode}'.");
        }
        AirDataSet data = AirCommand.Read(context, path, label);
        CityAirData cityData = AirCommand.ChooseCity(data, city, path);
        var source = new SourceDocument("air:" + Path.GetFileName(path), Path.GetFileName(path), DocumentKind.Other);
        var covered = cityData.City.Days.Select(d => d.Date.Year).ToHashSet();
        foreach (int year in years)
        {
            if (!covered.Contains(year))
            {
                context.Error.WriteLine($"{path}: no data in {year}; the {year} air targets are judged without it.");
                continue;
            }
            // An indicator's own standard comes first, then --air-standard, then the standard in force at the year's end.
            AirQualityStandard fallback = chosen ?? StandardOptions.DefaultFor(year);
            foreach (AirQualityStandard standard in AirQualityFigures.StandardsToAssess(catalog, year, fallback))
            {
                CityAnnualAssessment assessment = AirQualityAssessment.Annual(cityData, new AnnualAssessmentOptions(standard, year, excluded));
                AirQualityFigures figures = AirQualityFigures.From(catalog, assessment, source, fallback);
                foreach (string skipped in figures.Skipped)
                {
                    context.Error.WriteLine($"{path}: {year}: {skipped}");
                }
                catalog = catalog.WithFigures(figures.Figures);
            }
        }
        return (catalog, data.RowCount);
    }

    private static void Write(CliContext context, CatalogEvaluation evaluation, string format)
    {
        if (format == "json")
        {
            JsonOutput.Write(context.Output, stream => ResultJson.Write(evaluation, stream));
            return;
        }
        var table = new TextTable("Status", "Target", "Actual", "Threshold", "Margin", "Source");
        foreach (TargetResult result in evaluation.Results)
        {
            AddRows(table, result, indent: string.Empty);
        }
        // After the table, the reason of each invalid result that has one of its own (an invalid compound's is its
        // component's, listed in turn): a line each, in markdown a list.
        var reasons = evaluation.Results.SelectMany(Flatten)
            .Where(r => r.Status == TargetStatus.Invalid && r.Reason is not null)
            .Select(r => $"{StatusText.Of(r.Status)} {r.Target.Id}: {r.Reason!.MessageEn}")
            .ToList();
        if (format == "markdown")
        {
            context.Output.WriteLine($"# {evaluation.Catalog.Title}");
            context.Output.WriteLine();
            table.WriteMarkdown(context.Output);
            context.Output.WriteLine();
            foreach (string reason in reasons)
            {
                context.Output.WriteLine("- " + reason);
            }
            if (reasons.Count > 0)
            {
                context.Output.WriteLine();
            }
        }
        else
        {
            context.Output.WriteLine(evaluation.Catalog.Title);
            table.WriteText(context.Output);
            foreach (string reason in reasons)
            {
                context.Output.WriteLine(reason);
            }
        }
        context.Output.WriteLine(
            $"{evaluation.Summary()} (as of {LocalDatePattern.Iso.Format(evaluation.Options.AsOf!.Value)})");
    }

    private static void AddRows(TextTable table, TargetResult result, string indent)
    {
        table.Add(
            StatusText.Of(result.Status),
            indent + result.Target.Id,
            Actual(result),
            Threshold(result),
            Margin(result),
            result.Target.Provenance.Citation);
        foreach (TargetResult component in result.Components)
        {
            AddRows(table, component, indent + "  ");
        }
    }

    /// <summary>The actual value, marked <c>(soft)</c> / <c>(implied)</c> when a figure it rests on is.</summary>
    private static string Actual(TargetResult result)
    {
        if (result.Actual is null)
        {
            return "—";
        }
        string qualifiers = QualifierCodes.Format(result.Evidence.Aggregate(Qualifiers.None, (all, figure) => all | figure.Qualifiers));
        return qualifiers.Length == 0 ? result.Actual.ToString() : $"{result.Actual} ({qualifiers})";
    }

    private static string Threshold(TargetResult result)
    {
        string threshold = result.Target switch
        {
            // A target judged each year: "each year" on the whole, the year on each component.
            ValueTarget value => value.Condition.Describe(value.Indicator.Unit)
                + (!result.Period.Equals(value.Period) ? " in " + Periods.Format(result.Period) : value.EachYear ? " each year" : string.Empty),
            DeadlineTarget deadline => result.Due is { } due ? "by " + LocalDatePattern.Iso.Format(due) : deadline.Deadline.ToString(),
            _ => "all of " + ((CompoundTarget)result.Target).Components.Count,
        };
        string qualifiers = QualifierCodes.Format(result.Target.Qualifiers);
        return qualifiers.Length == 0 ? threshold : $"{threshold} ({qualifiers})";
    }

    private static IEnumerable<TargetResult> Flatten(TargetResult result) => result.Components.SelectMany(Flatten).Prepend(result);

    private static string Margin(TargetResult result)
    {
        if (result.Margin is not { } margin)
        {
            return string.Empty;
        }
        string sign = margin > 0 ? "+" : string.Empty;
        // Every margin in its unit's symbol (a deadline's in days: +1 d, −2 d), percentages in points.
        string unit = result.MarginUnit switch
        {
            Measures.Unit.Percent => " pp",
            { } other => " " + Measures.Units.Symbol(other),
            null => string.Empty,
        };
        string counts = result.CountMargin is { } c && result.Status == TargetStatus.NotMet ? $" ({c})" : string.Empty;
        return sign + CommonOptions.Format(margin) + unit + counts;
    }
}
