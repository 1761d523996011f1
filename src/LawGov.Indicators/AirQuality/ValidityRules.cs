namespace LawGov.Indicators.AirQuality;

/// <summary>
/// The data-validity rules of GB 3095-2012 Table 4 / GB 3095-2026 and HJ 663 that the daily and annual statistics use.
/// The same numbers apply under HJ 633-2012 and HJ 633-2026.
/// </summary>
internal static class ValidityRules
{
    /// <summary>A daily (24-hour) mean needs at least 20 hourly values in the day (GB 3095 Table 4).</summary>
    internal const int MinimumHoursPerDay = 20;

    /// <summary>An 8-hour moving mean needs at least 6 hourly values among its 8 hours (GB 3095 Table 4).</summary>
    internal const int MinimumHoursPerWindow = 6;

    /// <summary>The in-day 8-hour windows: hours 0–7 … 16–23 in hour-beginning labels (ending 08:00 … 24:00).</summary>
    internal const int WindowsPerDay = 17;

    /// <summary>
    /// The most of the 17 in-day windows that can have at least 6 hourly values when the day has n (index 0–24) hourly
    /// values: 0 for n ≤ 5, n − 3 for n = 6–11 (one run of n hours: windows starting up to 2 hours before it and ending
    /// up to 2 after it), n − 1 for n = 12–18, and 17 from n = 18. Found by enumerating all 2²⁴ sets of hours (a test
    /// repeats the enumeration); what a summarized day read from JSON may claim.
    /// </summary>
    internal static ReadOnlySpan<byte> MostWindows => [0, 0, 0, 0, 0, 0, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 17, 17, 17, 17, 17, 17];

    /// <summary>
    /// The fewest of the 17 in-day windows that have at least 6 hourly values when the day has n (index 0–24) hourly
    /// values: 0 for n ≤ 15, then 1, 2, 3 (n = 16–18), 9, 10, 11 (n = 19–21), and all 17 from n = 22 (a window then
    /// misses at most 2 of its 8 hours). Found by the same enumeration as <see cref="MostWindows"/>.
    /// </summary>
    internal static ReadOnlySpan<byte> FewestWindows => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 9, 10, 11, 17, 17, 17];

    /// <summary>MDA8 needs at least 14 valid 8-hour means among the 17 windows (HJ 663-2013) …</summary>
    internal const int MinimumWindowsPerDay = 14;

    /// <summary>
    /// … unless the MDA8 exceeds the GB 3095 grade II O3 8-hour limit (160 µg/m³ in GB 3095-2012 and in both phases of
    /// GB 3095-2026, so the day's date does not matter); then it counts anyway. Read from the limit table.
    /// </summary>
    internal static readonly decimal O3EightHourLimit =
        ConcentrationLimits.Gb3095_2012.Limit(Pollutant.O3, AveragingPeriod.EightHours, LimitGrade.GradeII)!.Value;

    /// <summary>An annual statistic needs at least 324 valid daily values in the year (GB 3095 Table 4, HJ 663).</summary>
    internal const int MinimumDaysPerYear = 324;

    /// <summary>… and at least 27 in every month …</summary>
    internal const int MinimumDaysPerMonth = 27;

    /// <summary>… except February, which needs 25.</summary>
    internal const int MinimumDaysInFebruary = 25;
}
