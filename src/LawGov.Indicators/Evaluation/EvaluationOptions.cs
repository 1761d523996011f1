using LawGov.Indicators.Calendars;
using NodaTime;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Settings of an evaluation. The library never reads the clock: pass the date "as of" which not-yet-due
/// targets are told apart from missed ones.
/// </summary>
public sealed class EvaluationOptions
{
    /// <summary>Initializes options.</summary>
    /// <param name="asOf">The evaluation date (China Standard Time); null to treat every period as over.</param>
    /// <param name="calendar">The working-day calendar for durations in working days; null for
    /// <see cref="WorkingDayCalendar.ChinaMainland"/>.</param>
    public EvaluationOptions(LocalDate? asOf = null, WorkingDayCalendar? calendar = null)
    {
        AsOf = asOf;
        Calendar = calendar ?? WorkingDayCalendar.ChinaMainland;
    }

    /// <summary>Options with no as-of date: every period is treated as over.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>The evaluation date, or null.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The working-day calendar used to measure spans in working days.</summary>
    public WorkingDayCalendar Calendar { get; }

    /// <summary>True when <paramref name="date"/> is still in the future as of the evaluation date.</summary>
    internal bool IsAfterAsOf(LocalDate date) => AsOf.HasValue && date > AsOf.Value;
}
