using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Calendars;

public class TimelinessRecordsTests
{
    private static readonly WorkingDayCalendar China = WorkingDayCalendar.ChinaMainland;

    private static readonly TimelinessRule Rule = new(TimeLimit.WorkingDays(20), China, new LocalDate(2020, 12, 31));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // TimelinessSample's records (hand calculation there): A timely 2 (positions 1, 6), overdue 1 (position 2);
    // B overdue 1 (position 3, open, 57 days), pending 1 (position 4); position 5 replied before received → bad.
    private static readonly TimelinessRecord[] Sample =
    [
        new(D(2020, 9, 30), D(2020, 11, 4), "A"),
        new(D(2020, 9, 30), D(2020, 11, 5), "A"),
        new(D(2020, 9, 30), null, "B"),
        new(D(2020, 12, 20), null, "B"),
        new(D(2020, 10, 10), D(2020, 10, 1), "A"),
        new(D(2020, 6, 1), D(2020, 6, 20), "A"),
    ];

    [Fact]
    public void Judge_Sample_CountsPerGroupAndReportsBadRecordByPosition()
    {
        TimelinessReport report = TimelinessRecords.Judge(Sample, Rule, listOverdue: true);

        Assert.Equal(new TimelinessCounts(2, 2, 1), report.Overall);
        Assert.Equal(["A", "B"], report.Groups.Select(g => g.Key));
        Assert.Equal(new TimelinessCounts(2, 1, 0), report.Groups[0].Counts);
        Assert.Equal("line 5, column 'Completed': the completion date 2020-10-01 is before the start date 2020-10-10", Assert.Single(report.Errors).ToString());
        Assert.Equal([2L, 3L], report.OverdueRecords.Select(r => r.Line));
        Assert.Equal(57, report.OverdueRecords[1].DaysLate);
        Assert.Equal(6, report.RecordCount);
    }

    // The in-memory path has the CSV reader's snapshot rule: as of 2020-11-04, a record started 2020-11-10 did not
    // exist and is not started (in no count); the one started 2020-09-30, open and due 2020-11-04, is pending.
    [Fact]
    public void Judge_SnapshotStartedAfterAsOf_IsNotStarted()
    {
        var snapshot = new TimelinessRule(TimeLimit.WorkingDays(20), China, D(2020, 11, 4), mode: AsOfMode.Snapshot);

        TimelinessReport report = TimelinessRecords.Judge([new(D(2020, 9, 30), null, "A"), new(D(2020, 11, 10), null, "B")], snapshot);

        Assert.Equal(new TimelinessCounts(0, 0, 1), report.Overall);
        Assert.Equal(1, report.NotStartedCount);
        Assert.Equal("A", Assert.Single(report.Groups).Key);
    }

    // A record without a key counts overall only.
    [Fact]
    public void Judge_RecordWithoutKey_CountsOverallOnly()
    {
        TimelinessReport report = TimelinessRecords.Judge([new(D(2020, 9, 30), D(2020, 11, 4), "A"), new(D(2020, 9, 30), D(2020, 11, 5))], Rule);

        Assert.Equal(new TimelinessCounts(1, 1, 0), report.Overall);
        Assert.Equal(new TimelinessCounts(1, 0, 0), Assert.Single(report.Groups).Counts);
    }

    // A start the calendar cannot answer is a bad record, not a crash, even on the last representable date.
    [Fact]
    public void Judge_StartOn99991231_IsBadRecordAndOthersCount()
    {
        TimelinessReport report = TimelinessRecords.Judge([new(D(9999, 12, 31)), new(D(2020, 9, 30), D(2020, 11, 4))], Rule);

        Assert.Contains("the year 10000 is not covered", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Start", report.Errors[0].Column);
        Assert.Equal(new TimelinessCounts(1, 0, 0), report.Overall);
    }

    [Fact]
    public void Judge_Spans_SameAsSequence()
    {
        LocalDate[] starts = Sample.Select(r => r.Start).ToArray();
        LocalDate?[] completed = Sample.Select(r => r.Completed).ToArray();
        int[] ids = Sample.Select(r => r.Key == "A" ? 0 : 1).ToArray();

        TimelinessReport grouped = TimelinessRecords.Judge(starts, completed, ids, ["A", "B"], Rule);
        TimelinessReport overall = TimelinessRecords.Judge(starts, completed, Rule);

        Assert.Equal(new TimelinessCounts(2, 2, 1), grouped.Overall);
        Assert.Equal(new TimelinessCounts(0, 1, 1), grouped.Groups[1].Counts);
        Assert.Equal(new TimelinessCounts(2, 2, 1), overall.Overall);
        Assert.Empty(overall.Groups);
        Assert.Equal(5, Assert.Single(overall.Errors).Line);
    }

    [Fact]
    public void Judge_SpansOfDifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => TimelinessRecords.Judge([D(2020, 1, 1)], [], Rule));

    [Fact]
    public void Judge_GroupIdOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelinessRecords.Judge([D(2020, 1, 1)], [null], [2], ["A", "B"], Rule));

    [Fact]
    public async Task JudgeAsync_Sample_SameAsSequence()
    {
        TimelinessReport report = await TimelinessRecords.JudgeAsync(Stream(Sample, null, 0), Rule, listOverdue: true);

        Assert.Equal(new TimelinessCounts(2, 2, 1), report.Overall);
        Assert.Equal([2L, 3L], report.OverdueRecords.Select(r => r.Line));
    }

    // The stream cancels its own token after 10,000 of 100,000 records: the pass stops with OperationCanceledException.
    [Fact]
    public async Task JudgeAsync_Cancelled_Stops()
    {
        using var cancel = new CancellationTokenSource();
        TimelinessRecord[] many = Enumerable.Repeat(new TimelinessRecord(D(2020, 9, 30), D(2020, 11, 4)), 100_000).ToArray();
        var counted = new StrongBox<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await TimelinessRecords.JudgeAsync(Stream(many, cancel, 10_000, counted), Rule, cancellationToken: cancel.Token));
        Assert.True(counted.Value < 20_000, "the pass went on after the cancellation");
    }

    // One mechanism: records in memory give the report the CSV reader gives for the same records written as CSV (lines
    // are positions + 1 there, for the header), with keys and without.
    [Fact]
    public void Judge_EqualsCsvReadOfSameRecords() =>
        Properties.Check(
            Prop.ForAll(
                (from records in Gen.ListOf(TimelinessGenerators.Record(withKey: true).Where(r => r.Key is not null && !r.Key.Contains('\n')))
                 from rule in TimelinessGenerators.Rule
                 from grouped in Gen.Elements(false, true)
                 select (Records: records.Select(r => grouped ? r : new TimelinessRecord(r.Start, r.Completed)).ToArray(), Rule: rule, Grouped: grouped)).ToArbitrary(),
                t =>
                {
                    TimelinessReport memory = TimelinessRecords.Judge(t.Records, t.Rule, listOverdue: true, maxErrors: 1000);
                    var options = new TimelinessCsvOptions("received", "replied", t.Rule, t.Grouped ? "unit" : null, listOverdue: true, maxErrors: 1000, maxDegreeOfParallelism: 2, chunkSize: 97);
                    TimelinessReport csv = TimelinessCsv.Read(new MemoryStream(TimelinessGenerators.Csv(t.Records.Select(r => new TimelinessRow(TimelinessGenerators.Line(r), r)))), options).Report!;
                    return memory.Overall == csv.Overall
                        && memory.Groups.Select(g => (g.Key, g.Counts)).SequenceEqual(csv.Groups.Select(g => (g.Key, g.Counts)))
                        && memory.ErrorCount == csv.ErrorCount
                        && memory.Errors.Select(e => (e.Line + 1, e.Message)).SequenceEqual(csv.Errors.Select(e => (e.Line, e.Message)))
                        && memory.OverdueRecords.Select(o => (o.Line + 1, o.Key, o.DueDate, o.Completed, o.DaysLate))
                            .SequenceEqual(csv.OverdueRecords.Select(o => (o.Line, o.Key, o.DueDate, o.Completed, o.DaysLate)))
                        && memory.RecordCount == csv.RecordCount;
                }),
            maxTest: 150);

    // The sequence, the async stream and the span batch are one mechanism: the same report, and the per-record reference.
    [Fact]
    public void Judge_SequenceAsyncAndSpansAgreeWithPerRecordReference() =>
        Properties.Check(
            Prop.ForAll(
                (from records in Gen.ListOf(TimelinessGenerators.Record(withKey: true))
                 from rule in TimelinessGenerators.Rule
                 select (Records: records.ToArray(), Rule: rule)).ToArbitrary(),
                t =>
                {
                    TimelinessReport sequence = TimelinessRecords.Judge(t.Records, t.Rule, listOverdue: true, maxErrors: 1000);
                    TimelinessReport async = TimelinessRecords.JudgeAsync(Stream(t.Records, null, 0), t.Rule, listOverdue: true, maxErrors: 1000).AsTask().GetAwaiter().GetResult();
                    string[] keys = t.Records.Select(r => r.Key!).Distinct().ToArray();
                    TimelinessReport spans = TimelinessRecords.Judge(
                        t.Records.Select(r => r.Start).ToArray(),
                        t.Records.Select(r => r.Completed).ToArray(),
                        t.Records.Select(r => Array.IndexOf(keys, r.Key)).ToArray(),
                        keys,
                        t.Rule,
                        listOverdue: true,
                        maxErrors: 1000);
                    TimelinessExpectation expected = TimelinessGenerators.Expect(t.Records.Select(r => new TimelinessRow("\n", r)).ToList(), t.Rule, firstLine: 1);
                    return TimelinessGenerators.Matches(sequence, expected)
                        && TimelinessGenerators.Matches(async, expected)
                        && TimelinessGenerators.Matches(spans, expected);
                }),
            maxTest: 150);

    private static async IAsyncEnumerable<TimelinessRecord> Stream(
        IEnumerable<TimelinessRecord> records,
        CancellationTokenSource? cancelAfter,
        int after,
        StrongBox<int>? counted = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        int count = 0;
        foreach (TimelinessRecord record in records)
        {
            if (++count == after)
            {
                cancelAfter?.Cancel();
            }
            if (counted is not null)
            {
                counted.Value = count;
            }
            yield return record;
            if (count % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
