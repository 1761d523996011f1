using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Judges one observation against a condition under a declared rounding rule. Exact observations compare
/// exactly (rates from their counts); interval observations are Met when the whole interval satisfies the
/// condition, NotMet when none of it does, and Indeterminate otherwise.
/// </summary>
internal readonly struct ValueJudgment
{
    private ValueJudgment(TargetStatus status, decimal? margin, long? countMargin, decimal? rounded)
    {
        Status = status;
        Margin = margin;
        CountMargin = countMargin;
        Rounded = rounded;
    }

    internal TargetStatus Status { get; }

    internal decimal? Margin { get; }

    internal long? CountMargin { get; }

    internal decimal? Rounded { get; }

    internal static ValueJudgment Judge(Condition condition, RoundingRule rounding, Observation observation)
    {
        if (observation.Rate is { } rate && !observation.IsInterval)
        {
            return Judge(condition, rounding, rate);
        }
        if (observation.Value is { } value)
        {
            return Judge(condition, rounding, value);
        }
        return JudgeInterval(condition, observation.Lower, observation.Upper);
    }

    internal static ValueJudgment Judge(Condition condition, RoundingRule rounding, Rate rate)
    {
        decimal rounded = rate.ToPercent(rounding.Decimals, rounding.Mode);
        if (rounding.Comparison == ComparisonMethod.FullValue)
        {
            bool met = condition.IsSatisfiedBy(rate);
            return new(met ? TargetStatus.Met : TargetStatus.NotMet, MarginOf(condition, rounding, rate.ToPercent()), condition.CountMargin(rate), rounded);
        }
        bool roundedMet = condition.IsSatisfiedBy(rounded);
        return new(roundedMet ? TargetStatus.Met : TargetStatus.NotMet, MarginOf(condition, rounding, rounded), null, rounded);
    }

    internal static ValueJudgment Judge(Condition condition, RoundingRule rounding, decimal value)
    {
        decimal rounded = rounding.Round(value);
        decimal compared = rounding.Comparison == ComparisonMethod.FullValue ? value : rounded;
        bool met = condition.IsSatisfiedBy(compared);
        return new(met ? TargetStatus.Met : TargetStatus.NotMet, MarginOf(condition, rounding, compared), null, rounded);
    }

    /// <summary>The margin, rounded half-even to four decimals beyond the declared precision.</summary>
    private static decimal MarginOf(Condition condition, RoundingRule rounding, decimal value) =>
        Rounding.Round(condition.Margin(value), Math.Min(rounding.Decimals + 4, Rounding.MaxDecimals), RoundingMode.HalfEven);

    private static ValueJudgment JudgeInterval(Condition condition, Bound? lower, Bound? upper)
    {
        bool all = Covers(condition.Lower, lower, isLower: true) && Covers(condition.Upper, upper, isLower: false);
        bool none = Beyond(condition.Lower, upper, isLower: true) || Beyond(condition.Upper, lower, isLower: false);
        TargetStatus status = all ? TargetStatus.Met : none ? TargetStatus.NotMet : TargetStatus.Indeterminate;
        return new(status, null, null, null);
    }

    /// <summary>True when every value on this side of the observation satisfies the condition's bound.</summary>
    private static bool Covers(Bound? conditionBound, Bound? observed, bool isLower)
    {
        if (conditionBound is not { } c)
        {
            return true;
        }
        if (observed is not { } o)
        {
            return false;
        }
        int cmp = isLower ? o.Value.CompareTo(c.Value) : c.Value.CompareTo(o.Value);
        return cmp > 0 || (cmp == 0 && (c.Inclusive || !o.Inclusive));
    }

    /// <summary>
    /// True when the observation lies wholly outside the condition's bound: for the lower bound, the observation's
    /// upper end is below it; for the upper bound, its lower end is above it.
    /// </summary>
    private static bool Beyond(Bound? conditionBound, Bound? observedOpposite, bool isLower)
    {
        if (conditionBound is not { } c || observedOpposite is not { } o)
        {
            return false;
        }
        int cmp = isLower ? c.Value.CompareTo(o.Value) : o.Value.CompareTo(c.Value);
        return cmp > 0 || (cmp == 0 && !(c.Inclusive && o.Inclusive));
    }
}
