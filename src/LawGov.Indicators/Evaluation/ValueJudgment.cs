using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Judges one observation against a condition under a declared rounding rule. Exact observations compare
/// exactly (rates from their counts); interval observations are Met when the whole interval satisfies the
/// condition, NotMet when none of it does, and Indeterminate otherwise. The status is all a judgment must
/// compute; margins and the rounded value follow from the same inputs and are computed when read.
/// </summary>
internal static class ValueJudgment
{
    /// <summary>
    /// Met or NotMet (Indeterminate for an interval that straddles a bound); <see cref="TargetStatus.Invalid"/> for a
    /// rate compared by rounded value whose rounded percentage does not fit in a decimal (see <see cref="OutOfRange"/>,
    /// which callers report first). Never throws for a defined observation.
    /// </summary>
    internal static TargetStatus Status(Condition condition, RoundingRule rounding, Observation observation)
    {
        if (observation.IsInterval)
        {
            return IntervalStatus(condition, observation.Lower, observation.Upper);
        }
        bool met;
        if (observation.Rate is not { } rate)
        {
            met = condition.IsSatisfiedBy(Compared(rounding, observation.Value!.Value));
        }
        else if (rounding.Comparison == ComparisonMethod.FullValue)
        {
            met = condition.IsSatisfiedBy(rate);
        }
        else if (TryRoundPercent(rounding, rate, out decimal rounded))
        {
            met = condition.IsSatisfiedBy(rounded);
        }
        else
        {
            return TargetStatus.Invalid;
        }
        return met ? TargetStatus.Met : TargetStatus.NotMet;
    }

    /// <summary>
    /// The out-of-range finding when a rate's percentage, rounded to the declared decimals, has more significant digits
    /// than a decimal holds (9223372036854775807/3 at nine decimals), or null. Compared by full value, the status is still
    /// decided exactly from the counts: the finding is a warning, and only the rounded value is not reported. Compared by
    /// rounded value, the compared value itself cannot be formed: the finding is an error and the result
    /// <see cref="TargetStatus.Invalid"/>. Decimal values always fit.
    /// </summary>
    internal static Finding? OutOfRange(ValueTarget target, Observation observation, string? figureId)
    {
        if (observation.IsInterval || observation.Rate is not { } rate
            || ExactArithmetic.RoundedPercentFits(rate.Numerator, rate.Denominator, target.Rounding.Decimals, target.Rounding.Mode))
        {
            return null;
        }
        string decimals = target.Rounding.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string prefix = figureId is null ? string.Empty : figureId + ": ";
        string prefixZh = figureId is null ? string.Empty : figureId + "：";
        string percent = FigureReading.Number(rate.ToPercent());
        return target.Rounding.Comparison == ComparisonMethod.FullValue
            ? new Finding(FindingCode.OutOfRange, Severity.Warning,
                $"{prefix}{rate} is {percent}%, which rounded to the declared {decimals} decimals has more digits than can be computed exactly; compared by full value, the status is decided exactly from the counts, and no rounded value is reported.",
                $"{prefixZh}{rate}即{percent}%，按规定修约到{decimals}位小数后位数过多，无法给出修约值；按全数值比较，判定仍由计数精确得出。",
                figureId, target.Id)
            : new Finding(FindingCode.OutOfRange, Severity.Error,
                $"{prefix}{rate} is {percent}%, which rounded to the declared {decimals} decimals has more digits than can be computed exactly, so the rounded value it is compared by cannot be formed.",
                $"{prefixZh}{rate}即{percent}%，按规定修约到{decimals}位小数后位数过多，无法精确计算，不能按修约值比较。",
                figureId, target.Id);
    }

    /// <summary>
    /// The actual value rounded by the declared rule (exactly, from the counts for a rate); null for an interval, and
    /// for a rate whose rounded percentage a decimal cannot hold (see <see cref="OutOfRange"/>).
    /// </summary>
    internal static decimal? Rounded(RoundingRule rounding, Observation observation) =>
        observation.IsInterval ? null
        : observation.Rate is { } rate ? TryRoundPercent(rounding, rate, out decimal rounded) ? rounded : null
        : rounding.Round(observation.Value!.Value);

    /// <summary>
    /// The one place that rounds a rate's percentage for a judgment: false when the rounded value has more significant
    /// digits than a decimal holds (the case <see cref="OutOfRange"/> reports), instead of the
    /// <see cref="OverflowException"/> of <see cref="Rate.ToPercent(int, RoundingMode)"/>.
    /// </summary>
    private static bool TryRoundPercent(RoundingRule rounding, Rate rate, out decimal rounded) =>
        ExactArithmetic.TryRoundPercent(rate.Numerator, rate.Denominator, rounding.Decimals, rounding.Mode, out rounded);

    /// <summary>
    /// The signed margin of the compared value (full or rounded, as declared), rounded half-even to four decimals
    /// beyond the declared precision; null for an interval and for a rounded value that does not fit in a decimal.
    /// </summary>
    internal static decimal? Margin(Condition condition, RoundingRule rounding, Observation observation)
    {
        if ((rounding.Comparison == ComparisonMethod.RoundedValue ? Rounded(rounding, observation) : observation.Value) is not { } compared)
        {
            return null;
        }
        return Rounding.Round(condition.Margin(compared), Math.Min(rounding.Decimals + 4, Rounding.MaxDecimals), RoundingMode.HalfEven);
    }

    /// <summary>For a rate compared by full value: the margin in numerator counts; otherwise null.</summary>
    internal static long? CountMargin(Condition condition, RoundingRule rounding, Observation observation) =>
        observation.Rate is { } rate && !observation.IsInterval && rounding.Comparison == ComparisonMethod.FullValue
            ? condition.CountMargin(rate)
            : null;

    /// <summary>The value a limit is compared with under the rule: the value itself (full value) or rounded by the rule.</summary>
    internal static decimal Compared(RoundingRule rounding, decimal value) =>
        rounding.Comparison == ComparisonMethod.FullValue ? value : rounding.Round(value);

    private static TargetStatus IntervalStatus(Condition condition, Bound? lower, Bound? upper)
    {
        bool all = Covers(condition.Lower, lower, isLower: true) && Covers(condition.Upper, upper, isLower: false);
        bool none = Beyond(condition.Lower, upper, isLower: true) || Beyond(condition.Upper, lower, isLower: false);
        return all ? TargetStatus.Met : none ? TargetStatus.NotMet : TargetStatus.Indeterminate;
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
