using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>One generated CSV row: its text (with its line break) and, when its syntax is right, the record it holds.</summary>
public sealed record TimelinessRow(string Text, TimelinessRecord? Record, bool Blank = false)
{
    /// <summary>Physical lines the row takes (a quoted key may hold line breaks).</summary>
    public int Lines => Text.Count(c => c == '\n');
}

/// <summary>The expected report of rows, computed record by record with <see cref="TimelinessRule.Judge"/> and <see cref="TimelinessCounts"/>.</summary>
public sealed record TimelinessExpectation(
    TimelinessCounts Overall,
    IReadOnlyDictionary<string, TimelinessCounts> Groups,
    IReadOnlyList<long> ErrorLines,
    IReadOnlyList<(long Line, int DaysLate, LocalDate? Completed)> Overdue,
    long Records,
    long NotStarted = 0);

/// <summary>Generators of timeliness records and CSV rows, and the per-record reference they are checked against.</summary>
public static class TimelinessGenerators
{
    public const string Header = "unit,received,replied\n";

    /// <summary>Start dates over the calendar's coverage and around its ends (2014-12, 2026-12, 2027, 9999-12-31).</summary>
    public static Gen<LocalDate> Start { get; } = Gen.Frequency(
        (8, Generators.DateBetween(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31))),
        (2, Generators.DateBetween(new LocalDate(2026, 11, 15), new LocalDate(2027, 1, 15))),
        (1, Generators.DateBetween(new LocalDate(2014, 11, 20), new LocalDate(2015, 1, 10))),
        (1, Gen.Constant(new LocalDate(9999, 12, 31))));

    /// <summary>Records with keys, completions from 3 days before the start (bad) to 60 after, or open.</summary>
    public static Gen<TimelinessRecord> Record(bool withKey) =>
        from start in Start
        from gap in Gen.Choose(-3, 60)
        from open in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from key in Gen.Elements("A", "B", "C,D", "E\nF", "G\"H", "")
        select new TimelinessRecord(start, open || start.Year == 9999 ? null : start.PlusDays(gap), withKey ? key : null);

    /// <summary>CSV rows: good records (fields quoted at random), bad dates, ragged rows, blank lines, CRLF endings.</summary>
    public static Gen<TimelinessRow> Row { get; } = Gen.Frequency(
        (12, from record in Record(withKey: true)
             from quoteDates in Gen.Elements(false, true)
             from crlf in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
             select new TimelinessRow(Line(record, quoteDates, crlf), record)),
        (1, Gen.Elements("A,not-a-date,2020-01-01\n", "A,2020-01-01,2020-13-01\n", "\"A\"x,2020-01-01,\n").Select(t => new TimelinessRow(t, null))),
        (1, Gen.Elements("A,2020-01-01\n", "A,2020-01-01,2020-01-02,x\n", "\"A\",2020-01-01\n", "\"A\nB\",2020-01-01,,\n").Select(t => new TimelinessRow(t, null))),
        (1, Gen.Elements("\n", "\r\n").Select(t => new TimelinessRow(t, null, Blank: true))));

    /// <summary>Rule settings: limit (with extension or a dated schedule), as-of date and mode.</summary>
    public static Gen<TimelinessRule> Rule { get; } =
        from limit in Gen.Elements(0, 1, 2, 3)
        from asOf in Generators.DateBetween(new LocalDate(2019, 1, 1), new LocalDate(2027, 3, 1))
        from mode in Gen.Elements(AsOfMode.Literal, AsOfMode.Snapshot)
        select limit switch
        {
            0 => new TimelinessRule(TimeLimit.WorkingDays(20), WorkingDayCalendar.ChinaMainland, asOf, mode: mode),
            1 => new TimelinessRule(TimeLimit.CalendarDays(30), WorkingDayCalendar.ChinaMainland, asOf, mode: mode),
            2 => new TimelinessRule(TimeLimit.Parse("20wd+20wd"), WorkingDayCalendar.ChinaMainland, asOf, extended: true, mode: mode),
            _ => new TimelinessRule(StatutoryTimeLimits.InformationDisclosureReply, WorkingDayCalendar.ChinaMainland, asOf, extended: true, mode: mode),
        };

    /// <summary>A record as a CSV line: the key quoted when it needs it, the dates quoted when asked.</summary>
    public static string Line(TimelinessRecord record, bool quoteDates = false, bool crlf = false)
    {
        string start = Iso(record.Start), end = record.Completed is LocalDate done ? Iso(done) : "";
        if (quoteDates)
        {
            (start, end) = ("\"" + start + "\"", "\"" + end + "\"");
        }
        return Quote(record.Key ?? "") + "," + start + "," + end + (crlf ? "\r\n" : "\n");
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static byte[] Csv(IEnumerable<TimelinessRow> rows) => Encoding.UTF8.GetBytes(Header + string.Concat(rows.Select(r => r.Text)));

    /// <summary>
    /// The report the rows must give, record by record: <see cref="TimelinessRule.Judge"/> for each record with good
    /// syntax (its exceptions — a completion before the start, a start the calendar cannot answer — are bad records),
    /// counted with <see cref="TimelinessCounts.Add(DeadlineJudgment)"/> per key; in a snapshot a record started after
    /// the as-of date is counted as not started instead. <paramref name="firstLine"/> is the
    /// line (or position) of the first row.
    /// </summary>
    public static TimelinessExpectation Expect(IReadOnlyList<TimelinessRow> rows, TimelinessRule rule, long firstLine = 2)
    {
        TimelinessCounts overall = default;
        var groups = new Dictionary<string, TimelinessCounts>(StringComparer.Ordinal);
        var errors = new List<long>();
        var overdue = new List<(long, int, LocalDate?)>();
        long notStarted = 0;
        long line = firstLine, records = 0;
        foreach (TimelinessRow row in rows)
        {
            if (!row.Blank)
            {
                records++;
                if (row.Record is not TimelinessRecord record)
                {
                    errors.Add(line);
                }
                else
                {
                    DeadlineJudgment? judged = null;
                    try
                    {
                        judged = rule.Judge(record.Start, record.Completed);
                    }
                    catch (Exception ex) when (ex is ArgumentException or CalendarCoverageException)
                    {
                        errors.Add(line);
                    }
                    if (judged is not null && rule.Mode == AsOfMode.Snapshot && record.Start > rule.AsOf)
                    {
                        notStarted++; // it did not exist on the as-of date: in no count
                    }
                    else if (judged is DeadlineJudgment judgment)
                    {
                        overall = overall.Add(judgment);
                        if (record.Key is { } key)
                        {
                            groups[key] = groups.GetValueOrDefault(key).Add(judgment);
                        }
                        if (judgment.Status is DeadlineStatus.Late or DeadlineStatus.Overdue)
                        {
                            overdue.Add((line, judgment.Days!.Value, judgment.Status == DeadlineStatus.Late ? record.Completed : null));
                        }
                    }
                }
            }
            line += Math.Max(row.Lines, 1);
        }
        return new TimelinessExpectation(overall, groups, errors, overdue, records, notStarted);
    }

    /// <summary>True when the report is the expected one (counts, groups, bad-record lines, overdue list).</summary>
    public static bool Matches(TimelinessReport report, TimelinessExpectation expected) =>
        report.Overall == expected.Overall
        && report.Groups.Count == expected.Groups.Count
        && report.Groups.All(g => expected.Groups.TryGetValue(g.Key, out TimelinessCounts counts) && counts == g.Counts)
        && report.ErrorCount == expected.ErrorLines.Count
        && report.Errors.Select(e => e.Line).SequenceEqual(expected.ErrorLines.Take(report.Errors.Count))
        && report.OverdueRecords.Select(o => (o.Line, o.DaysLate, o.Completed)).SequenceEqual(expected.Overdue)
        && report.RecordCount == expected.Records
        && report.NotStartedCount == expected.NotStarted;
}
