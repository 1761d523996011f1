using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Aggregation;

public class GroupedRatesTests
{
    // Five replies of two districts: 兰山区 January 1 of 2 on time, February 1 of 1; 罗庄区 January 1 of 1 (31 January
    // is still January), February 1 of 1 (1 February is not).
    private static readonly HitRecord[] Replies =
    [
        new("兰山区", new LocalDate(2020, 1, 5), true),
        new("兰山区", new LocalDate(2020, 1, 20), false),
        new("罗庄区", new LocalDate(2020, 1, 31), true),
        new("兰山区", new LocalDate(2020, 2, 3), true),
        new("罗庄区", new LocalDate(2020, 2, 1), true),
    ];

    private static GroupedRates Tally(IEnumerable<HitRecord> records, PeriodKind kind) =>
        GroupedRates.Tally(records, r => r.Unit, r => r.Date, r => r.Hit, kind);

    // 兰 (U+5170) orders before 罗 (U+7F57) ordinally; within a unit, January before February.
    [Fact]
    public void Tally_ByMonth_CountsEachUnitAndMonth()
    {
        GroupedRates rates = Tally(Replies, PeriodKind.Month);

        Assert.Equal(
            ["兰山区 2020-01-01/2020-01-31: 1/2", "兰山区 2020-02-01/2020-02-29: 1/1", "罗庄区 2020-01-01/2020-01-31: 1/1", "罗庄区 2020-02-01/2020-02-29: 1/1"],
            rates.Groups.Select(g => g.ToString()));
        Assert.Equal(new Rate(4, 5), rates.Overall);
    }

    [Fact]
    public void Tally_ByQuarter_PutsJanuaryAndFebruaryTogether() =>
        Assert.Equal(
            ["兰山区 2020-01-01/2020-03-31: 2/3", "罗庄区 2020-01-01/2020-03-31: 2/2"],
            Tally(Replies, PeriodKind.Quarter).Groups.Select(g => g.ToString()));

    [Fact]
    public void Tally_ByYear_UsesTheYearText() =>
        Assert.Equal(["兰山区 2020: 2/3", "罗庄区 2020: 2/2"], Tally(Replies, PeriodKind.Year).Groups.Select(g => g.ToString()));

    [Fact]
    public void Tally_NoRecords_IsEmpty() => Assert.Equal(GroupedRates.Empty, Tally([], PeriodKind.Month));

    [Fact]
    public void Tally_UnitSelectorReturnsNull_Throws() =>
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally(Replies, _ => null!, r => r.Date, r => r.Hit, PeriodKind.Month));

    [Fact]
    public void Tally_NullOrUndefinedArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => GroupedRates.Tally<HitRecord>(null!, r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Month));
        Assert.Throws<ArgumentNullException>(() => GroupedRates.Tally(Replies, r => r.Unit, null!, r => r.Hit, PeriodKind.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.Tally(Replies, r => r.Unit, r => r.Date, r => r.Hit, (PeriodKind)5));
    }

    // January 1/2 = 50 % is below 60 %; every other group is 100 %.
    [Fact]
    public void Evaluate_JudgesEachGroup()
    {
        ValueTarget target = Fixtures.Target(Fixtures.RateIndicator(), Condition.AtLeast(60m));

        IReadOnlyList<GroupResult> results = Tally(Replies, PeriodKind.Month).Evaluate(target);

        Assert.Equal(
            [TargetStatus.NotMet, TargetStatus.Met, TargetStatus.Met, TargetStatus.Met],
            results.Select(r => r.Status));
        Assert.Equal("兰山区", results[0].Unit);
        Assert.Equal(Periods.Month(2020, 1), results[0].Period);
        Assert.Equal(new Rate(1, 2), results[0].Rate);
        Assert.Equal(-10m, results[0].Result.Margin);
        Assert.Same(target, results[0].Result.Target);
    }

    [Fact]
    public void Evaluate_NonPercentTarget_Throws() =>
        Assert.Throws<ArgumentException>(() => Tally(Replies, PeriodKind.Month).Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(35m))));

    [Fact]
    public void TryGetRate_FindsGroupsAndOnlyThose()
    {
        GroupedRates rates = Tally(Replies, PeriodKind.Month);

        Assert.True(rates.TryGetRate("罗庄区", Periods.Month(2020, 2), out Rate rate));
        Assert.Equal(new Rate(1, 1), rate);
        Assert.False(rates.TryGetRate("罗庄区", Periods.Month(2020, 3), out _));
        Assert.False(rates.TryGetRate("罗庄区", null, out _));
        Assert.False(rates.TryGetRate("河东区", Periods.Month(2020, 1), out _));
    }

    [Fact]
    public void ForPeriod_KeysTheUnitsOfOnePeriod()
    {
        IReadOnlyDictionary<string, Rate> january = Tally(Replies, PeriodKind.Month).ForPeriod(Periods.Month(2020, 1));

        Assert.Equal(2, january.Count);
        Assert.Equal(new Rate(1, 2), january["兰山区"]);
        Assert.Equal(new Rate(1, 1), january["罗庄区"]);
    }

    [Theory]
    [InlineData(PeriodKind.Year)]
    [InlineData(PeriodKind.Quarter)]
    [InlineData(PeriodKind.Month)]
    public void Merge_PartsMergeToWhole(PeriodKind kind) =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            AggregationGenerators.Record,
            part => Tally(part, kind),
            (a, b) => a + b,
            (a, b) => a == b));

    [Fact]
    public void Merge_EmptyIsIdentity()
    {
        GroupedRates rates = Tally(Replies, PeriodKind.Month);

        Assert.Same(rates, rates.Merge(GroupedRates.Empty));
        Assert.Same(rates, GroupedRates.Empty.Merge(rates));
    }

    // Each group's counts are the counts of its records, checked against a LINQ group-by.
    [Fact]
    public void Tally_AgreesWithLinqGroupBy() =>
        Properties.Check(Prop.ForAll(
            (from records in Gen.ListOf(AggregationGenerators.Record) from kind in AggregationGenerators.Kind select (Records: records.ToArray(), Kind: kind)).ToArbitrary(),
            c => Tally(c.Records, c.Kind).Groups.Select(g => g.ToString()).SequenceEqual(
                c.Records
                    .GroupBy(r => (r.Unit, Period: Periods.Containing(r.Date, c.Kind)))
                    .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Period.Start)
                    .Select(g => g.Key.Unit + " " + Periods.Format(g.Key.Period) + ": " + g.Count(r => r.Hit) + "/" + g.Count()))));

    // Dates centuries apart (and before year 1) force a unit's counters from an array to a dictionary and the array to
    // grow downwards: the counts must not change.
    [Fact]
    public void Tally_WidelySpreadDates_AgreesWithLinqGroupBy()
    {
        Gen<HitRecord> spread =
            from unit in Gen.Elements("A", "B")
            from date in Gen.OneOf(
                Generators.DateBetween(new LocalDate(2019, 1, 1), new LocalDate(2021, 12, 31)),
                Generators.DateBetween(new LocalDate(-30, 1, 1), new LocalDate(30, 12, 31)),
                Generators.DateBetween(new LocalDate(1800, 1, 1), new LocalDate(2200, 12, 31)))
            from hit in Gen.Elements(true, false)
            select new HitRecord(unit, date, hit);
        Properties.Check(Prop.ForAll(
            (from records in Gen.ListOf(spread) from kind in AggregationGenerators.Kind select (Records: records.ToArray(), Kind: kind)).ToArbitrary(),
            c => Tally(c.Records, c.Kind).Groups.Select(g => g.ToString()).SequenceEqual(
                c.Records
                    .GroupBy(r => (r.Unit, Period: Periods.Containing(r.Date, c.Kind)))
                    .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Period.Start)
                    .Select(g => g.Key.Unit + " " + Periods.Format(g.Key.Period) + ": " + g.Count(r => r.Hit) + "/" + g.Count()))));
    }

    [Fact]
    public async Task TallyAsync_GivesTheSameAsTally()
    {
        GroupedRates rates = await GroupedRates.TallyAsync(Replies.ToAsyncEnumerable(), r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Month);

        Assert.Equal(Tally(Replies, PeriodKind.Month), rates);
    }

    [Fact]
    public async Task TallyAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await GroupedRates.TallyAsync(Endless(), r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Month, cancellation.Token));
    }

    // Cancelled while running: the stream itself ignores the token, so the pass must check it.
    [Fact]
    public async Task TallyAsync_CancelledDuringThePass_Stops()
    {
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await GroupedRates.TallyAsync(Endless(() => cancellation.Cancel()), r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Month, cancellation.Token));
    }

    // Ids [0, 1, 0, 2, 0] with hits [T, F, F, T, T]: A has records 0, 2, 4 with 2 hits; B 0 of 1; C 1 of 1; D none.
    [Fact]
    public void Tally_Span_CountsPerGroupId()
    {
        GroupedRates rates = GroupedRates.Tally([0, 1, 0, 2, 0], [true, false, false, true, true], ["A", "B", "C", "D"]);

        Assert.Equal(["A: 2/3", "B: 0/1", "C: 1/1"], rates.Groups.Select(g => g.ToString()));
        Assert.All(rates.Groups, g => Assert.Null(g.Period));
    }

    [Fact]
    public void Tally_Span_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0, 0], [true], ["A"]));
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0], [true], ["A", "A"]));
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0], [true], ["A", null!]));
        Assert.Throws<ArgumentNullException>(() => GroupedRates.Tally([0], [true], null!));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.Tally([0, 1, -1], [true, true, true], ["A", "B"]));
        Assert.Contains("Record 2 has group id -1", error.Message, StringComparison.Ordinal);
    }

    // The five replies as arrays (兰山区 = 0, 罗庄区 = 1): the same four unit × month groups as Tally_ByMonth_CountsEachUnitAndMonth.
    [Fact]
    public void Tally_SpanWithDates_CountsEachUnitAndMonth()
    {
        string[] units = ["兰山区", "罗庄区"];
        int[] ids = Replies.Select(r => Array.IndexOf(units, r.Unit)).ToArray();

        GroupedRates rates = GroupedRates.Tally(ids, Replies.Select(r => r.Date).ToArray(), Replies.Select(r => r.Hit).ToArray(), units, PeriodKind.Month);

        Assert.Equal(
            ["兰山区 2020-01-01/2020-01-31: 1/2", "兰山区 2020-02-01/2020-02-29: 1/1", "罗庄区 2020-01-01/2020-01-31: 1/1", "罗庄区 2020-02-01/2020-02-29: 1/1"],
            rates.Groups.Select(g => g.ToString()));
    }

    // Arrays and records are two views of the same data: the same groups for every period kind, with dates spread
    // widely enough for the counters to switch from arrays to dictionaries.
    [Fact]
    public void Tally_SpanWithDates_AgreesWithTheRecordsEntryPoint()
    {
        Gen<HitRecord> record =
            from unit in Gen.Elements("兰山区", "罗庄区", "A", "a")
            from date in Gen.Frequency(
                (4, Generators.DateBetween(new LocalDate(2019, 12, 1), new LocalDate(2021, 1, 31))),
                (1, Generators.DateBetween(new LocalDate(-30, 1, 1), new LocalDate(2200, 12, 31))))
            from hit in Gen.Elements(true, false)
            select new HitRecord(unit, date, hit);
        string[] units = ["a", "A", "罗庄区", "兰山区", "unused"];
        Properties.Check(Prop.ForAll(
            (from records in Gen.ListOf(record) from kind in AggregationGenerators.Kind select (Records: records.ToArray(), Kind: kind)).ToArbitrary(),
            c => GroupedRates.Tally(
                    c.Records.Select(r => Array.IndexOf(units, r.Unit)).ToArray(),
                    c.Records.Select(r => r.Date).ToArray(),
                    c.Records.Select(r => r.Hit).ToArray(),
                    units,
                    c.Kind)
                == Tally(c.Records, c.Kind)));
    }

    [Fact]
    public void Tally_SpanWithDates_BadInput_Throws()
    {
        LocalDate day = new(2020, 1, 1);
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0, 0], [day], [true, true], ["A"], PeriodKind.Month));
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0], [day], [true, false], ["A"], PeriodKind.Month));
        Assert.Throws<ArgumentException>(() => GroupedRates.Tally([0], [day], [true], ["A", "A"], PeriodKind.Month));
        Assert.Throws<ArgumentNullException>(() => GroupedRates.Tally([0], [day], [true], null!, PeriodKind.Month));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.Tally([0], [day], [true], ["A"], (PeriodKind)5));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.Tally([0, 2], [day, day], [true, true], ["A", "B"], PeriodKind.Year));
        Assert.Contains("Record 1 has group id 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_Span_PartsMergeToWhole() =>
        Properties.Check(MergeLaws.PartsMergeToWhole(
            from id in Gen.Choose(0, 4) from hit in Gen.Elements(true, false) select (Id: id, Hit: hit),
            part => GroupedRates.Tally(part.Select(p => p.Id).ToArray(), part.Select(p => p.Hit).ToArray(), ["e", "d", "c", "b", "a"]),
            (a, b) => a + b,
            (a, b) => a == b));

    // 300,000 seeded records over 257 units: large enough for two and more workers (65,536 records each at least).
    [Fact]
    public void TallyParallel_AgreesWithOneThreadAndAPlainCount()
    {
        var random = new Random(20201231);
        int[] ids = Enumerable.Range(0, 300_000).Select(_ => random.Next(257)).ToArray();
        bool[] hits = ids.Select(_ => random.Next(10) < 7).ToArray();
        string[] units = Enumerable.Range(0, 257).Select(i => "u" + i).ToArray();

        GroupedRates one = GroupedRates.Tally(ids, hits, units);

        Assert.Equal(one, GroupedRates.TallyParallel(ids, hits, units, 2));
        Assert.Equal(one, GroupedRates.TallyParallel(ids, hits, units, 3));
        Assert.Equal(one, GroupedRates.TallyParallel(ids, hits, units));
        Assert.Equal(new Rate(hits.Count(h => h), 300_000), one.Overall);
        Assert.Equal(new Rate(ids.Where((id, i) => id == 5 && hits[i]).Count(), ids.Count(id => id == 5)), one.Groups.Single(g => g.Unit == "u5").Rate);
    }

    [Fact]
    public void TallyParallel_BadIdInAWorker_ThrowsTheArgumentException()
    {
        int[] ids = new int[200_000];
        ids[150_000] = 9;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.TallyParallel(ids, new bool[ids.Length], ["A"], 2));
        Assert.Contains("Record 150000 has group id 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TallyParallel_BadDegree_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.TallyParallel(new int[1], new bool[1], ["A"], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupedRates.TallyParallel(new int[1], new bool[1], ["A"], -2));
    }

    // ---- No allocation per record (issue 6): N and 10N records over the same groups allocate the same -----------
    // The entry points are single-threaded, so GC.GetAllocatedBytesForCurrentThread sees every allocation. The groups
    // (8 units × 12 months of 2020) are the same at both sizes; a single byte per record would show as 90,000 bytes.

    private const int FewRecords = 10_000;
    private const long AllowedDifference = 256;

    [Fact]
    public void Tally_Span_DoesNotAllocatePerRecord() =>
        AssertSameAllocation(groups: 8, n =>
        {
            (int[] ids, _, bool[] hits, string[] units) = Arrays(n);
            return () => GroupedRates.Tally(ids, hits, units);
        });

    [Fact]
    public void Tally_SpanWithDates_DoesNotAllocatePerRecord() =>
        AssertSameAllocation(groups: 96, n =>
        {
            (int[] ids, LocalDate[] dates, bool[] hits, string[] units) = Arrays(n);
            return () => GroupedRates.Tally(ids, dates, hits, units, PeriodKind.Month);
        });

    [Fact]
    public void Tally_Records_DoesNotAllocatePerRecord() =>
        AssertSameAllocation(groups: 96, n =>
        {
            (int[] ids, LocalDate[] dates, bool[] hits, string[] units) = Arrays(n);
            HitRecord[] records = Enumerable.Range(0, n).Select(i => new HitRecord(units[ids[i]], dates[i], hits[i])).ToArray();
            Func<HitRecord, string> unit = r => r.Unit;
            Func<HitRecord, LocalDate> date = r => r.Date;
            Func<HitRecord, bool> hit = r => r.Hit;
            return () => GroupedRates.Tally(records, unit, date, hit, PeriodKind.Month);
        });

    /// <summary>Seeded records: unit i % 8, a date of 2020 cycling through the months, a hit 7 times in 10.</summary>
    private static (int[] Ids, LocalDate[] Dates, bool[] Hits, string[] Units) Arrays(int n)
    {
        var random = new Random(20201231);
        int[] ids = Enumerable.Range(0, n).Select(i => i % 8).ToArray();
        LocalDate[] dates = Enumerable.Range(0, n).Select(i => new LocalDate(2020, (i / 8 % 12) + 1, random.Next(1, 29))).ToArray();
        bool[] hits = Enumerable.Range(0, n).Select(_ => random.Next(10) < 7).ToArray();
        return (ids, dates, hits, Enumerable.Range(0, 8).Select(u => "unit-" + u).ToArray());
    }

    /// <summary>
    /// Bytes allocated by the tally of <see cref="FewRecords"/> and of 10 × as many records (each run once before, so
    /// JIT and static set-up are not counted) differ by at most <see cref="AllowedDifference"/>.
    /// </summary>
    private static void AssertSameAllocation(int groups, Func<int, Func<GroupedRates>> tallyOf)
    {
        Func<GroupedRates> few = tallyOf(FewRecords), many = tallyOf(10 * FewRecords);
        long fewBytes = Allocated(few), manyBytes = Allocated(many);

        Assert.Equal(FewRecords, few().Overall.Denominator);
        Assert.Equal(10 * FewRecords, many().Overall.Denominator);
        Assert.Equal(groups, few().Groups.Count);
        Assert.Equal(groups, many().Groups.Count);
        Assert.True(Math.Abs(manyBytes - fewBytes) <= AllowedDifference, $"{FewRecords} records allocated {fewBytes} B, {10 * FewRecords} allocated {manyBytes} B.");
    }

    /// <summary>
    /// The fewest bytes one tally allocated over three runs (after one warm-up): a one-off allocation of the runtime on
    /// this thread during one run (tiered compilation replacing a running loop, say) is not the tally's, while a
    /// per-record allocation shows in every run.
    /// </summary>
    private static long Allocated(Func<GroupedRates> tally)
    {
        GC.KeepAlive(tally());
        long fewest = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            GroupedRates result = tally();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
            GC.KeepAlive(result);
        }
        return fewest;
    }

    [Fact]
    public void Equality_Contract() =>
        Contracts.AssertEquality(Tally(Replies, PeriodKind.Month), Tally(Replies.Reverse(), PeriodKind.Month), Tally(Replies, PeriodKind.Quarter));

    [Fact]
    public void RateGroup_Equality_Contract()
    {
        IReadOnlyList<RateGroup> groups = Tally(Replies, PeriodKind.Month).Groups;

        Contracts.AssertEquality(groups[0], Tally(Replies, PeriodKind.Month).Groups[0], groups[1]);
    }

    [Fact]
    public void ToString_CountsGroups() => Assert.Equal("4 groups, overall 4/5", Tally(Replies, PeriodKind.Month).ToString());

    private static async IAsyncEnumerable<HitRecord> Endless(Action? afterFirst = null)
    {
        var record = new HitRecord("A", new LocalDate(2020, 1, 1), true);
        yield return record;
        afterFirst?.Invoke();
        while (true)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
