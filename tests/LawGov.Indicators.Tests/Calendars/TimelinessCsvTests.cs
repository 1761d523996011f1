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

    private static TimelinessCsvOptions Options(
        string? groupBy = "unit",
        bool listOverdue = false,
        int chunkSize = 1 << 20,
        int parallelism = 2,
        TimeLimit? limit = null,
        LocalDate? asOf = null,
        int maxErrors = 100,
        AsOfMode mode = AsOfMode.Literal,
        int maskWidth = 0,
        int maxRecordLength = 1 << 20) =>
        new("received", "replied", new TimelinessRule(limit ?? TimeLimit.WorkingDays(20), China, asOf ?? new LocalDate(2020, 12, 31), mode: mode),
            groupBy, listOverdue, maxErrors, parallelism, chunkSize, maskWidth, maxRecordLength);

    public static TheoryData<int> MaskWidths() => [128, 256, 512];

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

    // Every chunk size from 1 byte cuts the sample at a different seam; counts, errors and line numbers must not
    // change, at every SIMD width of the delimiter scan.
    [Theory]
    [MemberData(nameof(MaskWidths))]
    public void Read_TinyChunks_SameReportAndLineNumbers(int maskWidth)
    {
        for (int chunkSize = 1; chunkSize <= 64; chunkSize++)
        {
            TimelinessReport report = Read(Sample, Options(chunkSize: chunkSize, listOverdue: true, maskWidth: maskWidth));

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
    [InlineData("A,2020-09-30\n", null, "expected 3 fields as in the header, found 2")]
    [InlineData("A,2020-09-30,2020-11-04,x\n", null, "expected 3 fields as in the header, found 4")]
    [InlineData("A,2020-09-30,2020-11-04,\n", null, "expected 3 fields as in the header, found 4")]
    [InlineData("\"A\",2020-09-30,2020-11-04,\"x\"\n", null, "expected 3 fields as in the header, found 4")]
    [InlineData("\"A\",2020-09-30\n", null, "expected 3 fields as in the header, found 2")]
    [InlineData("  \n", null, "expected 3 fields as in the header, found 1")]
    [InlineData("A,,2020-11-04\n", "received", "the start date is empty (expected yyyy-MM-dd)")]
    [InlineData("A,2020/09/30,\n", "received", "'2020/09/30' is not a start date (expected yyyy-MM-dd)")]
    [InlineData("A,2020-09-30,2020-11-31\n", "replied", "'2020-11-31' is not a completion date (expected yyyy-MM-dd)")]
    // An unclosed quote runs to the end of the input: its first line is bad and reading resumes on the next line.
    [InlineData("\"A,2020-09-30,\n", null, "a quoted field has no closing quote before the end of the input or within 1 MiB; the line is not used and reading resumes on the next line")]
    [InlineData("\"A\"x,2020-09-30,\n", null, "a closing quote is followed by text instead of a comma")]
    // 20 working days after 2030-01-01 first need 2030-01-02.
    [InlineData("A,2030-01-01,\n", "received", "The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 2030 is not covered (needed 2030-01-02).")]
    // 20 working days after 9999-12-31 first need 10000-01-01, past the last date NodaTime represents.
    [InlineData("A,9999-12-31,\n", "received", "The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 10000 is not covered (needed 10000-01-01).")]
    // 20 working days after 2014-12-30 first need 2014-12-31, before the coverage.
    [InlineData("A,2014-12-30,\n", "received", "The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 2014 is not covered (needed 2014-12-31).")]
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

    // The rule (the default): completion dates are facts. Due 2020-11-04 (20wd from 2020-09-30); a reply on
    // 11-05 is late by 1 day even judged as of 11-04, and one on 11-03 is timely.
    [Fact]
    public void Read_CompletionAfterAsOf_CountsByItsDate()
    {
        TimelinessReport report = Read("unit,received,replied\nA,2020-09-30,2020-11-05\nA,2020-09-30,2020-11-03\n", Options(asOf: new LocalDate(2020, 11, 1), listOverdue: true));

        Assert.Equal(new TimelinessCounts(1, 1, 0), report.Overall);
        OverdueRecord late = Assert.Single(report.OverdueRecords);
        Assert.Equal(new LocalDate(2020, 11, 5), late.Completed);
        Assert.Equal(1, late.DaysLate);
    }

    // Snapshot (opt-in), due 2020-11-04: as of 11-04 a reply of 11-20 had not happened and the due date has not passed
    // → pending; as of 11-10 it is open 6 days past due → overdue, listed as open.
    [Fact]
    public void Read_SnapshotCompletionAfterAsOf_IsOpenAsOfThatDate()
    {
        const string csv = "unit,received,replied\nA,2020-09-30,2020-11-20\n";

        Assert.Equal(new TimelinessCounts(0, 0, 1), Read(csv, Options(asOf: new LocalDate(2020, 11, 4), mode: AsOfMode.Snapshot)).Overall);
        TimelinessReport later = Read(csv, Options(asOf: new LocalDate(2020, 11, 10), mode: AsOfMode.Snapshot, listOverdue: true));
        Assert.Equal(new TimelinessCounts(0, 1, 0), later.Overall);
        Assert.Null(Assert.Single(later.OverdueRecords).Completed);
        Assert.Equal(6, later.OverdueRecords[0].DaysLate);
    }

    // The audit's case: a start of 9999-12-31 is one bad record, the good one after it still counts (20wd and 30d;
    // 2020-10-20 is before both due dates, 2020-11-04 and 2020-10-30).
    [Theory]
    [InlineData("20wd")]
    [InlineData("30d")]
    public void Read_StartOn99991231_IsOneBadRecordAndKeepsTheRest(string limit)
    {
        TimelinessReport report = Read("received,replied\n9999-12-31,\n2020-09-30,2020-10-20\n", Options(groupBy: null, limit: TimeLimit.Parse(limit)));

        RecordError error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("the year 10000 is not covered", error.Message, StringComparison.Ordinal);
        Assert.Equal(new TimelinessCounts(1, 0, 0), report.Overall);
    }

    // RFC 4180: the quoted note holds a line break, so line 2 and 3 are one record (overdue: replied 11-05, due 11-04)
    // and the next record is on line 4, whatever the chunk seams.
    [Theory]
    [MemberData(nameof(MaskWidths))]
    public void Read_QuotedLineBreak_IsOneRecordSpanningLines(int maskWidth)
    {
        const string csv = "note,received,replied\n\"a\nb\",2020-09-30,2020-11-05\n\"c\r\n\"\"d\"\"\",2020-09-30,bad\n";
        for (int chunkSize = 1; chunkSize <= 48; chunkSize++)
        {
            foreach (int parallelism in (int[])[1, 2])
            {
                TimelinessReport report = Read(csv, Options(groupBy: "note", chunkSize: chunkSize, parallelism: parallelism, listOverdue: true, maskWidth: maskWidth));

                Assert.Equal(new TimelinessCounts(0, 1, 0), report.Overall);
                Assert.Equal("a\nb", Assert.Single(report.Groups).Key);
                Assert.Equal(2, Assert.Single(report.OverdueRecords).Line);
                RecordError error = Assert.Single(report.Errors);
                Assert.Equal(4, error.Line);
                Assert.Equal("replied", error.Column);
                Assert.Equal(2, report.RecordCount);
            }
        }
    }

    // A quote inside an unquoted field is text (RFC 4180 quotes only whole fields): the key is 5" disk.
    [Fact]
    public void Read_QuoteInsideUnquotedField_IsText() =>
        Assert.Equal("5\" disk", Assert.Single(Read("unit,received,replied\n5\" disk,2020-09-30,2020-11-04\n", Options()).Groups).Key);

    // A quoted field that never closes: with the record limit at 64 bytes, the reader gives up after 64 bytes, reports
    // the first line and reads the 5 good records after it (each 24 bytes, so no record end within the limit).
    [Theory]
    [InlineData(64)]
    [InlineData(1 << 20)]
    public void Read_UnclosedQuote_ReportsFirstLineAndReadsOn(int maxRecordLength)
    {
        string csv = "unit,received,replied\n\"open,2020-09-30,\n" + string.Concat(Enumerable.Repeat("A,2020-09-30,2020-11-04\n", 5));
        for (int chunkSize = 1; chunkSize <= 40; chunkSize += 13)
        {
            TimelinessReport report = Read(csv, Options(chunkSize: chunkSize, maxRecordLength: maxRecordLength));

            Assert.Equal(2, Assert.Single(report.Errors).Line);
            Assert.Contains("no closing quote", report.Errors[0].Message, StringComparison.Ordinal);
            Assert.Equal(new TimelinessCounts(5, 0, 0), report.Overall);
            Assert.Equal(6, report.RecordCount);
        }
    }

    // A line of 2 MiB with no line break is longer than the 1 MiB limit: one bad record on line 3, skipped unread;
    // the records on lines 2 and 4 count and the error after it is on line 5.
    [Fact]
    public void Read_LineLongerThanOneMebibyte_IsOneBadRecordAndReadingGoesOn()
    {
        string csv = "unit,received,replied\nA,2020-09-30,2020-11-04\n" + new string('x', 2 << 20) + "\nA,2020-09-30,2020-11-04\nA,bad,\n";

        TimelinessReport report = Read(csv, Options(chunkSize: 512 * 1024, parallelism: 1));

        Assert.Equal([3L, 5L], report.Errors.Select(e => e.Line));
        Assert.Equal("line 3: the line is longer than 1 MiB (no line break within it); it is not read", report.Errors[0].ToString());
        Assert.Equal(new TimelinessCounts(2, 0, 0), report.Overall);
        Assert.Equal(4, report.RecordCount);
    }

    // The same with a small limit and tiny chunks, at the end of the input without a line break.
    [Fact]
    public void Read_OverlongLastLine_IsOneBadRecord()
    {
        string csv = "unit,received,replied\nA,2020-09-30,2020-11-04\n" + new string('x', 300);
        for (int chunkSize = 1; chunkSize <= 70; chunkSize += 23)
        {
            TimelinessReport report = Read(csv, Options(chunkSize: chunkSize, maxRecordLength: 100));

            Assert.Equal("line 3: the line is longer than 100 bytes (no line break within it); it is not read", Assert.Single(report.Errors).ToString());
            Assert.Equal(new TimelinessCounts(1, 0, 0), report.Overall);
        }
    }

    [Fact]
    public void Read_HeaderLongerThanLimit_Fails()
    {
        TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(new string('h', 200) + "\n")), Options(maxRecordLength: 100));

        Assert.Equal("line 1: the header line is longer than 100 bytes (no line break within it)", result.Error!.ToString());
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 (little-endian byte order mark FF FE)")]
    [InlineData("utf-16BE", "UTF-16 (big-endian byte order mark FE FF)")]
    [InlineData("utf-32", "UTF-32 (little-endian byte order mark FF FE 00 00)")]
    public void Read_WideEncodingWithByteOrderMark_FailsSayingSo(string encoding, string named)
    {
        Encoding wide = Encoding.GetEncoding(encoding);
        byte[] csv = [.. wide.GetPreamble(), .. wide.GetBytes(Sample)];

        TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream(csv), Options(chunkSize: 3));

        Assert.Equal("line 1: the input is " + named + "; expected UTF-8 (convert or save the file as UTF-8)", result.Error!.ToString());
    }

    // Cancelled after the first block has been read: the read stops with OperationCanceledException, long before the
    // end of the 4,000 records (a block is 64 bytes here).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Read_Cancelled_StopsBeforeTheEnd(int parallelism)
    {
        byte[] csv = Encoding.UTF8.GetBytes("unit,received,replied\n" + string.Concat(Enumerable.Repeat("A,2020-09-30,2020-11-04\n", 4000)));
        using var cancel = new CancellationTokenSource();
        var stream = new CancellingStream(csv, cancel, afterReads: 2);

        Assert.ThrowsAny<OperationCanceledException>(() => TimelinessCsv.Read(stream, Options(chunkSize: 64, parallelism: parallelism), cancel.Token));
        Assert.True(stream.Position < csv.Length / 2, "the read went on after the cancellation");
    }

    [Fact]
    public void Read_AlreadyCancelled_ReadsNothing()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Sample));

        Assert.ThrowsAny<OperationCanceledException>(() => TimelinessCsv.Read(stream, Options(), new CancellationToken(canceled: true)));
        Assert.Equal(0, stream.Position);
    }

    // The header is cut by the record rule too: a quoted column name holding a line break takes lines 1 and 2, so the
    // records are on lines 3 and 4 (the second bad); before, the header was cut inside the quotes and was malformed.
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public void Read_HeaderWithQuotedLineBreak_NamesTheColumnAndNumbersLinesAfterIt(int chunkSize)
    {
        TimelinessReport report = Read("\"unit\nname\",received,replied\nA,2020-09-30,2020-11-04\nA,bad,\n", Options(groupBy: "unit\nname", chunkSize: chunkSize));

        Assert.Equal("A", Assert.Single(report.Groups).Key);
        Assert.Equal(new TimelinessCounts(1, 0, 0), report.Overall);
        Assert.Equal(4, Assert.Single(report.Errors).Line);
    }

    // Snapshot as of 2020-11-04: the record received 2020-11-10 did not exist yet — it is not started, in no count and no
    // group; the one received 2020-09-30 (due 2020-11-04, TimelinessSample) is open and not yet past due: pending. Read
    // literally, the later record is pending too (open, due after 11-10).
    [Theory]
    [InlineData(AsOfMode.Snapshot, 1L, 1)]
    [InlineData(AsOfMode.Literal, 2L, 2)]
    public void Read_StartedAfterAsOf_IsNotStartedInASnapshot(AsOfMode mode, long pending, int groups)
    {
        TimelinessReport report = Read("unit,received,replied\nA,2020-09-30,\nB,2020-11-10,\n", Options(asOf: new LocalDate(2020, 11, 4), mode: mode));

        Assert.Equal(new TimelinessCounts(0, 0, pending), report.Overall);
        Assert.Equal(mode == AsOfMode.Snapshot ? 1 : 0, report.NotStartedCount);
        Assert.Equal(groups, report.Groups.Count);
        Assert.Equal(2, report.RecordCount);
    }

    // 20,000 records with a bad start date and one message kept: every error is counted, and only the kept message is
    // made. Each message made would be a string of about 60 characters plus the field text (over 150 bytes: 20,000 of
    // them over 3 MB); one thread, so GC.GetAllocatedBytesForCurrentThread sees the whole read (a warm-up read first
    // fills the block pool).
    [Fact]
    public void Read_ManyBadRecords_FormatsOnlyTheKeptMessages()
    {
        byte[] csv = Encoding.UTF8.GetBytes("unit,received,replied\n" + string.Concat(Enumerable.Repeat("A,2020-13-01,\n", 20_000)));
        TimelinessCsvOptions options = Options(parallelism: 1, maxErrors: 1);
        TimelinessCsv.Read(new MemoryStream(csv), options);

        long before = GC.GetAllocatedBytesForCurrentThread();
        TimelinessReport report = TimelinessCsv.Read(new MemoryStream(csv), options).Report!;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20_000, report.ErrorCount);
        Assert.Equal(2, Assert.Single(report.Errors).Line);
        Assert.True(allocated < 200_000, $"the read allocated {allocated} bytes");
    }

    // Hostile input against an independent reference (TestSupport/TimelinessCsvReference, which states the rules):
    // unclosed quotes, text after a closing quote, lines and quoted fields around a record limit of 64 to 200 bytes,
    // byte order marks mid-file, CR inside quotes, keys that are not UTF-8, junk over the delimiters, with or without
    // a final line break; read in blocks of 1 byte up to twice the limit, on one or two threads, at every SIMD width,
    // from a stream that returns 1 to 7 bytes per read, keeping 1, 3 or all error messages.
    [Fact]
    public void Read_HostileInput_EqualsTheReference() =>
        Properties.Check(
            Prop.ForAll(
                (from limit in Gen.Elements(64, 96, 200)
                 from header in TimelinessCsvReference.Header
                 from pieces in Gen.ListOf(TimelinessCsvReference.Piece(limit))
                 from dropLastBreak in Gen.Elements(false, true)
                 from rule in TimelinessGenerators.Rule
                 from chunk in Gen.Choose(1, 2 * limit)
                 from dop in Gen.Choose(1, 2)
                 from width in Gen.Elements(128, 256, 512)
                 from perRead in Gen.Choose(1, 7)
                 from seed in Gen.Choose(0, 1 << 20)
                 from maxErrors in Gen.Elements(1, 3, 1000)
                 select (Limit: limit, Header: header, Pieces: pieces.ToArray(), Drop: dropLastBreak, Rule: rule, Chunk: chunk, Dop: dop, Width: width, PerRead: perRead, Seed: seed, MaxErrors: maxErrors)).ToArbitrary(),
                t =>
                {
                    byte[] csv = [.. Encoding.UTF8.GetBytes(t.Header), .. t.Pieces.SelectMany(p => p)];
                    if (t.Drop && csv[^1] == (byte)'\n')
                    {
                        csv = csv[..^1];
                    }
                    var options = new TimelinessCsvOptions("received", "replied", t.Rule, "unit", listOverdue: true, t.MaxErrors, t.Dop, t.Chunk, t.Width, t.Limit);
                    TimelinessCsvResult result = TimelinessCsv.Read(new TrickleStream(csv, t.Seed, t.PerRead), options);
                    TimelinessExpectation expected = TimelinessCsvReference.Expect(csv, t.Rule, t.Limit);
                    return result.Succeeded
                        && TimelinessGenerators.Matches(result.Report!, expected)
                        && result.Report!.Errors.Count == Math.Min(t.MaxErrors, expected.ErrorLines.Count);
                }),
            maxTest: 300);

    // The reference check: TimelinessCsv.Read (one and two threads, tiny blocks, every SIMD width) equals judging each
    // record with TimelinessRule.Judge and counting with TimelinessCounts, bad rows, quoted line breaks and the ends of
    // the calendar's coverage included.
    [Fact]
    public void Read_EqualsPerRecordJudgment() =>
        Properties.Check(
            Prop.ForAll(
                (from rows in Gen.ListOf(TimelinessGenerators.Row)
                 from rule in TimelinessGenerators.Rule
                 from chunk in Gen.Choose(1, 200)
                 from dop in Gen.Choose(1, 2)
                 from width in Gen.Elements(128, 256, 512)
                 select (Rows: rows.ToArray(), Rule: rule, Chunk: chunk, Dop: dop, Width: width)).ToArbitrary(),
                t =>
                {
                    var options = new TimelinessCsvOptions("received", "replied", t.Rule, "unit", listOverdue: true, maxErrors: 1000, t.Dop, t.Chunk, t.Width);
                    TimelinessCsvResult result = TimelinessCsv.Read(new MemoryStream(TimelinessGenerators.Csv(t.Rows)), options);
                    return result.Succeeded && TimelinessGenerators.Matches(result.Report!, TimelinessGenerators.Expect(t.Rows, t.Rule));
                }),
            maxTest: 200);

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

    /// <summary>A memory stream that cancels a token after a number of reads.</summary>
    private sealed class CancellingStream(byte[] bytes, CancellationTokenSource cancel, int afterReads) : MemoryStream(bytes, writable: false)
    {
        private int reads;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (++reads == afterReads)
            {
                cancel.Cancel();
            }
            return base.Read(buffer, offset, count);
        }
    }
}
