using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The concentration limits (浓度限值) of the basic pollutants in one edition and phase of GB 3095 Table 1, grades I and
/// II: <see cref="Gb3095_2012"/>, and GB 3095-2026 with its transition limits (<see cref="Gb3095_2026Transition"/>,
/// 2026-03-01 to 2030-12-31) and final limits (<see cref="Gb3095_2026Final"/>, from 2031-01-01). Units are those of the
/// Chinese AQI: µg/m³, CO mg/m³.
/// </summary>
/// <remarks>
/// The GB 3095-2012 values come from a secondary copy of its Table 1; the GB 3095-2026 values from the standard's own
/// Table 1. The three instances are the only ones; equality is reference equality.
/// </remarks>
public sealed class ConcentrationLimits
{
    // Rows indexed by Pollutant; columns: annual, 24-hour, 8-hour, 1-hour; each cell {grade I, grade II}; null: no limit.
    private readonly decimal?[,,] limits;

    private ConcentrationLimits(string code, string name, LocalDate? firstDay, LocalDate? lastDay, decimal?[,,] limits)
    {
        Code = code;
        Name = name;
        FirstDay = firstDay;
        LastDay = lastDay;
        this.limits = limits;
    }

    private const int Annual = 0;

    /// <summary>
    /// GB 3095-2012 Table 1: SO2 annual 20/60, 24h 50/150, 1h 150/500; NO2 40, 80, 200; CO 24h 4, 1h 10 mg/m³; O3 8h
    /// 100/160, 1h 160/200; PM10 annual 40/70, 24h 50/150; PM2.5 annual 15/35, 24h 35/75 µg/m³ (grade I/II).
    /// </summary>
    public static ConcentrationLimits Gb3095_2012 { get; } = new(
        "gb3095-2012",
        "GB 3095-2012",
        null,
        new LocalDate(2026, 2, 28),
        Table(
            so2: [(20, 60), (50, 150), null, (150, 500)],
            no2: [(40, 40), (80, 80), null, (200, 200)],
            co: [null, (4, 4), null, (10, 10)],
            o3: [null, null, (100, 160), (160, 200)],
            pm10: [(40, 70), (50, 150), null, null],
            pm25: [(15, 35), (35, 75), null, null]));

    /// <summary>
    /// GB 3095-2026 Table 1, transition limits (2026-03-01 to 2030-12-31): as 2012 except PM10 grade II annual 60, 24h
    /// 120 and PM2.5 grade II annual 30, 24h 60 µg/m³.
    /// </summary>
    public static ConcentrationLimits Gb3095_2026Transition { get; } = new(
        "gb3095-2026-transition",
        "GB 3095-2026 (transition limits)",
        new LocalDate(2026, 3, 1),
        new LocalDate(2030, 12, 31),
        Table(
            so2: [(20, 60), (50, 150), null, (150, 500)],
            no2: [(40, 40), (80, 80), null, (200, 200)],
            co: [null, (4, 4), null, (10, 10)],
            o3: [null, null, (100, 160), (160, 200)],
            pm10: [(40, 60), (50, 120), null, null],
            pm25: [(15, 30), (35, 60), null, null]));

    /// <summary>
    /// GB 3095-2026 Table 1, final limits (from 2031-01-01): SO2 20, 50, 150 in both grades; NO2 annual 30, 24h 50, 1h
    /// 200; CO and O3 unchanged; PM10 annual 20/50, 24h 50/100; PM2.5 annual 10/25, 24h 25/50 µg/m³ (grade I/II).
    /// </summary>
    public static ConcentrationLimits Gb3095_2026Final { get; } = new(
        "gb3095-2026-final",
        "GB 3095-2026 (final limits)",
        new LocalDate(2031, 1, 1),
        null,
        Table(
            so2: [(20, 20), (50, 50), null, (150, 150)],
            no2: [(30, 30), (50, 50), null, (200, 200)],
            co: [null, (4, 4), null, (10, 10)],
            o3: [null, null, (100, 160), (160, 200)],
            pm10: [(20, 50), (50, 100), null, null],
            pm25: [(10, 25), (25, 50), null, null]));

    /// <summary>The three limit tables, oldest first.</summary>
    public static IReadOnlyList<ConcentrationLimits> All { get; } = Array.AsReadOnly([Gb3095_2012, Gb3095_2026Transition, Gb3095_2026Final]);

    /// <summary>The code: <c>gb3095-2012</c>, <c>gb3095-2026-transition</c> or <c>gb3095-2026-final</c>.</summary>
    public string Code { get; }

    /// <summary>The name, e.g. <c>GB 3095-2026 (transition limits)</c>.</summary>
    public string Name { get; }

    /// <summary>The first day the table applies, or null for GB 3095-2012 (its phased adoption, 2012–2016, is not modelled).</summary>
    public LocalDate? FirstDay { get; }

    /// <summary>The last day the table applies, or null when it is open-ended (the final limits).</summary>
    public LocalDate? LastDay { get; }

    /// <summary>The annual-mean limit of a pollutant, or null when the table has none (CO, O3).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>The limit in µg/m³, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public decimal? AnnualLimit(Pollutant pollutant, LimitGrade grade) =>
        limits[(int)Preconditions.CheckDefined(pollutant, nameof(pollutant)), Annual, (int)Preconditions.CheckDefined(grade, nameof(grade)) - 1];

    /// <summary>
    /// The limit of a pollutant for a short averaging period: 24-hour (daily) mean, 8-hour mean (O3: its daily maximum,
    /// MDA8) or 1-hour mean; null when the table has none (e.g. PM2.5 1h, SO2 8h).
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging period.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>The limit in µg/m³ (CO mg/m³), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public decimal? Limit(Pollutant pollutant, AveragingPeriod averaging, LimitGrade grade)
    {
        int column = Preconditions.CheckDefined(averaging, nameof(averaging)) switch
        {
            AveragingPeriod.TwentyFourHours => 1,
            AveragingPeriod.EightHours => 2,
            _ => 3,
        };
        return limits[(int)Preconditions.CheckDefined(pollutant, nameof(pollutant)), column, (int)Preconditions.CheckDefined(grade, nameof(grade)) - 1];
    }

    /// <summary>
    /// The table in force on a date: GB 3095-2012 before 2026-03-01, the GB 3095-2026 transition limits to 2030-12-31,
    /// its final limits from 2031-01-01.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The table.</returns>
    public static ConcentrationLimits ForDate(LocalDate date) =>
        date > Gb3095_2026Transition.LastDay!.Value ? Gb3095_2026Final
        : date >= Gb3095_2026Transition.FirstDay!.Value ? Gb3095_2026Transition
        : Gb3095_2012;

    /// <summary>
    /// The table paired with an AQI rule set (HJ 633-2012 with GB 3095-2012, HJ 633-2026 with GB 3095-2026), in the
    /// phase in force on <paramref name="date"/>: the GB 3095-2026 transition limits to 2030-12-31, its final limits after.
    /// </summary>
    /// <param name="standard">A Chinese AQI rule set.</param>
    /// <param name="date">The date whose phase applies (for an annual assessment: the last day of the year).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="standard"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="standard"/> is US EPA, which GB 3095 does not pair with.</exception>
    public static ConcentrationLimits For(AirQualityStandard standard, LocalDate date)
    {
        Preconditions.CheckNotNull(standard, nameof(standard));
        Preconditions.CheckArgument(standard.SupportsHourlyAssessment, nameof(standard), $"{standard.Name} is not paired with GB 3095 limits.");
        if (standard.Code == AirQualityStandard.Hj633_2012.Code)
        {
            return Gb3095_2012;
        }
        return date > Gb3095_2026Transition.LastDay!.Value ? Gb3095_2026Final : Gb3095_2026Transition;
    }

    /// <summary>The code.</summary>
    /// <returns>The code, e.g. <c>gb3095-2012</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Builds the table from rows in <see cref="Pollutant"/> order: per averaging period (annual, 24h, 8h, 1h) the grade I and II limits.</summary>
    private static decimal?[,,] Table(
        (decimal, decimal)?[] so2, (decimal, decimal)?[] no2, (decimal, decimal)?[] co,
        (decimal, decimal)?[] o3, (decimal, decimal)?[] pm10, (decimal, decimal)?[] pm25)
    {
        var table = new decimal?[6, 4, 2];
        var rows = new (Pollutant Pollutant, (decimal, decimal)?[] Cells)[]
        {
            (Pollutant.So2, so2), (Pollutant.No2, no2), (Pollutant.Co, co), (Pollutant.O3, o3), (Pollutant.Pm10, pm10), (Pollutant.Pm25, pm25),
        };
        foreach (var (pollutant, cells) in rows)
        {
            for (int column = 0; column < 4; column++)
            {
                if (cells[column] is var (gradeI, gradeII))
                {
                    table[(int)pollutant, column, 0] = gradeI;
                    table[(int)pollutant, column, 1] = gradeII;
                }
            }
        }
        return table;
    }
}
