using System.Runtime.CompilerServices;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One site's daily statistics for one calendar day, computed from hourly values: the 24-hour mean of each pollutant,
/// the O3 daily maximum 8-hour mean (MDA8) and the O3 daily maximum 1-hour value, each with its validity.
/// </summary>
/// <remarks>
/// <para>
/// Validity (GB 3095 Table 4, HJ 663): a daily mean needs at least 20 hourly values. The MDA8 is the largest of the 17
/// in-day 8-hour means (hours 0–7 … 16–23, hour-beginning labels) that have at least 6 hourly values; it is valid with at
/// least 14 such windows, or with fewer when it exceeds 160 µg/m³ (GB 3095 grade II). The daily maximum 1-hour value
/// needs at least 20 hourly values (library decision: the standards give no rule for it).
/// </para>
/// <para>Values are kept exactly, as sums and counts of the hourly values. Equality compares every field. <c>default</c> is 0001-01-01 with no valid value.</para>
/// </remarks>
public readonly struct DailyConcentrations : IEquatable<DailyConcentrations>
{
    // Slots 0-5: the day's sum of each pollutant's hourly values; 6: the sum of the MDA8 window; 7: the O3 maximum.
    // Each value is sums[i] / counts[i]: exact fixed-point sums (scale 6) for stations; for cities see CityDaySummarizer
    // (exact, or the midpoint of the 10^-18 interval holding a value with endless decimals; the annual figures take the
    // exact value from the city's hourly state instead).
    private readonly Eight sums;
    private readonly ulong counts;
    private readonly byte validMask;
    private readonly byte windows;

    internal DailyConcentrations(LocalDate date, in Eight sums, ulong counts, byte validMask, byte windows)
    {
        Date = date;
        this.sums = sums;
        this.counts = counts;
        this.validMask = validMask;
        this.windows = windows;
    }

    /// <summary>
    /// A station's day from its exact parts (as written to JSON state), validity derived as <see cref="DaySummarizer"/>
    /// derives it; null with the offending part and why when the parts cannot come from hourly data.
    /// </summary>
    /// <param name="date">The day.</param>
    /// <param name="sums">Per pollutant, the sum of its hourly values in millionths.</param>
    /// <param name="hours">Per pollutant, how many hourly values it has (0–24).</param>
    /// <param name="mda8">The sum of the best 8-hour window in millionths, its hours (6–8) and the number of windows with ≥ 6
    /// hours (1–17); null when there is no such window.</param>
    /// <param name="o3Max">The largest O3 hourly value in millionths, present exactly when O3 has ≥ 20 hours.</param>
    /// <param name="part">The part at fault, as its JSON path below the day: <c>sums['PM2.5']</c>, <c>hours.CO</c>,
    /// <c>mda8</c>, <c>mda8.windows</c>, <c>mda8.hours</c>, <c>mda8.sum</c>, <c>o3Max</c>.</param>
    /// <param name="error">What is wrong.</param>
    /// <remarks>
    /// Beside ranges, the parts must agree as hourly values would make them (n O3 hours, sum S, maximum M, window of k
    /// hours with sum W, c windows): M ≤ S ≤ n·M; c within <see cref="ValidityRules.FewestWindows"/> and
    /// <see cref="ValidityRules.MostWindows"/> for n (no window at all only where that allows 0); max(6, n − 16) ≤ k ≤
    /// min(8, n); W ≤ S, W ≤ k·M and S − W ≤ (n − k)·M.
    /// </remarks>
    internal static DailyConcentrations? TryFromParts(
        LocalDate date, ReadOnlySpan<long> sums, ReadOnlySpan<int> hours, (long Sum, int Hours, int Windows)? mda8, long? o3Max, out string? part, out string? error)
    {
        var exact = default(Eight);
        ulong counts = 0;
        byte valid = 0;
        part = null;
        error = null;
        for (int p = 0; p < 6; p++)
        {
            int n = hours[p];
            if (n is < 0 or > 24 || sums[p] < 0 || sums[p] > FixedPoint.MaxValue * n || (n == 0 && sums[p] != 0))
            {
                (part, error) = (AirDataJson.Member(n is < 0 or > 24 ? "hours" : "sums", ((Pollutant)p).Code()), n is < 0 or > 24
                    ? $"expected 0 to 24 hourly values, found {n}"
                    : $"the sum of {n} hourly values must lie between 0 and {n} × 9999999.999999 (0 without values)");
                return null;
            }
            exact[p] = FixedPoint.ToDecimal(sums[p]);
            counts |= (ulong)n << (8 * p);
            if (n >= ValidityRules.MinimumHoursPerDay)
            {
                valid |= (byte)(1 << p);
            }
        }
        int o3Hours = hours[(int)Pollutant.O3];
        long o3Sum = sums[(int)Pollutant.O3];
        // All in millionths (the scale of every sum and value here), products in 128 bits.
        if (o3Max is long max)
        {
            if (o3Hours < ValidityRules.MinimumHoursPerDay || max < 0 || max > FixedPoint.MaxValue || max > o3Sum || (Int128)max * o3Hours < o3Sum)
            {
                (part, error) = ("o3Max", o3Hours < ValidityRules.MinimumHoursPerDay
                    ? $"the 1-hour maximum is kept only with at least {ValidityRules.MinimumHoursPerDay} O3 hours, found {o3Hours}"
                    : "the 1-hour maximum must lie between the O3 mean and the O3 sum (it is one of the hours), and at most 9999999.999999");
                return null;
            }
            exact[MaxOneHourSlot] = FixedPoint.ToDecimal(max);
            counts |= 1UL << (8 * MaxOneHourSlot);
            valid |= 1 << MaxOneHourSlot;
        }
        else if (o3Hours >= ValidityRules.MinimumHoursPerDay)
        {
            (part, error) = ("o3Max", $"missing; a day with {o3Hours} O3 hours has its 1-hour maximum");
            return null;
        }
        int count = mda8?.Windows ?? 0;
        int fewest = ValidityRules.FewestWindows[o3Hours], most = ValidityRules.MostWindows[o3Hours];
        if (mda8 is null ? count < fewest : count < Math.Max(1, fewest) || count > most)
        {
            (part, error) = mda8 is null
                ? ("mda8", $"missing; a day with {o3Hours} O3 hours has at least {fewest} 8-hour windows of at least 6 hours")
                : ("mda8.windows", most == 0
                    ? $"a day with {o3Hours} O3 hours has no 8-hour window of at least 6 hours, found {count}"
                    : $"a day with {o3Hours} O3 hours has {Math.Max(1, fewest)} to {most} of the 17 8-hour windows with at least 6 hours, found {count}");
            return null;
        }
        byte windows = 0;
        if (mda8 is (long windowSum, int windowHours, _))
        {
            // The window holds 6 to 8 of the day's O3 hours and misses at most the 24 − n the day lacks.
            int fewestHours = Math.Max(ValidityRules.MinimumHoursPerWindow, o3Hours - 16), mostHours = Math.Min(8, o3Hours);
            if (windowHours < fewestHours || windowHours > mostHours)
            {
                (part, error) = ("mda8.hours", $"a window of 8 hours in a day with {o3Hours} O3 hours has {fewestHours} to {mostHours} of them, found {windowHours}");
                return null;
            }
            // Its hours are some of the day's: their sum is at most the day's, at most hours × the maximum, and the
            // other hours (each at most the maximum) make up the rest.
            if (windowSum < 0 || windowSum > o3Sum || windowSum > FixedPoint.MaxValue * windowHours
                || (o3Max is long top && ((Int128)top * windowHours < windowSum || (Int128)top * (o3Hours - windowHours) < o3Sum - windowSum)))
            {
                (part, error) = ("mda8.sum", o3Max is null
                    ? $"the sum of {windowHours} of the day's O3 hours must lie between 0 and the day's O3 sum"
                    : $"the sum of {windowHours} of the day's {o3Hours} O3 hours must be at most the day's O3 sum and {windowHours} × the 1-hour maximum, and at least the O3 sum less {o3Hours - windowHours} × the maximum");
                return null;
            }
            exact[Mda8Slot] = FixedPoint.ToDecimal(windowSum);
            counts |= (ulong)windowHours << (8 * Mda8Slot);
            windows = (byte)count;
            if (count >= ValidityRules.MinimumWindowsPerDay || windowSum > (long)ValidityRules.O3EightHourLimit * FixedPoint.One * windowHours)
            {
                valid |= 1 << Mda8Slot;
            }
        }
        return new DailyConcentrations(date, exact, counts, valid, windows);
    }

    /// <summary>Slot of the O3 MDA8 in the exact storage.</summary>
    internal const int Mda8Slot = 6;

    /// <summary>Slot of the O3 daily maximum 1-hour value.</summary>
    internal const int MaxOneHourSlot = 7;

    /// <summary>The slot of a daily indicator (24h → pollutant, O3 8h → MDA8, O3 1h → maximum), or −1.</summary>
    internal static int SlotOf(AirIndicator indicator) => indicator.Averaging switch
    {
        AveragingPeriod.TwentyFourHours => (int)indicator.Pollutant,
        AveragingPeriod.EightHours when indicator.Pollutant == Pollutant.O3 => Mda8Slot,
        AveragingPeriod.OneHour when indicator.Pollutant == Pollutant.O3 => MaxOneHourSlot,
        _ => -1,
    };

    /// <summary>True when the slot's value is valid.</summary>
    internal bool IsValid(int slot) => (validMask & (1 << slot)) != 0;

    /// <summary>The exact value of a slot as sum and count.</summary>
    internal (decimal Sum, int Count) Exact(int slot) => (sums[slot], (int)((counts >> (8 * slot)) & 0xFF));

    /// <summary>The value of a valid slot, or null.</summary>
    internal decimal? Slot(int slot) => IsValid(slot) ? sums[slot] / (int)((counts >> (8 * slot)) & 0xFF) : null;

    /// <summary>The calendar day.</summary>
    public LocalDate Date { get; }

    /// <summary>The O3 daily maximum 8-hour mean (MDA8), or null when not valid.</summary>
    public decimal? O3Mda8 => Slot(Mda8Slot);

    /// <summary>The O3 daily maximum 1-hour value, or null when not valid.</summary>
    public decimal? O3MaxOneHour => Slot(MaxOneHourSlot);

    /// <summary>The number of valid 8-hour O3 windows (0–17).</summary>
    public int O3ValidWindows => windows;

    /// <summary>The 24-hour mean of <paramref name="pollutant"/>, or null when fewer than 20 hourly values exist.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The mean in µg/m³ (CO mg/m³), or null.</returns>
    public decimal? DailyMean(Pollutant pollutant)
    {
        return Slot(Index(pollutant));
    }

    /// <summary>The number of hourly values of <paramref name="pollutant"/> in the day (0–24).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The count.</returns>
    public int ValidHours(Pollutant pollutant) => (int)((counts >> (8 * Index(pollutant))) & 0xFF);

    private static int Index(Pollutant pollutant) =>
        (uint)pollutant < 6 ? (int)pollutant : throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Value is not a defined Pollutant.");

    /// <summary>
    /// The daily value of an indicator: 24h → the daily mean; O3 8h → the MDA8; O3 1h → the daily maximum 1-hour
    /// value; null when not valid or not a daily indicator.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value, or null.</returns>
    public decimal? Value(AirIndicator indicator) => SlotOf(indicator) is int slot and >= 0 ? Slot(slot) : null;

    /// <inheritdoc />
    public bool Equals(DailyConcentrations other)
    {
        if (Date != other.Date || counts != other.counts || validMask != other.validMask || windows != other.windows)
        {
            return false;
        }
        for (int i = 0; i < 8; i++)
        {
            if (sums[i] != other.sums[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DailyConcentrations other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, counts, validMask, sums[0], sums[Mda8Slot]);

    /// <summary>Compares two days for equality.</summary>
    /// <param name="left">The first day.</param>
    /// <param name="right">The second day.</param>
    /// <returns>True when every field agrees.</returns>
    public static bool operator ==(DailyConcentrations left, DailyConcentrations right) => left.Equals(right);

    /// <summary>Compares two days for inequality.</summary>
    /// <param name="left">The first day.</param>
    /// <param name="right">The second day.</param>
    /// <returns>True when a field differs.</returns>
    public static bool operator !=(DailyConcentrations left, DailyConcentrations right) => !left.Equals(right);

    /// <summary>The date and the valid indicators.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder(Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (Pollutant p in Pollutants.All)
        {
            text.Append(' ').Append(p.Code()).Append('=').Append(DailyMean(p)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NA");
        }
        text.Append(" MDA8=").Append(O3Mda8?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "NA");
        return text.ToString();
    }
}

/// <summary>Eight exact sums stored inline.</summary>
[InlineArray(8)]
internal struct Eight
{
    private decimal element;
}
