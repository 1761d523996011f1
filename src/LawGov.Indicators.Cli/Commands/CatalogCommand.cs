using System.CommandLine;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using NodaTime.Text;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>catalog</c>: prints a catalog in normalised form.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context)
    {
        var catalogArgument = new Argument<string>("catalog") { Description = "The catalog JSON file." };
        var formatOption = CommonOptions.Format("json", "json", "table");
        var command = new Command(
            "catalog",
            """
            Print a catalog in normalised form: JSON with scopes, periods, sources, rounding and units (as codes)
            written out on every entry, or a table of its targets (kind, measure, condition, declared rounding,
            soft/implied qualifiers, period, scope, source clause, lead and cooperating units) and of its reported
            figures (what is stated, qualifiers, period, scope, source, units).
            Exit code: 0 when the catalog reads; 2 on bad input (message on stderr naming the JSON path).

            Examples:
              lawgov-indicators catalog seeds/kunshan-2020.json
              lawgov-indicators catalog seeds/changzhi-2015-2020.json --format table
            """)
        {
            catalogArgument, formatOption,
        };
        command.SetAction(parse => CliApp.Guard(context, () =>
        {
            Catalog catalog = CliFiles.ReadCatalog(parse.GetValue(catalogArgument)!);
            if (parse.GetValue(formatOption) == "json")
            {
                context.Output.WriteLine(CatalogJson.Write(catalog));
                return ExitCodes.Success;
            }
            context.Output.WriteLine(catalog.Title);
            var targets = new TextTable("Target", "Kind", "Measure", "Condition", "Rounding", "Qualifiers", "Period", "Scope", "Source", "Lead", "Cooperating");
            foreach (Target target in catalog.Targets)
            {
                AddTarget(targets, target, string.Empty);
            }
            targets.WriteText(context.Output);
            context.Output.WriteLine();
            var figures = new TextTable("Figure", "Indicator", "Stated", "Qualifiers", "Period", "Scope", "Source", "Lead", "Cooperating");
            foreach (ReportedFigure figure in catalog.Figures)
            {
                figures.Add(figure.Id, figure.Indicator.Id, Stated(figure), QualifierCodes.Format(figure.Qualifiers), Periods.Format(figure.Period), figure.Scope.ToString(),
                    figure.Provenance.Citation, Units(figure.Provenance.LeadUnits), Units(figure.Provenance.CooperatingUnits));
            }
            figures.WriteText(context.Output);
            context.Output.WriteLine($"{catalog.Indicators.Count} indicators, {catalog.Targets.Count} targets, {catalog.Figures.Count} figures");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void AddTarget(TextTable table, Target target, string indent)
    {
        (string kind, string measure, string condition) = target switch
        {
            ValueTarget v => ("value", v.Indicator.NameZh, v.Condition.Describe(v.Indicator.Unit) + (v.EachYear ? " each year" : string.Empty)),
            DeadlineTarget d => ("deadline", d.Indicator.NameZh, d.Deadline.ToString()),
            _ => ("allOf", string.Empty, string.Empty),
        };
        string rounding = target is ValueTarget valueTarget ? valueTarget.Rounding.ToString() : string.Empty;
        table.Add(indent + target.Id, kind, measure, condition, rounding, QualifierCodes.Format(target.Qualifiers), Periods.Format(target.Period), target.Scope.ToString(),
            target.Provenance.Citation, Units(target.Provenance.LeadUnits), Units(target.Provenance.CooperatingUnits));
        if (target is CompoundTarget compound)
        {
            foreach (Target component in compound.Components)
            {
                AddTarget(table, component, indent + "  ");
            }
        }
    }

    private static string Units(IReadOnlyList<string> units) => string.Join("、", units);

    private static string Stated(ReportedFigure figure)
    {
        var parts = new List<string>();
        if (figure.Denominator is { } den)
        {
            parts.Add($"{figure.Numerator?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}/{den}");
        }
        if (figure.Value is { } value)
        {
            string prefix = figure.StatedAs switch
            {
                StatedAs.MoreThan => "> ",
                StatedAs.AtLeast => "≥ ",
                StatedAs.AtMost => "≤ ",
                StatedAs.LessThan => "< ",
                StatedAs.Approximately => "≈ ",
                _ => string.Empty,
            };
            parts.Add(prefix + new Measures.Quantity(value, figure.ValueUnit));
        }
        if (figure.Date is { } date)
        {
            parts.Add("done " + LocalDatePattern.Iso.Format(date));
        }
        else if (figure.Completed == false)
        {
            parts.Add("not done" + (figure.AsOf is { } asOf ? " as of " + LocalDatePattern.Iso.Format(asOf) : string.Empty));
        }
        if (figure.Span is { } span)
        {
            parts.Add(Periods.Format(span));
        }
        return string.Join(", ", parts);
    }
}
