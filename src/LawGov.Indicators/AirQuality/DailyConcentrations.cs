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
/// <para>Values are kept at full precision. Equality compares every field. <c>default</c> is 0001-01-01 with no valid value.</para>
/// </remarks>
public readonly struct DailyConcentrations : IEquatable<DailyConcentrations>
{
    private const int Mda8Bit = 6;
    private const int MaxOneHourBit = 7;

    private readonly Six means;
    private readonly decimal mda8;
    private readonly decimal maxOneHour;
    private readonly ulong hours;
    private readonly byte validMask;
    private readonly byte windows;

    internal DailyConcentrations(LocalDate date, in Six means, decimal mda8, decimal maxOneHour, ulong hours, byte validMask, byte windows)
    {
        Date = date;
        this.means = means;
        this.mda8 = mda8;
        this.maxOneHour = maxOneHour;
        this.hours = hours;
        this.validMask = validMask;
        this.windows = windows;
    }

    /// <summary>The calendar day.</summary>
    public LocalDate Date { get; }

    /// <summary>The O3 daily maximum 8-hour mean (MDA8), or null when not valid.</summary>
    public decimal? O3Mda8 => (validMask & (1 << Mda8Bit)) != 0 ? mda8 : null;

    /// <summary>The O3 daily maximum 1-hour value, or null when not valid.</summary>
    public decimal? O3MaxOneHour => (validMask & (1 << MaxOneHourBit)) != 0 ? maxOneHour : null;

    /// <summary>The number of valid 8-hour O3 windows (0–17).</summary>
    public int O3ValidWindows => windows;

    /// <summary>The 24-hour mean of <paramref name="pollutant"/>, or null when fewer than 20 hourly values exist.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The mean in µg/m³ (CO mg/m³), or null.</returns>
    public decimal? DailyMean(Pollutant pollutant)
    {
        int p = (int)Utility.Preconditions.CheckDefined(pollutant, nameof(pollutant));
        return (validMask & (1 << p)) != 0 ? means[p] : null;
    }

    /// <summary>The number of hourly values of <paramref name="pollutant"/> in the day (0–24).</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The count.</returns>
    public int ValidHours(Pollutant pollutant) => (int)((hours >> (8 * (int)Utility.Preconditions.CheckDefined(pollutant, nameof(pollutant)))) & 0xFF);

    /// <summary>
    /// The daily value of an indicator: 24h → the daily mean; O3 8h → the MDA8; O3 1h → the daily maximum 1-hour
    /// value; null when not valid or not a daily indicator.
    /// </summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The value, or null.</returns>
    public decimal? Value(AirIndicator indicator) => indicator.Averaging switch
    {
        AveragingPeriod.TwentyFourHours => DailyMean(indicator.Pollutant),
        AveragingPeriod.EightHours when indicator.Pollutant == Pollutant.O3 => O3Mda8,
        AveragingPeriod.OneHour when indicator.Pollutant == Pollutant.O3 => O3MaxOneHour,
        _ => null,
    };

    /// <inheritdoc />
    public bool Equals(DailyConcentrations other)
    {
        if (Date != other.Date || hours != other.hours || validMask != other.validMask || windows != other.windows
            || mda8 != other.mda8 || maxOneHour != other.maxOneHour)
        {
            return false;
        }
        for (int i = 0; i < 6; i++)
        {
            if (means[i] != other.means[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DailyConcentrations other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, hours, validMask, mda8, means[0]);

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

/// <summary>Six values, one per <see cref="Pollutant"/>, stored inline.</summary>
[InlineArray(6)]
internal struct Six
{
    private decimal element;
}
