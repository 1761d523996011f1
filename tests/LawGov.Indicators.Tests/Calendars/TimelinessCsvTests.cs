using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimelinessCsvTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private const string Sample = TimelinessSample.Csv;

    private static TimelinessCsvOptions Options(string? groupBy = "unit", bool listOverdue = false, int chunkSize = 1 << 20, int parallelism = 2, TimeLimit? limit = null, LocalDate? asOf = null, int maxErrors = 100) =>
        new("received", "replied", new TimelinessRule(limit ?? TimeLimit.WorkingDays(20), China, asOf ?? new LocalDate(2020, 12, 31)),
            groupBy, listOverdue, maxErrors, parallelism, chunkSize);

    private static TimelinessReport Read(string csv, TimelinessCsvOptions options)
    {
        TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), options);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Report!;
    }

    [Fact]
    public void Read_Sample_CountsPerGroupAndOverall()
    {
        TimelinessReport report = Read(Sample, Options());

        Assert.Equal(new TimelinessCounts(2, 2, 1), report.Overall);
        Assert.Equal(new Rate(2, 4), report.Overall.TimelyRate);
        Assert.Equal(["A", "B"], report.Groups.Select(g => g.Key));
        Assert.Equal(new TimelinessCounts(2, 1, 0), report.Groups[0].Counts);
        Assert.Equal(new TimelinessCounts(0, 1, 1), report.Groups[1].Counts);
        Assert.Equal(7, report.RecordCount);
    }

    [Fact]
    public void Read_Sample_ReportsBadRowsWithLineAndColumn()
    {
        TimelinessReport report = Read(Sample, Options());

        Assert.Equal(2, report.ErrorCount);
        Assert.Equal("line 6, column 'received': '2020-13-01' is not a start date (expected yyyy-MM-dd)", report.Errors[0].ToString());
        Assert.Equal("line 7, column 'replied': the completion date 2020-10-01 is before the start date 2020-10-10", report.Errors[1].ToString());
    }

    [Fact]
    public void Read_ListOverdue_ListsLateAndOpenRecordsInLineOrder()
    {
        TimelinessReport report = Read(Sample, Options(listOverdue: true));

        Assert.Collection(
            report.OverdueRecords,
            r =>
            {
                Assert.Equal(3, r.Line);
                Assert.Equal("A", r.Key);
                Assert.Equal(new LocalDate(2020, 11, 4), r.DueDate);
                Assert.Equal(new LocalDate(2020, 11, 5), r.Completed);
                Assert.Equal(1, r.DaysLate);
            },
            r =>
            {
                Assert.Equal(4, r.Line);
                Assert.Equal(new LocalDate(2020, 9, 30), r.Start);
                Assert.Null(r.Completed);
                Assert.Equal(57, r.DaysLate);
            });
    }

    [Fact]
    public void Read_NotListing_HasNoOverdueRecords() => Assert.Empty(Read(Sample, Options()).OverdueRecords);

    [Fact]
    public void Read_WithoutGroupBy_HasOverallOnly()
    {
        TimelinessReport report = Read(Sample, Options(groupBy: null));

        Assert.Empty(report.Groups);
        Assert.Equal(new TimelinessCounts(2, 2, 1), report.Overall);
    }

    // Every chunk size from 1 byte cuts the sample at a different seam; counts, errors and line numbers must not change.
    [Fact]
    public void Read_TinyChunks_SameReportAndLineNumbers()
    {
        for (int chunkSize = 1; chunkSize <= 64; chunkSize++)
        {
            TimelinessReport report = Read(Sample, Options(chunkSize: chunkSize, listOverdue: true));

            Assert.Equal(new TimelinessCounts(2, 2, 1), report.Overall);
            Assert.Equal([6L, 7L], report.Errors.Select(e => e.Line));
            Assert.Equal([3L, 4L], report.OverdueRecords.Select(r => r.Line));
        }
    }

    [Fact]
    public void Read_CrLfBomQuotesAndBlankLines_AreHandled()
    {
        string csv = "\uFEFFid,\"unit\",received,replied\r\n" +
            "1,\"Linyi, Lanshan\",2020-09-30,2020-11-04\r\n" +
            "\r\n" +
            "2,\"Say \"\"hi\"\"\",\"2020-09-30\",\r\n";

        TimelinessReport report = Read(csv, Options());

        Assert.Equal(["Linyi, Lanshan", "Say \"hi\""], report.Groups.Select(g => g.Key));
        Assert.Equal(new TimelinessCounts(1, 1, 0), report.Overall);
        Assert.Equal(2, report.RecordCount);
        Assert.Equal(0, report.ErrorCount);
    }

    [Fact]
    public void Read_NoTrailingNewline_CountsLastRecord() =>
        Assert.Equal(1, Read("unit,received,replied\nA,2020-09-30,2020-11-04", Options()).Overall.Timely);

    [Fact]
    public void Read_SpacesAroundDates_AreTrimmed() =>
        Assert.Equal(1, Read("unit,received,replied\nA, 2020-09-30 ,2020-11-04 \n", Options()).Overall.Timely);

    [Theory]
    [InlineData("A,2020-09-30\n", null, "expected at least 3 fields, found 2")]
    [InlineData("A,,2020-11-04\n", "received", "the start date is empty (expected yyyy-MM-dd)")]
    [InlineData("A,2020/09/30,\n", "received", "'2020/09/30' is not a start date (expected yyyy-MM-dd)")]
    [InlineData("A,2020-09-30,2020-11-31\n", "replied", "'2020-11-31' is not a completion date (expected yyyy-MM-dd)")]
    [InlineData("\"A,2020-09-30,\n", null, "a quoted field has no closing quote (a quoted field may not contain a line break)")]
    [InlineData("\"A\"x,2020-09-30,\n", null, "a closing quote is followed by text instead of a comma")]
    // 20 working days after 2030-01-01 first need 2030-01-02.
    [InlineData("A,2030-01-01,\n", "received", "The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 2030 is not covered (needed 2030-01-02).")]
    public void Read_BadRecord_ReportsLineTwoAndKeepsGoodRecords(string badLine, string? column, string message)
    {
        TimelinessReport report = Read("unit,received,replied\n" + badLine + "A,2020-09-30,2020-11-04\n", Options());

        RecordError error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(message, error.Message);
        Assert.Equal(new TimelinessCounts(1, 0, 0), report.Overall);
    }

    [Fact]
    public void Read_InvalidUtf8Key_IsAnError()
    {
        byte[] csv = [.. "unit,received,replied\n"u8, 0xFF, .. ",2020-09-30,\n"u8];

        TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream(csv), Options());

        Assert.Equal("line 2, column 'unit': the key is not valid UTF-8", Assert.Single(result.Report!.Errors).ToString());
    }

    [Fact]
    public void Read_MaxErrors_KeepsFirstAndCountsAll()
    {
        string csv = "unit,received,replied\n" + string.Concat(Enumerable.Repeat("A,bad,\n", 10));

        TimelinessReport report = Read(csv, Options(maxErrors: 3));

        Assert.Equal(10, report.ErrorCount);
        Assert.Equal([2L, 3L, 4L], report.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Read_MissingColumn_FailsNamingColumnAndHeader()
    {
        TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream("id,unit,received\n1,A,2020-01-01\n"u8.ToArray()), Options());

        Assert.False(result.Succeeded);
        Assert.Equal("line 1, column 'replied': the header has no column 'replied' (columns: id, unit, received)", result.Error!.ToString());
    }

    [Fact]
    public void Read_DuplicateColumn_Fails() =>
        Assert.False(TimelinessCsv.Read(new MemoryStream("unit,received,replied,received\n"u8.ToArray()), Options()).Succeeded);

    [Fact]
    public void Read_Empty_FailsAskingForHeader() =>
        Assert.Contains("expected a header line", TimelinessCsv.Read(new MemoryStream(), Options()).Error!.Message);

    // The as-of date is a snapshot: a reply on 2020-11-05 had not happened on 2020-11-04, the due date → pending.
    [Fact]
    public void Read_CompletionAfterAsOf_IsOpenAsOfThatDate() =>
        Assert.Equal(new TimelinessCounts(0, 0, 1), Read("unit,received,replied\nA,2020-09-30,2020-11-05\n", Options(asOf: new LocalDate(2020, 11, 4))).Overall);

    // Merge of parts = whole: any split of the records into two files, read with any parallelism and chunk size, gives
    // group counts that merge to those of the whole file read sequentially.
    [Fact]
    public void Read_PartsMerged_EqualWhole() =>
        Properties.Check(
            Prop.ForAll(
                (from records in Gen.ListOf(RecordLine)
                 from split in Gen.Choose(0, 1000)
                 from chunk in Gen.Choose(1, 200)
                 from dop in Gen.Choose(1, 4)
                 select (Records: records.ToArray(), Split: split, Chunk: chunk, Dop: dop)).ToArbitrary(),
                t =>
                {
                    int cut = t.Records.Length == 0 ? 0 : t.Split % (t.Records.Length + 1);
                    const string header = "unit,received,replied\n";
                    TimelinessReport whole = Read(header + string.Concat(t.Records), Options(chunkSize: 1 << 16, parallelism: 1));
                    TimelinessReport first = Read(header + string.Concat(t.Records[..cut]), Options(chunkSize: t.Chunk, parallelism: t.Dop));
                    TimelinessReport second = Read(header + string.Concat(t.Records[cut..]), Options(chunkSize: t.Chunk, parallelism: t.Dop));
                    Dictionary<string, TimelinessCounts> merged = first.Groups.Concat(second.Groups)
                        .GroupBy(g => g.Key)
                        .ToDictionary(g => g.Key, g => g.Aggregate(default(TimelinessCounts), (sum, x) => sum + x.Counts));
                    return whole.Overall == first.Overall + second.Overall
                        && whole.ErrorCount == first.ErrorCount + second.ErrorCount
                        && whole.Groups.Count == merged.Count
                        && whole.Groups.All(g => merged[g.Key] == g.Counts);
                }),
            maxTest: 100);

    private static Gen<string> RecordLine { get; } =
        from unit in Gen.Elements("A", "B", "C", "\"D,E\"")
        from start in Generators.DateBetween(new LocalDate(2020, 1, 1), new LocalDate(2021, 6, 30))
        from gap in Gen.Choose(-3, 60)
        from kind in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        select kind switch
        {
            0 => unit + "," + Iso(start) + "," + Iso(start.PlusDays(gap)) + "\n",
            1 => unit + "," + Iso(start) + ",\n",
            _ => unit + ",not-a-date," + Iso(start) + "\n",
        };

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
