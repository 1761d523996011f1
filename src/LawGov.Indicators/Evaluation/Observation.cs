using System.Globalization;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// The actual value a target was judged on: exact counts (a <see cref="Measures.Rate"/>), an exact decimal value,
/// a date, or — when the figure only bounds the value (1500多人, or a sampled rate's confidence interval) — an
/// interval.
/// </summary>
public sealed class Observation
{
    private readonly decimal? value;

    private Observation(Unit unit, Rate? rate, decimal? value, Bound? lower, Bound? upper, LocalDate? date, bool interval = false)
    {
        Unit = unit;
        Rate = rate;
        this.value = value;
        IsInterval = interval;
        Lower = lower;
        Upper = upper;
        Date = date;
    }

    /// <summary>The unit of <see cref="Value"/> and the bounds.</summary>
    public Unit Unit { get; }

    /// <summary>The counts, when the value comes from counts (for a sample: the sample's counts).</summary>
    public Rate? Rate { get; }

    /// <summary>
    /// The point value in <see cref="Unit"/>; for a rate its percentage to 28 significant digits (the judgment
    /// itself uses the exact counts). Null when only an interval is known.
    /// </summary>
    public decimal? Value => IsInterval ? null : value ?? Rate?.ToPercent();

    /// <summary>When only an interval is known: its lower end, or null when unbounded below.</summary>
    public Bound? Lower { get; }

    /// <summary>When only an interval is known: its upper end, or null when unbounded above.</summary>
    public Bound? Upper { get; }

    /// <summary>For milestones: the date observed (completion, or the as-of date of an overdue milestone).</summary>
    public LocalDate? Date { get; }

    /// <summary>True when the value is known only as an interval.</summary>
    public bool IsInterval { get; }

    internal static Observation FromRate(Rate rate) => new(Unit.Percent, rate, null, null, null, null);

    internal static Observation FromValue(decimal value, Unit unit) => new(unit, null, value, null, null, null);

    internal static Observation FromInterval(Bound? lower, Bound? upper, Unit unit, Rate? sample = null) =>
        new(unit, sample, null, lower, upper, null, interval: true);

    internal static Observation FromDate(LocalDate date) => new(Unit.Date, null, null, null, null, date);

    /// <summary>
    /// True when this and <paramref name="other"/>, two statements of one quantity, cannot both be right: two rates with
    /// different values; counts and a stated percentage that is not a correct rounding of them (99.93 % for 1340/1341
    /// agrees); two values that differ (62 and 62.0 agree); intervals that do not overlap (1500多 and 1500 disagree);
    /// different dates.
    /// </summary>
    internal bool Disagrees(Observation other)
    {
        if (Date.HasValue || other.Date.HasValue)
        {
            return Date != other.Date;
        }
        if (!IsInterval && !other.IsInterval)
        {
            return (Rate, other.Rate) switch
            {
                ({ } a, { } b) => a.CompareValueTo(b) != 0,
                ({ } a, null) => !a.IsConsistentWith(other.value!.Value),
                (null, { } b) => !b.IsConsistentWith(value!.Value),
                _ => value != other.value,
            };
        }
        var (lower, upper) = Bounds();
        var (otherLower, otherUpper) = other.Bounds();
        return Below(upper, otherLower) || Below(otherUpper, lower);
    }

    /// <summary>The observation as an interval: a point value is [v, v].</summary>
    private (Bound? Lower, Bound? Upper) Bounds() =>
        IsInterval ? (Lower, Upper) : (new Bound(Value!.Value, true), new Bound(Value!.Value, true));

    /// <summary>True when everything up to <paramref name="upper"/> lies below everything from <paramref name="lower"/>.</summary>
    private static bool Below(Bound? upper, Bound? lower) =>
        upper is { } hi && lower is { } lo && (hi.Value < lo.Value || (hi.Value == lo.Value && !(hi.Inclusive && lo.Inclusive)));

    /// <summary><c>99.93% (1340/1341)</c>, <c>52 µg/m³</c>, <c>&gt; 1500 persons</c>, <c>2017-11-30</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        if (Date.HasValue)
        {
            return LocalDatePattern.Iso.Format(Date.Value);
        }
        if (!IsInterval)
        {
            return Rate.HasValue ? Rate.Value.ToString("F2", CultureInfo.InvariantCulture) : Format(value!.Value);
        }

        string interval = (Lower, Upper) switch
        {
            ({ } lo, null) => (lo.Inclusive ? "≥ " : "> ") + Format(lo.Value),
            (null, { } hi) => (hi.Inclusive ? "≤ " : "< ") + Format(hi.Value),
            ({ } lo, { } hi) => (lo.Inclusive ? "[" : "(") + Number(lo.Value) + ", " + Number(hi.Value) + (hi.Inclusive ? "]" : ")") + Suffix(),
            _ => "unknown",
        };
        return Rate.HasValue ? interval + " (sample " + Rate.Value.ToString() + ")" : interval;
    }

    /// <summary>The observation with Chinese unit names, as the Chinese explanation writes it: <c>55微克/立方米</c>.</summary>
    internal string ToStringZh()
    {
        if (Date.HasValue || Unit == Unit.Percent)
        {
            return ToString();
        }
        string unit = Unit.NameZh();
        return IsInterval
            ? (Lower, Upper) switch
            {
                ({ } lo, null) => (lo.Inclusive ? "不少于" : "超过") + Number(lo.Value) + unit,
                (null, { } hi) => (hi.Inclusive ? "不超过" : "不足") + Number(hi.Value) + unit,
                ({ } lo, { } hi) => Number(lo.Value) + "至" + Number(hi.Value) + unit,
                _ => "未知",
            }
            : Number(value!.Value) + unit;
    }

    private string Format(decimal value) => Number(value) + Suffix();

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private string Suffix() => Unit == Unit.Percent ? "%" : " " + Unit.Symbol();
}
