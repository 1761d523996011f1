using System.Runtime.CompilerServices;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The due day of every start day a calendar can answer, precomputed once from a schedule, so the record hot path
/// finds a due date with one array read. Entries the calendar cannot compute hold <see cref="Uncovered"/>.
/// </summary>
internal sealed class DueDayTable
{
    internal const int Uncovered = int.MinValue;

    private readonly int firstStart;
    private readonly int[] dueDays;

    internal DueDayTable(TimeLimitSchedule limits, WorkingDayCalendar calendar, bool extended)
    {
        // A calendar-day limit may start up to its length (plus extension) before the coverage; later starts than the
        // last covered day can never be answered.
        firstStart = calendar.FirstDay - limits.MaxTotalLength - 1;
        dueDays = new int[calendar.LastDay - firstStart + 1];
        for (int i = 0; i < dueDays.Length; i++)
        {
            dueDays[i] = limits.TryDueDay(firstStart + i, calendar, extended, out int due) ? due : Uncovered;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int DueDay(int startDay)
    {
        uint index = (uint)(startDay - firstStart);
        return index < (uint)dueDays.Length ? dueDays[index] : Uncovered;
    }
}
