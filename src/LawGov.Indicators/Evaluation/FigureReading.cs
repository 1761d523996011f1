using System.Globalization;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

using NodaTime;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// What one reported figure says about an indicator's value: an observation, or a status that stops the judgment
/// (Invalid, NotApplicable, Indeterminate), and the findings on the way. The same reading serves evaluation and
/// the data-quality checks, so both report a 218.36 % share the same way.
/// </summary>
internal sealed class FigureReading
{
    private FigureReading(ReportedFigure figure, Observation? observation, TargetStatus? stop, IReadOnlyList<Finding> findings)
    {
        Figure = figure;
        Observation = observation;
        Stop = stop;
        Findings = findings;
    }

    internal ReportedFigure Figure { get; }

    /// <summary>The value read, or null when none could be.</summary>
    internal Observation? Observation { get; }

    /// <summary>A status that overrides comparison (Invalid, NotApplicable, Indeterminate, NoData), or null.</summary>
    internal TargetStatus? Stop { get; }

    internal IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Reads a figure of a value indicator. With <paramref name="asOf"/>, a span (a minimum-duration figure) that has
    /// not ended by that date is not applicable: its length is not yet known, like a deadline not yet due.
    /// </summary>
    internal static FigureReading Read(ReportedFigure figure, decimal confidenceLevel = ValueTarget.DefaultConfidenceLevel, WorkingDayCalendar? calendar = null, LocalDate? asOf = null)
    {
        List<Finding>? list = null;
        Indicator indicator = figure.Indicator;
        TargetStatus? stop = null;
        Observation? observation = null;

        void Stop(TargetStatus status)
        {
            // Invalid outranks the others: impossible data is reported as such whatever else holds.
            if (stop is null || status == TargetStatus.Invalid)
            {
                stop = status;
            }
        }

        if (figure.Denominator.HasValue)
        {
            long denominator = figure.Denominator.Value;
            long? numerator = figure.Numerator;
            if (denominator < 0 || numerator < 0)
            {
                (list ??= []).Add(Make(FindingCode.NegativeCount, Severity.Error, figure,
                    $"negative count in {Counts(numerator, denominator)}",
                    $"计数为负：{Counts(numerator, denominator)}"));
                Stop(TargetStatus.Invalid);
            }
            else if (denominator == 0)
            {
                if (numerator.GetValueOrDefault() == 0)
                {
                    (list ??= []).Add(Make(FindingCode.ZeroDenominator, Severity.Info, figure,
                        "0 of 0: nothing to measure",
                        "分子分母均为0，无可考核事项"));
                    Stop(TargetStatus.NotApplicable);
                }
                else
                {
                    (list ??= []).Add(Make(FindingCode.UndefinedRate, Severity.Error, figure,
                        $"{numerator} of 0 has no value",
                        $"{numerator}/0 无意义"));
                    Stop(TargetStatus.Invalid);
                }
            }
            else if (numerator.HasValue)
            {
                var rate = new Rate(numerator.Value, denominator);
                if (indicator.IsShare && !rate.IsShare)
                {
                    (list ??= []).Add(Make(FindingCode.ShareAbove100, Severity.Error, figure,
                        $"{rate} is {rate.ToString("P2", CultureInfo.InvariantCulture)}, above 100% for a share",
                        $"{rate}即{rate.ToString("P2", CultureInfo.InvariantCulture)}，比例超过100%"));
                    Stop(TargetStatus.Invalid);
                }
                if (figure.Value.HasValue && figure.ValueUnit == Unit.Percent && figure.StatedAs == StatedAs.Exact
                    && !rate.IsConsistentWith(figure.Value.Value))
                {
                    (list ??= []).Add(Make(FindingCode.StatedValueInconsistent, Severity.Warning, figure,
                        $"stated {Number(figure.Value.Value)}% disagrees with its counts {rate} = {PercentText(rate, figure.Value.Value.Scale + 2)}% at the stated precision",
                        $"所述{Number(figure.Value.Value)}%与计数{rate}（{PercentText(rate, figure.Value.Value.Scale + 2)}%）在所述精度上不符"));
                }
                if (CountPeriodsDiffer(figure, out string? periods))
                {
                    (list ??= []).Add(Make(FindingCode.CountPeriodsDiffer, Severity.Warning, figure,
                        $"numerator and denominator cover different periods ({periods})",
                        $"分子与分母统计期间不同（{periods}）"));
                    Stop(TargetStatus.Indeterminate);
                }
                if (figure.IsSample)
                {
                    observation = SampleStatistics.WilsonInterval(rate, confidenceLevel, out bool computed);
                    (list ??= []).Add(computed
                        ? Make(FindingCode.Sampled, Severity.Info, figure,
                            $"sampled rate {rate}: judged by its {Number(confidenceLevel * 100)}% Wilson interval {observation}",
                            $"抽样比例{rate}：按{Number(confidenceLevel * 100)}%威尔逊置信区间{observation}判定")
                        : Make(FindingCode.Sampled, Severity.Warning, figure,
                            $"sampled rate {rate}: no confidence interval could be computed",
                            $"抽样比例{rate}：无法计算置信区间"));
                    if (!computed)
                    {
                        Stop(TargetStatus.Indeterminate);
                    }
                }
                else
                {
                    observation = Observation.FromRate(rate);
                }
            }
        }

        if (observation is null && stop is null && figure.Value is { } stated)
        {
            if (stated < 0)
            {
                (list ??= []).Add(Make(FindingCode.NegativeValue, Severity.Error, figure,
                    $"stated value {Number(stated)} is negative",
                    $"所述数值{Number(stated)}为负"));
                Stop(TargetStatus.Invalid);
            }
            else if (!Units.TryConvert(stated, figure.ValueUnit, indicator.Unit, out decimal value))
            {
                (list ??= []).Add(Make(FindingCode.OutOfRange, Severity.Error, figure,
                    $"stated value {Number(stated)} {figure.ValueUnit.Code()} is too large to express in {indicator.Unit.Code()}",
                    $"所述数值{Number(stated)}过大，无法换算"));
                Stop(TargetStatus.Invalid);
            }
            else
            {
                observation = ReadValue(figure, indicator, value, ref list, Stop);
            }
        }

        if (observation is null && stop is null && figure.Span is { } span && indicator.Unit is Unit.Days or Unit.WorkingDays)
        {
            if (asOf is LocalDate evaluated && span.End > evaluated)
            {
                // Like a deadline not yet due: the span's length is not known before it ends.
                string spanText = IsoDates.Format(span.Start) + ".." + IsoDates.Format(span.End);
                (list ??= []).Add(Make(FindingCode.NotYetDue, Severity.Info, figure,
                    $"its span {spanText} has not ended as of the evaluation date {IsoDates.Format(evaluated)}, so its length is not yet known",
                    $"其期间{spanText}截至评估日期{IsoDates.Format(evaluated)}尚未结束，长度未定"));
                Stop(TargetStatus.NotApplicable);
            }
            else
            {
                // The start day is not counted (time-limits.md §2): a span 03-01..03-31 lasts 30 days.
                WorkingDayCalendar days = calendar ?? WorkingDayCalendar.ChinaMainland;
                try
                {
                    DayKind kind = indicator.Unit == Unit.Days ? DayKind.Calendar : DayKind.Working;
                    observation = Observation.FromValue(days.CountDays(span.Start, span.End, kind), indicator.Unit);
                }
                catch (CalendarCoverageException ex)
                {
                    (list ??= []).Add(Make(FindingCode.OutsideCalendar, Severity.Warning, figure,
                        $"its span cannot be counted in working days: {ex.Message}",
                        $"无法按工作日计算其期间：日历{days.Name}不含{ex.Year}年"));
                    Stop(TargetStatus.Indeterminate);
                }
            }
        }

        if (observation is null && stop is null)
        {
            (list ??= []).Add(Make(FindingCode.MissingMeasurement, Severity.Warning, figure,
                $"the figure gives no value that indicator '{indicator.Id}' ({indicator.Unit.Code()}) can be judged on",
                $"该数据未给出可用于指标“{indicator.NameZh}”的数值"));
            Stop(TargetStatus.NoData);
        }

        return new FigureReading(figure, observation, stop, list ?? (IReadOnlyList<Finding>)[]);
    }

    /// <summary>A stated value in the indicator's unit: a point or, when stated as a bound, an interval.</summary>
    private static Observation ReadValue(ReportedFigure figure, Indicator indicator, decimal value, ref List<Finding>? list, Action<TargetStatus> stop)
    {
        if (indicator.IsShare && value > 100m && figure.StatedAs is StatedAs.Exact or StatedAs.AtLeast or StatedAs.MoreThan or StatedAs.Approximately)
        {
            (list ??= []).Add(Make(FindingCode.ShareAbove100, Severity.Error, figure,
                $"stated {Number(value)}% is above 100% for a share",
                $"所述{Number(value)}%超过100%"));
            stop(TargetStatus.Invalid);
        }
        if (IsCountUnit(indicator.Unit) && decimal.Truncate(value) != value)
        {
            (list ??= []).Add(Make(FindingCode.FractionalCount, Severity.Warning, figure,
                $"count {Number(value)} is not a whole number",
                $"计数{Number(value)}不是整数"));
        }
        if (figure.StatedAs is StatedAs.Exact or StatedAs.Approximately)
        {
            return Observation.FromValue(value, indicator.Unit);
        }
        Observation bound = BoundObservation(figure.StatedAs, value, indicator.Unit);
        (list ??= []).Add(Make(FindingCode.BoundOnly, Severity.Info, figure,
            $"the value is stated only as a bound: {bound}",
            $"数值仅以界限表述：{bound}"));
        return bound;
    }

    private static Observation BoundObservation(StatedAs statedAs, decimal value, Unit unit) => statedAs switch
    {
        StatedAs.MoreThan => Observation.FromInterval(new Bound(value, false), null, unit),
        StatedAs.AtLeast => Observation.FromInterval(new Bound(value, true), null, unit),
        StatedAs.AtMost => Observation.FromInterval(null, new Bound(value, true), unit),
        _ => Observation.FromInterval(null, new Bound(value, false), unit),
    };

    private static bool CountPeriodsDiffer(ReportedFigure figure, out string? periods)
    {
        DateInterval numerator = figure.NumeratorPeriod ?? figure.Period;
        DateInterval denominator = figure.DenominatorPeriod ?? figure.Period;
        periods = numerator.Equals(denominator) ? null : Periods.Format(numerator) + " vs " + Periods.Format(denominator);
        return periods is not null;
    }

    internal static bool IsCountUnit(Unit unit) => unit.GetDimension() is Dimension.Items or Dimension.Cases or Dimension.Persons or Dimension.Times;

    private static string Counts(long? numerator, long denominator) =>
        (numerator?.ToString(CultureInfo.InvariantCulture) ?? "?") + "/" + denominator.ToString(CultureInfo.InvariantCulture);

    internal static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The rate in percent to a few more decimals than stated; the 28-digit quotient when that does not fit.</summary>
    private static string PercentText(Rate rate, int decimals) =>
        Number(ExactArithmetic.TryRoundPercent(rate.Numerator, rate.Denominator, Math.Min(decimals, RoundingRule.MaxDecimals), RoundingMode.HalfEven, out decimal rounded)
            ? rounded
            : rate.ToPercent());

    internal static Finding Make(FindingCode code, Severity severity, ReportedFigure figure, string en, string zh) =>
        new(code, severity, $"{figure.Id}: {en}.", $"{figure.Id}：{zh}。", figure.Id);
}
