using System.Collections.ObjectModel;
using System.Runtime.ExceptionServices;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// Exact rates per unit and period, counted from records in one pass (a group-by), mergeable, and judged against a
/// target group by group. A group exists when it has at least one record.
/// </summary>
/// <remarks>
/// <para>
/// Count records with <see cref="Tally{T}(IEnumerable{T}, Func{T, string}, Func{T, LocalDate}, Func{T, bool}, PeriodKind)"/>,
/// its async twin, or — for data already in arrays — <see cref="Tally(ReadOnlySpan{int}, ReadOnlySpan{bool}, IReadOnlyList{string})"/>
/// and <see cref="TallyParallel"/> (per unit), or
/// <see cref="Tally(ReadOnlySpan{int}, ReadOnlySpan{LocalDate}, ReadOnlySpan{bool}, IReadOnlyList{string}, PeriodKind)"/>
/// (per unit and period). None allocates per record; memory grows with the number of groups only.
/// </para>
/// <para>
/// <see cref="Merge"/> adds the counts of groups with the same unit and period and keeps the others: it is
/// associative and commutative with <see cref="Empty"/> as identity, so tallies of parts of the records, merged in any
/// order, equal the tally of the whole. Groups are ordered by unit (ordinal), then period. Equality compares the
/// groups (units, periods and counts).
/// </para>
/// </remarks>
public sealed class GroupedRates : IEquatable<GroupedRates>
{
    /// <summary>Below this many records per worker, a second thread costs more than it saves.</summary>
    internal const int MinRecordsPerWorker = 1 << 16;

    private readonly RateGroup[] groups;

    private GroupedRates(RateGroup[] groups)
    {
        this.groups = groups;
        Groups = Array.AsReadOnly(groups);
        Rate overall = default;
        foreach (RateGroup group in groups)
        {
            overall += group.Rate;
        }
        Overall = overall;
    }

    /// <summary>No groups: the identity of <see cref="Merge"/>.</summary>
    public static GroupedRates Empty { get; } = new([]);

    /// <summary>The groups, ordered by unit (ordinal), then period (none first, then by start).</summary>
    public IReadOnlyList<RateGroup> Groups { get; }

    /// <summary>The ratio of sums over every group: all hits over all records.</summary>
    public Rate Overall { get; }

    /// <summary>
    /// Counts records per unit and per calendar period of their date, in one pass.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="unit">The record's unit key (not null).</param>
    /// <param name="date">The record's date, which picks its period.</param>
    /// <param name="hit">True when the record counts in the numerator (e.g. replied on time).</param>
    /// <param name="period">Group by the year, quarter or month of the date.</param>
    /// <returns>The rate of each (unit, period) with records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The unit selector returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined.</exception>
    public static GroupedRates Tally<T>(IEnumerable<T> records, Func<T, string> unit, Func<T, LocalDate> date, Func<T, bool> hit, PeriodKind period)
    {
        CheckSelectors(records, unit, date, hit, period);
        var tally = new RateTally(period);
        foreach (T record in records)
        {
            tally.Add(unit(record), date(record), hit(record));
        }
        return tally.ToGroupedRates();
    }

    /// <summary>
    /// Counts records per unit and per calendar period of their date, in one pass over an async stream.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="unit">The record's unit key (not null).</param>
    /// <param name="date">The record's date, which picks its period.</param>
    /// <param name="hit">True when the record counts in the numerator.</param>
    /// <param name="period">Group by the year, quarter or month of the date.</param>
    /// <param name="cancellationToken">Stops the pass; checked by the stream and every 4,096 records.</param>
    /// <returns>The rate of each (unit, period) with records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The unit selector returned null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    public static async ValueTask<GroupedRates> TallyAsync<T>(
        IAsyncEnumerable<T> records,
        Func<T, string> unit,
        Func<T, LocalDate> date,
        Func<T, bool> hit,
        PeriodKind period,
        CancellationToken cancellationToken = default)
    {
        CheckSelectors(records, unit, date, hit, period);
        var tally = new RateTally(period);
        int sinceCheck = 0;
        await foreach (T record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            tally.Add(unit(record), date(record), hit(record));
            if (++sinceCheck == 4096)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return tally.ToGroupedRates();
    }

    /// <summary>
    /// Counts records already held as arrays, on this thread: record i belongs to the unit
    /// <c>units[groupIds[i]]</c> and is a hit when <c>hits[i]</c>. No periods.
    /// </summary>
    /// <param name="groupIds">Each record's index into <paramref name="units"/>.</param>
    /// <param name="hits">Each record's hit flag.</param>
    /// <param name="units">The unit keys, distinct.</param>
    /// <returns>The rate of each unit with records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or a unit key is null or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group id is not an index into <paramref name="units"/>.</exception>
    public static GroupedRates Tally(ReadOnlySpan<int> groupIds, ReadOnlySpan<bool> hits, IReadOnlyList<string> units)
    {
        CheckBatch(groupIds.Length, hits.Length, units);
        var counters = new HitCounter[units.Count];
        RateTally.Count(groupIds, hits, counters, 0);
        return FromCounters(counters, units);
    }

    /// <summary>
    /// Counts records already held as arrays, on this thread, per unit and calendar period: record i belongs to the unit
    /// <c>units[groupIds[i]]</c> and to the year, quarter or month of <c>dates[i]</c>, and is a hit when <c>hits[i]</c>.
    /// The same groups as the records entry point with the same <paramref name="period"/>.
    /// </summary>
    /// <param name="groupIds">Each record's index into <paramref name="units"/>.</param>
    /// <param name="dates">Each record's date, which picks its period.</param>
    /// <param name="hits">Each record's hit flag.</param>
    /// <param name="units">The unit keys, distinct.</param>
    /// <param name="period">Group by the year, quarter or month of the date.</param>
    /// <returns>The rate of each (unit, period) with records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length, or a unit key is null or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group id is not an index into <paramref name="units"/>, or
    /// <paramref name="period"/> is not defined.</exception>
    public static GroupedRates Tally(ReadOnlySpan<int> groupIds, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<bool> hits, IReadOnlyList<string> units, PeriodKind period)
    {
        CheckBatch(groupIds.Length, hits.Length, units);
        Preconditions.CheckArgument(dates.Length == groupIds.Length, nameof(dates), "There must be one date per group id.");
        Preconditions.CheckDefined(period, nameof(period));
        return RateTally.CountByPeriod(groupIds, dates, hits, units, period);
    }

    /// <summary>
    /// Counts records already held as arrays on several threads: the arrays are cut into one contiguous slice per
    /// worker, each worker counts its slice into its own counters, and the counters are added. The result is the same
    /// as <see cref="Tally(ReadOnlySpan{int}, ReadOnlySpan{bool}, IReadOnlyList{string})"/>.
    /// </summary>
    /// <param name="groupIds">Each record's index into <paramref name="units"/> (an array converts implicitly).</param>
    /// <param name="hits">Each record's hit flag.</param>
    /// <param name="units">The unit keys, distinct.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; -1 for one per core. Small inputs (under
    /// 65,536 records per thread) use fewer.</param>
    /// <returns>The rate of each unit with records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">The inputs differ in length, or a unit key is null or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group id is not an index into <paramref name="units"/>, or
    /// <paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public static GroupedRates TallyParallel(ReadOnlyMemory<int> groupIds, ReadOnlyMemory<bool> hits, IReadOnlyList<string> units, int maxDegreeOfParallelism = -1)
    {
        CheckBatch(groupIds.Length, hits.Length, units);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for one thread per core, or a positive number.");
        }
        int threads = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        int workers = (int)Math.Clamp(groupIds.Length / MinRecordsPerWorker, 1, threads);
        if (workers == 1)
        {
            return Tally(groupIds.Span, hits.Span, units);
        }
        var perWorker = new HitCounter[workers][];
        long length = groupIds.Length;
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                int start = (int)(length * worker / workers);
                int end = (int)(length * (worker + 1) / workers);
                var counters = new HitCounter[units.Count];
                RateTally.Count(groupIds.Span[start..end], hits.Span[start..end], counters, start);
                perWorker[worker] = counters;
            });
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            throw;
        }
        HitCounter[] total = perWorker[0];
        for (int worker = 1; worker < workers; worker++)
        {
            for (int group = 0; group < total.Length; group++)
            {
                total[group].Records += perWorker[worker][group].Records;
                total[group].Hits += perWorker[worker][group].Hits;
            }
        }
        return FromCounters(total, units);
    }

    /// <summary>The rate of <paramref name="unit"/> in <paramref name="period"/>.</summary>
    /// <param name="unit">The unit key.</param>
    /// <param name="period">The period, or null for groups without one.</param>
    /// <param name="rate">The rate, when there is such a group.</param>
    /// <returns>True when the group exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public bool TryGetRate(string unit, DateInterval? period, out Rate rate)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        int low = 0, high = groups.Length - 1;
        while (low <= high)
        {
            int middle = (low + high) >>> 1;
            int order = RateGroup.Compare(unit, period, groups[middle]);
            if (order == 0)
            {
                rate = groups[middle].Rate;
                return true;
            }
            (low, high) = order > 0 ? (middle + 1, high) : (low, middle - 1);
        }
        rate = default;
        return false;
    }

    /// <summary>The rates of every unit in one period, keyed by unit: the input of a rollup.</summary>
    /// <param name="period">The period, or null for the groups without one.</param>
    /// <returns>The units with records in that period and their rates.</returns>
    public IReadOnlyDictionary<string, Rate> ForPeriod(DateInterval? period) =>
        new ReadOnlyDictionary<string, Rate>(groups
            .Where(g => RateGroup.ComparePeriods(g.Period, period) == 0)
            .ToDictionary(g => g.Unit, g => g.Rate, StringComparer.Ordinal));

    /// <summary>Judges every group's rate against <paramref name="target"/> (<see cref="Evaluator.Evaluate(ValueTarget, Rate)"/>).</summary>
    /// <param name="target">A target on a percent indicator; its condition, rounding and tiers apply to each group.</param>
    /// <returns>One result per group, in group order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">The target's indicator is not a percent indicator.</exception>
    public IReadOnlyList<GroupResult> Evaluate(ValueTarget target)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckArgument(target.Indicator.Unit == Unit.Percent, nameof(target), "Counts are judged against percent targets.");
        var results = new GroupResult[groups.Length];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = new GroupResult(groups[i], Evaluator.Evaluate(target, groups[i].Rate));
        }
        return Array.AsReadOnly(results);
    }

    /// <summary>Combines two tallies: counts of the same unit and period add, other groups are kept.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The tally of the records of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public GroupedRates Merge(GroupedRates other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        if (other.groups.Length == 0)
        {
            return this;
        }
        if (groups.Length == 0)
        {
            return other;
        }
        var merged = new List<RateGroup>(groups.Length + other.groups.Length);
        int i = 0, j = 0;
        while (i < groups.Length && j < other.groups.Length)
        {
            RateGroup left = groups[i], right = other.groups[j];
            int order = RateGroup.Compare(left.Unit, left.Period, right);
            if (order == 0)
            {
                merged.Add(new RateGroup(left.Unit, left.Period, left.Rate + right.Rate));
                i++;
                j++;
            }
            else
            {
                merged.Add(order < 0 ? groups[i++] : other.groups[j++]);
            }
        }
        merged.AddRange(groups.AsSpan(i));
        merged.AddRange(other.groups.AsSpan(j));
        return new GroupedRates([.. merged]);
    }

    /// <summary>Combines two tallies (see <see cref="Merge"/>).</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The tally of the records of both.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GroupedRates operator +(GroupedRates left, GroupedRates right)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        return left.Merge(right);
    }

    /// <summary>Groups already distinct and in order.</summary>
    internal static GroupedRates FromSorted(List<RateGroup> sorted) => new([.. sorted]);

    /// <summary>Sorts groups that are known to be distinct.</summary>
    internal static GroupedRates FromDistinct(List<RateGroup> distinct)
    {
        RateGroup[] sorted = [.. distinct];
        Array.Sort(sorted, (a, b) => RateGroup.Compare(a.Unit, a.Period, b));
        return new GroupedRates(sorted);
    }

    /// <summary>Sorts groups read from elsewhere; the index of the first repeated (unit, period), or -1.</summary>
    internal static GroupedRates? TryFromGroups(List<RateGroup> list, out int repeated)
    {
        int[] order = Enumerable.Range(0, list.Count).ToArray();
        Array.Sort(order, (a, b) =>
        {
            int byKey = RateGroup.Compare(list[a].Unit, list[a].Period, list[b]);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        for (int i = 1; i < order.Length; i++)
        {
            if (RateGroup.Compare(list[order[i - 1]].Unit, list[order[i - 1]].Period, list[order[i]]) == 0)
            {
                repeated = order[i];
                return null;
            }
        }
        repeated = -1;
        return new GroupedRates(order.Select(i => list[i]).ToArray());
    }

    private static GroupedRates FromCounters(HitCounter[] counters, IReadOnlyList<string> units)
    {
        var list = new List<RateGroup>();
        for (int group = 0; group < counters.Length; group++)
        {
            if (counters[group].Records > 0)
            {
                list.Add(new RateGroup(units[group], null, new Rate(counters[group].Hits, counters[group].Records)));
            }
        }
        return FromDistinct(list);
    }

    private static void CheckSelectors<T>(object records, Func<T, string> unit, Func<T, LocalDate> date, Func<T, bool> hit, PeriodKind period)
    {
        Preconditions.CheckNotNull(records, nameof(records));
        Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckNotNull(date, nameof(date));
        Preconditions.CheckNotNull(hit, nameof(hit));
        Preconditions.CheckDefined(period, nameof(period));
    }

    private static void CheckBatch(int ids, int hits, IReadOnlyList<string> units)
    {
        Preconditions.CheckNotNull(units, nameof(units));
        Preconditions.CheckArgument(ids == hits, nameof(hits), "There must be one hit flag per group id.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            Preconditions.CheckArgument(units[i] is not null, nameof(units), "A unit key is null.");
            Preconditions.CheckArgument(seen.Add(units[i]), nameof(units), "The unit key '" + units[i] + "' appears more than once.");
        }
    }

    /// <inheritdoc />
    public bool Equals(GroupedRates? other) =>
        other is not null && groups.AsSpan().SequenceEqual(other.groups);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GroupedRates);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (RateGroup group in groups)
        {
            hash.Add(group);
        }
        return hash.ToHashCode();
    }

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when they have the same groups.</returns>
    public static bool operator ==(GroupedRates? left, GroupedRates? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(GroupedRates? left, GroupedRates? right) => !(left == right);

    /// <summary>Formats as <c>3 groups, overall 45/50</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{groups.Length} groups, overall {Overall}");
}
