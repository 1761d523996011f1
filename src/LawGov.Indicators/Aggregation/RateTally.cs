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
/// The mutable per-(unit, period) counters of one pass over records keyed by unit and date: one dictionary lookup and
/// two increments per record, no allocation per record, memory proportional to the number of groups. Not thread-safe;
/// its result is an immutable <see cref="GroupedRates"/>.
/// </summary>
internal sealed class RateTally
{
    private readonly Dictionary<(string Unit, int Period), HitCounter> counters = [];
    private readonly PeriodKind kind;

    internal RateTally(PeriodKind kind) => this.kind = kind;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Add(string? unit, LocalDate date, bool hit)
    {
        if (unit is null)
        {
            throw new ArgumentException("The unit selector returned null; every record needs a unit key.", nameof(unit));
        }
        ref HitCounter counter = ref CollectionsMarshal.GetValueRefOrAddDefault(counters, (unit, Ordinal(date)), out _);
        counter.Records++;
        counter.Hits += hit ? 1 : 0;
    }

    internal GroupedRates ToGroupedRates()
    {
        var periods = new Dictionary<int, DateInterval>();
        var groups = new List<RateGroup>(counters.Count);
        foreach (KeyValuePair<(string Unit, int Period), HitCounter> entry in counters)
        {
            if (!periods.TryGetValue(entry.Key.Period, out DateInterval? period))
            {
                period = FromOrdinal(entry.Key.Period);
                periods.Add(entry.Key.Period, period);
            }
            groups.Add(new RateGroup(entry.Key.Unit, period, new Rate(entry.Value.Hits, entry.Value.Records)));
        }
        return GroupedRates.FromDistinct(groups);
    }

    /// <summary>The period as one integer: the year shifted left by 4, plus the quarter or month index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Ordinal(LocalDate date) => kind switch
    {
        PeriodKind.Year => date.Year << 4,
        PeriodKind.Quarter => (date.Year << 4) | ((date.Month - 1) / 3),
        _ => (date.Year << 4) | (date.Month - 1),
    };

    private DateInterval FromOrdinal(int ordinal)
    {
        int year = ordinal >> 4, index = ordinal & 15;
        return kind switch
        {
            PeriodKind.Year => Periods.Year(year),
            PeriodKind.Quarter => Periods.Quarter(year, index + 1),
            _ => Periods.Month(year, index + 1),
        };
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
