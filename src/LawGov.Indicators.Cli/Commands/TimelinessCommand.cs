using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Cli.Output;
using LawGov.Indicators.Measures;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Cli.Commands;

/// <summary><c>timeliness</c>: timely, overdue and pending records of a CSV file, with exact rates overall and per group.</summary>
internal static class TimelinessCommand
{
    /// <summary>
    /// How rates are shown: two decimals, half-even (GB/T 8170); the exact counts are always printed too. A timely rate is
    /// a share (timely ≤ judged), so its rounded percentage is at most 100.00 and <see cref="RoundingRule.RoundPercent"/>
    /// cannot overflow (that needs a ratio far above 100 % at eight or more decimals).
    /// </summary>
    private static readonly RoundingRule PercentRounding = RoundingRule.Default;

    /// <summary>The statutory limits <c>--limit</c> accepts by name, each judged with its extension where it has one.</summary>
    private static readonly (string Name, TimeLimitSchedule Limits)[] Statutory =
    [
        ("info-disclosure", StatutoryTimeLimits.InformationDisclosureReply),
        ("proactive-disclosure", TimeLimitSchedule.Constant(StatutoryTimeLimits.InformationDisclosureProactive)),
        ("licensing", TimeLimitSchedule.Constant(StatutoryTimeLimits.AdministrativeLicensingDecision)),
        ("regulation-filing", TimeLimitSchedule.Constant(StatutoryTimeLimits.RegulationFiling)),
        ("reconsideration", TimeLimitSchedule.Constant(StatutoryTimeLimits.AdministrativeReconsiderationDecision)),
        ("petition", TimeLimitSchedule.Constant(StatutoryTimeLimits.PetitionCompletion)),
    ];

    internal static Command Create(CliContext context)
    {
        var file = new Argument<string>("records")
        {
            Description = "The CSV file (UTF-8, header line, comma-separated, dates yyyy-MM-dd; an empty end cell = not completed).",
        };
        var start = new Option<string>("--start") { Description = "The column with the start date (receipt, publication).", Required = true, HelpName = "column" };
        var end = new Option<string>("--end") { Description = "The column with the completion date.", Required = true, HelpName = "column" };
        var limit = new Option<string>("--limit")
        {
            Description = "The time limit: Nd (calendar days), Nwd (working days); with an extension (20wd+20wd) records are judged against the extended limit. "
                + "Or a statutory limit by name, with its extension, selected per record by its start date where it changed: "
                + string.Join(", ", Statutory.Select(s => s.Name + " (" + s.Limits + ")")) + ".",
            Required = true,
            HelpName = "Nd|Nwd|name",
        };
        var groupBy = new Option<string?>("--group-by") { Description = "A column to group the counts by.", HelpName = "column" };
        var asOf = CommonOptions.AsOf("The date of the judgment (default: today in China, UTC+8).");
        var format = CommonOptions.Format("table", "table", "json");
        var listOverdue = new Option<bool>("--list-overdue") { Description = "Also list the overdue records (line, key, start, due, completion, days late)." };
        var snapshot = new Option<bool>("--snapshot")
        {
            Description = "Judge the records as they stood on the as-of date: a completion after it counts as not completed, and a "
                + "record started after it did not exist yet (counted apart as not started, in no count). "
                + "Without it, completion dates count whatever the as-of date, which decides only the records not completed.",
        };
        Option<string> calendar = CalendarOption.Create();
        Option<bool> stats = RunStats.CreateOption();

        var command = new Command(
            "timeliness",
            "Judge each record against a time limit and print timely, overdue and pending counts with the exact timely rate "
            + "(timely / (timely + overdue)), overall and per group. Timely: completed on or before the due date. Overdue: "
            + "completed after it, or not completed and due before the as-of date. Pending: not completed and not yet due "
            + "(excluded from the rate). The start day is not counted; a completion after the as-of date counts by its date "
            + "unless --snapshot is given. Bad records (unparsable dates, an end before its start, a number of fields other "
            + "than the header's, a start the calendar cannot answer) are reported on stderr with their line numbers and not "
            + "counted; the others are, and the exit code is then 1. A missing column is exit 2.\n"
            + "Example: lawgov-indicators timeliness replies.csv --start received --end replied --limit 20wd --group-by unit --as-of 2020-12-31")
        {
            file,
            start,
            end,
            limit,
            groupBy,
            asOf,
            format,
            listOverdue,
            snapshot,
            calendar,
            stats,
        };
        command.SetAction(parsed => CliApp.Guard(context, () =>
        {
            var run = new RunStats();
            string path = parsed.GetValue(file)!;
            (TimeLimitSchedule limits, bool extended, string limitText) = ParseLimit(parsed.GetValue(limit)!);
            LocalDate asOfDate = CommonOptions.AsOfOrToday(parsed.GetValue(asOf), context);
            WorkingDayCalendar workingCalendar = CalendarOption.Resolve(parsed.GetValue(calendar)!);
            var rule = new TimelinessRule(limits, workingCalendar, asOfDate, extended, parsed.GetValue(snapshot) ? AsOfMode.Snapshot : AsOfMode.Literal);
            string? groupColumn = parsed.GetValue(groupBy);
            var options = new TimelinessCsvOptions(Column(parsed.GetValue(start), "--start"), Column(parsed.GetValue(end), "--end"), rule,
                groupColumn is null ? null : Column(groupColumn, "--group-by"), parsed.GetValue(listOverdue));

            TimelinessCsvResult result;
            using (Stream stream = ProgressStream.Wrap(CliFiles.OpenRead(path, "records file", bulk: true), context, path))
            {
                result = TimelinessCsv.Read(stream, options);
            }
            if (!result.Succeeded)
            {
                throw new CliInputException(path + ": " + result.Error);
            }

            TimelinessReport report = result.Report;
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(context.Output, path, rule, limitText, report, options.ListOverdue);
            }
            else
            {
                WriteTable(context.Output, path, rule, limitText, report, options.ListOverdue);
            }
            int exit = ReportErrors(context.Error, path, report);
            run.Report(context, parsed.GetValue(stats), report.RecordCount, "records");
            return exit;
        }));
        return command;
    }

    /// <summary>A column option's value: a name, never empty or only white space (which no header column can match).</summary>
    private static string Column(string? name, string option) =>
        string.IsNullOrWhiteSpace(name) ? throw new CliInputException($"{option}: expected a column name of the header, found an empty value.") : name;

    /// <summary>A named statutory limit (with its extension), or <c>Nd</c>/<c>Nwd</c> with an optional extension.</summary>
    private static (TimeLimitSchedule Limits, bool Extended, string Text) ParseLimit(string text)
    {
        foreach ((string name, TimeLimitSchedule limits) in Statutory)
        {
            if (string.Equals(text.Trim(), name, StringComparison.Ordinal))
            {
                return (limits, true, name + " (" + limits + ")");
            }
        }
        try
        {
            TimeLimit parsed = TimeLimit.Parse(text);
            return (TimeLimitSchedule.Constant(parsed), parsed.HasExtension, parsed.ToString());
        }
        catch (FormatException ex)
        {
            throw new CliInputException("--limit: " + ex.Message + " Statutory limits by name: " + string.Join(", ", Statutory.Select(s => s.Name)) + ".", ex);
        }
    }

    private static int ReportErrors(TextWriter error, string path, TimelinessReport report)
    {
        if (report.ErrorCount == 0)
        {
            return ExitCodes.Success;
        }
        foreach (RecordError e in report.Errors)
        {
            // A message may quote a field, and a quoted field may hold a line break: one line per error all the same.
            error.WriteLine(path + ": " + TextTable.Cell(e.ToString()));
        }
        if (report.ErrorCount > report.Errors.Count)
        {
            error.WriteLine(Invariant($"{path}: … and {report.ErrorCount - report.Errors.Count} more bad records."));
        }
        error.WriteLine(Invariant($"{path}: {report.ErrorCount} of {report.RecordCount} records could not be used and are not counted."));
        return ExitCodes.NotMet;
    }

    private static void WriteTable(TextWriter output, string path, TimelinessRule rule, string limit, TimelinessReport report, bool listOverdue)
    {
        string snapshot = rule.Mode == AsOfMode.Snapshot ? " (snapshot)" : "";
        output.WriteLine(Invariant($"Timeliness of {path}: limit {limit}, calendar {rule.Calendar.Name}, as of {Iso(rule.AsOf)}{snapshot}; rates {PercentRounding}."));
        var table = new TextTable("group", "timely", "overdue", "pending", "rate").AlignRight(1, 2, 3);
        foreach (TimelinessGroup group in report.Groups)
        {
            table.Add(Row(group.Key, group.Counts));
        }
        table.Add(Row("overall", report.Overall));
        table.WriteText(output);
        if (report.NotStartedCount > 0)
        {
            output.WriteLine(Invariant($"Not started: {report.NotStartedCount} records started after {Iso(rule.AsOf)} and are in no count (they did not exist on the snapshot's date)."));
        }

        if (listOverdue)
        {
            output.WriteLine();
            output.WriteLine("Overdue records:");
            var overdue = new TextTable("line", "key", "start", "due", "completed", "days late").AlignRight(0, 5);
            foreach (OverdueRecord record in report.OverdueRecords)
            {
                overdue.Add(
                    record.Line.ToString(CultureInfo.InvariantCulture),
                    record.Key ?? "",
                    Iso(record.Start),
                    Iso(record.DueDate),
                    record.Completed is LocalDate done ? Iso(done) : "(open)",
                    record.DaysLate.ToString(CultureInfo.InvariantCulture));
            }
            overdue.WriteText(output);
        }
    }

    private static string[] Row(string name, TimelinessCounts counts) =>
    [
        name,
        counts.Timely.ToString(CultureInfo.InvariantCulture),
        counts.Overdue.ToString(CultureInfo.InvariantCulture),
        counts.Pending.ToString(CultureInfo.InvariantCulture),
        counts.TimelyRate.IsDefined
            ? PercentRounding.RoundPercent(counts.TimelyRate).ToString(CultureInfo.InvariantCulture) + "% (" + counts.TimelyRate + ")"
            : "n/a (" + counts.TimelyRate + ")",
    ];

    private static void WriteJson(TextWriter output, string path, TimelinessRule rule, string limit, TimelinessReport report, bool listOverdue)
    {
        JsonOutput.WriteWith(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteString("limit", limit);
            json.WriteBoolean("extended", rule.Extended);
            json.WriteString("calendar", rule.Calendar.Name);
            json.WriteString("asOf", Iso(rule.AsOf));
            json.WriteBoolean("snapshot", rule.Mode == AsOfMode.Snapshot);
            json.WriteString("percentRounding", PercentRounding.ToString());
            json.WriteNumber("records", report.RecordCount);
            json.WriteNumber("badRecords", report.ErrorCount);
            json.WriteNumber("notStarted", report.NotStartedCount);
            json.WritePropertyName("overall");
            WriteCounts(json, null, report.Overall);
            json.WriteStartArray("groups");
            foreach (TimelinessGroup group in report.Groups)
            {
                WriteCounts(json, group.Key, group.Counts);
                JsonOutput.FlushIfFull(json);
            }
            json.WriteEndArray();
            if (listOverdue)
            {
                json.WriteStartArray("overdueRecords");
                foreach (OverdueRecord record in report.OverdueRecords)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", record.Line);
                    if (record.Key is not null)
                    {
                        json.WriteString("key", record.Key);
                    }
                    json.WriteString("start", Iso(record.Start));
                    json.WriteString("due", Iso(record.DueDate));
                    if (record.Completed is LocalDate done)
                    {
                        json.WriteString("completed", Iso(done));
                    }
                    else
                    {
                        json.WriteNull("completed");
                    }
                    json.WriteNumber("daysLate", record.DaysLate);
                    json.WriteEndObject();
                    JsonOutput.FlushIfFull(json);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        });
    }

    private static void WriteCounts(Utf8JsonWriter json, string? key, TimelinessCounts counts)
    {
        json.WriteStartObject();
        if (key is not null)
        {
            json.WriteString("key", key);
        }
        json.WriteNumber("timely", counts.Timely);
        json.WriteNumber("overdue", counts.Overdue);
        json.WriteNumber("pending", counts.Pending);
        if (counts.TimelyRate.IsDefined)
        {
            json.WriteNumber("rate", PercentRounding.RoundPercent(counts.TimelyRate));
        }
        else
        {
            json.WriteNull("rate");
        }
        json.WriteNumber("rateNumerator", counts.TimelyRate.Numerator);
        json.WriteNumber("rateDenominator", counts.TimelyRate.Denominator);
        json.WriteEndObject();
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
