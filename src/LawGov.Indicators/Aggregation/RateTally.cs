using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Aggregation;

/// <summary>Records and hits of one group, the mutable counters behind a tally.</summary>
internal struct HitCounter
{
    internal long Records;
    internal long Hits;
}

/// <summary>
/// The mutable per-(unit, period) counters of one pass over records keyed by unit and date. Each unit has a dense
/// array of counters indexed by period (periods are consecutive integers: years, quarters or months since year 0), so
/// a record costs one unit lookup (skipped when the unit is the previous record's) and two increments, and allocates
/// nothing. A unit whose periods are too sparse for an array (an outlying date decades away) switches to a
/// dictionary, so memory stays proportional to the number of groups. Not thread-safe; its result is an immutable
/// <see cref="GroupedRates"/>.
/// </summary>
internal sealed class RateTally
{
    private readonly Dictionary<string, UnitCounters> units = new(StringComparer.Ordinal);
    private readonly PeriodKind kind;
    private string? lastUnit;
    private UnitCounters? lastCounters;

    internal RateTally(PeriodKind kind) => this.kind = kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(string? unit, LocalDate date, bool hit)
    {
        if (unit is null)
        {
            throw new ArgumentException("The unit selector returned null; every record needs a unit key.", nameof(unit));
        }
        if (!ReferenceEquals(unit, lastUnit))
        {
            ref UnitCounters? counters = ref CollectionsMarshal.GetValueRefOrAddDefault(units, unit, out _);
            counters ??= new UnitCounters();
            (lastUnit, lastCounters) = (unit, counters);
        }
        lastCounters!.Add(Ordinal(kind, date), hit);
    }

    internal GroupedRates ToGroupedRates() => Build(units.Select(p => (p.Key, p.Value)), kind);

    /// <summary>
    /// Counts records already held as arrays per unit (a dense index into <paramref name="units"/>) and calendar period
    /// of their date: the kernel of the span entry point with periods. One array of per-period counters per unit that
    /// has records; nothing allocated per record.
    /// </summary>
    internal static GroupedRates CountByPeriod(ReadOnlySpan<int> groupIds, ReadOnlySpan<LocalDate> dates, ReadOnlySpan<bool> hits, IReadOnlyList<string> units, PeriodKind kind)
    {
        var counters = new UnitCounters?[units.Count];
        for (int i = 0; i < groupIds.Length; i++)
        {
            int group = groupIds[i];
            if ((uint)group >= (uint)counters.Length)
            {
                ThrowBadGroup(i, group, counters.Length);
            }
            (counters[group] ??= new UnitCounters()).Add(Ordinal(kind, dates[i]), hits[i]);
        }
        var used = new List<(string, UnitCounters)>();
        for (int group = 0; group < counters.Length; group++)
        {
            if (counters[group] is { } unitCounters)
            {
                used.Add((units[group], unitCounters));
            }
        }
        return Build(used, kind);
    }

    /// <summary>The groups of each unit's counters, ordered by unit (ordinal), then period; one period object per period.</summary>
    private static GroupedRates Build(IEnumerable<(string Unit, UnitCounters Counters)> units, PeriodKind kind)
    {
        var periods = new Dictionary<int, DateInterval>();
        var groups = new List<RateGroup>();
        foreach ((string unit, UnitCounters counters) in units.OrderBy(u => u.Unit, StringComparer.Ordinal))
        {
            foreach ((int ordinal, HitCounter counter) in counters.InOrder())
            {
                if (!periods.TryGetValue(ordinal, out DateInterval? period))
                {
                    period = FromOrdinal(kind, ordinal);
                    periods.Add(ordinal, period);
                }
                groups.Add(new RateGroup(unit, period, new Rate(counter.Hits, counter.Records)));
            }
        }
        return GroupedRates.FromSorted(groups);
    }

    /// <summary>The period as a consecutive integer: the year, or year × 4 + quarter index, or year × 12 + month index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Ordinal(PeriodKind kind, LocalDate date) => kind switch
    {
        PeriodKind.Year => date.Year,
        PeriodKind.Quarter => (date.Year * 4) + ((date.Month - 1) / 3),
        _ => (date.Year * 12) + date.Month - 1,
    };

    private static DateInterval FromOrdinal(PeriodKind kind, int ordinal)
    {
        int perYear = kind switch { PeriodKind.Year => 1, PeriodKind.Quarter => 4, _ => 12 };
        int year = Math.DivRem(ordinal, perYear, out int index);
        if (index < 0)
        {
            (year, index) = (year - 1, index + perYear); // floor division for years before 1
        }
        return kind switch
        {
            PeriodKind.Year => Periods.Year(year),
            PeriodKind.Quarter => Periods.Quarter(year, index + 1),
            _ => Periods.Month(year, index + 1),
        };
    }

    /// <summary>The counters of one unit: dense by period while that is compact, a dictionary otherwise.</summary>
    private sealed class UnitCounters
    {
        private const int Slack = 256;
        private int first;
        private HitCounter[] dense = [];
        private Dictionary<int, HitCounter>? sparse;
        private int used;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal void Add(int ordinal, bool hit)
        {
            int index = ordinal - first;
            if ((uint)index >= (uint)dense.Length && !TryGrow(ordinal, out index))
            {
                ref HitCounter entry = ref CollectionsMarshal.GetValueRefOrAddDefault(sparse!, ordinal, out _);
                entry.Records++;
                entry.Hits += hit ? 1 : 0;
                return;
            }
            ref HitCounter counter = ref dense[index];
            used += counter.Records == 0 ? 1 : 0;
            counter.Records++;
            counter.Hits += hit ? 1 : 0;
        }

        internal IEnumerable<(int Ordinal, HitCounter Counter)> InOrder()
        {
            if (sparse is not null)
            {
                return sparse.OrderBy(p => p.Key).Select(p => (p.Key, p.Value));
            }
            return dense.Select((counter, i) => (first + i, counter)).Where(p => p.counter.Records > 0);
        }

        /// <summary>
        /// Widens the array to cover <paramref name="ordinal"/> while it stays within 256 + 8 × the periods in use (256
        /// months are 21 years);
        /// otherwise moves the counters to a dictionary and returns false.
        /// </summary>
        private bool TryGrow(int ordinal, out int index)
        {
            index = -1;
            if (sparse is not null)
            {
                return false;
            }
            if (dense.Length == 0)
            {
                (first, dense) = (ordinal - 3, new HitCounter[16]);
                index = 3;
                return true;
            }
            long low = Math.Min(first, ordinal), high = Math.Max(first + (long)dense.Length, ordinal + 1L);
            long limit = Slack + (8L * (used + 1));
            if (high - low > limit)
            {
                sparse = [];
                for (int i = 0; i < dense.Length; i++)
                {
                    if (dense[i].Records > 0)
                    {
                        sparse.Add(first + i, dense[i]);
                    }
                }
                dense = [];
                return false;
            }
            // Double, within the limit, with the room on the side that grew.
            int length = (int)Math.Min(limit, Math.Max(high - low, 2L * dense.Length));
            int newFirst = ordinal < first ? (int)(high - length) : (int)low;
            var grown = new HitCounter[length];
            Array.Copy(dense, 0, grown, first - newFirst, dense.Length);
            (first, dense) = (newFirst, grown);
            index = ordinal - first;
            return true;
        }
    }

    /// <summary>
    /// Counts records and hits per dense group id into <paramref name="counters"/>: the kernel of the span entry
    /// points, run by each worker on its own slice and counters. <paramref name="offset"/> is the index of the slice's
    /// first record in the whole input, for error messages.
    /// </summary>
    internal static void Count(ReadOnlySpan<int> groupIds, ReadOnlySpan<bool> hits, Span<HitCounter> counters, long offset)
    {
        for (int i = 0; i < groupIds.Length; i++)
        {
            int group = groupIds[i];
            if ((uint)group >= (uint)counters.Length)
            {
                ThrowBadGroup(offset + i, group, counters.Length);
            }
            ref HitCounter counter = ref counters[group];
            counter.Records++;
            counter.Hits += hits[i] ? 1 : 0;
        }
    }

    private static void ThrowBadGroup(long index, int group, int count) =>
        throw new ArgumentOutOfRangeException(
            "groupIds",
            group,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Record {index} has group id {group}; ids index the unit list and must be from 0 to {count - 1}."));
}
