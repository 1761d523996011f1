using System.Globalization;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime.Text;

namespace LawGov.Indicators.Evaluation;

/// <summary>The one-line explanations of a result, in English and Chinese.</summary>
internal static class Explanations
{
    internal static string StatusEn(TargetStatus status) => status switch
    {
        TargetStatus.Met => "Met",
        TargetStatus.NotMet => "Not met",
        TargetStatus.NotApplicable => "Not applicable",
        TargetStatus.NoData => "No data",
        TargetStatus.Indeterminate => "Indeterminate",
        _ => "Invalid",
    };

    internal static string StatusZh(TargetStatus status) => status switch
    {
        TargetStatus.Met => "达标",
        TargetStatus.NotMet => "未达标",
        TargetStatus.NotApplicable => "不适用",
        TargetStatus.NoData => "无数据",
        TargetStatus.Indeterminate => "无法判定",
        _ => "数据无效",
    };

    /// <summary>A tier level in Chinese: 法定标准, 上级目标, 本级计划, 力争目标.</summary>
    internal static string TierZh(TierLevel level) => level switch
    {
        TierLevel.Statutory => "法定标准",
        TierLevel.National => "上级目标",
        TierLevel.Plan => "本级计划",
        _ => "力争目标",
    };

    internal static string English(TargetResult result)
    {
        Target target = result.Target;
        string body = target switch
        {
            CompoundTarget => CompoundEn(result),
            _ when result.Components.Count > 0 => EachYearEn(result),
            DeadlineTarget deadline => DeadlineEn(result, deadline),
            ValueTarget value => ValueEn(result, value),
            _ => target.NameEn,
        };
        string reason = Reason(result, zh: false);
        return $"{StatusEn(result.Status)}: {body}{reason} [{target.Id}; {target.Scope} {Periods.Format(result.Period)}; {target.Provenance.Citation}]";
    }

    internal static string Chinese(TargetResult result)
    {
        Target target = result.Target;
        string body = target switch
        {
            CompoundTarget => CompoundZh(result),
            _ when result.Components.Count > 0 => EachYearZh(result),
            DeadlineTarget deadline => DeadlineZh(result, deadline),
            ValueTarget value => ValueZh(result, value),
            _ => target.NameZh,
        };
        string reason = Reason(result, zh: true);
        return $"{StatusZh(result.Status)}：{body}{reason}［{target.Id}；{target.Scope} {Periods.Format(result.Period)}；{target.Provenance.Citation}］";
    }

    private static string ValueEn(TargetResult result, ValueTarget target)
    {
        Unit unit = target.Indicator.Unit;
        string condition = target.Condition.Describe(unit);
        if (result.Actual is null)
        {
            return $"{target.NameEn}, target {condition}";
        }
        string text = $"{target.NameEn} is {result.Actual}, target {condition}";
        if (result.Margin is { } margin && result.Status is TargetStatus.Met or TargetStatus.NotMet)
        {
            text += "; margin " + Signed(margin) + MarginUnitEn(unit);
            if (result.CountMargin is { } counts && result.Status == TargetStatus.NotMet && counts < 0)
            {
                text += string.Create(CultureInfo.InvariantCulture, $" ({-counts} more needed in the numerator)");
            }
        }
        if (target.Rounding.Comparison == ComparisonMethod.RoundedValue && result.RoundedActual is { } rounded)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; compared rounded to {rounded}{Suffix(unit)} ({target.Rounding})");
        }
        return text;
    }

    private static string ValueZh(TargetResult result, ValueTarget target)
    {
        Unit unit = target.Indicator.Unit;
        string condition = target.Condition.DescribeZh(unit);
        if (result.Actual is null)
        {
            return $"{target.NameZh}，目标{condition}";
        }
        string text = $"{target.NameZh}为{result.Actual.ToStringZh()}，目标{condition}";
        if (result.Margin is { } margin && result.Status is TargetStatus.Met or TargetStatus.NotMet)
        {
            text += "；余量" + Signed(margin) + MarginUnitZh(unit);
            if (result.CountMargin is { } counts && result.Status == TargetStatus.NotMet && counts < 0)
            {
                text += string.Create(CultureInfo.InvariantCulture, $"（分子尚差{-counts}）");
            }
        }
        if (target.Rounding.Comparison == ComparisonMethod.RoundedValue && result.RoundedActual is { } rounded)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"；按修约值{rounded}{Suffix(unit)}比较");
        }
        return text;
    }

    private static string DeadlineEn(TargetResult result, DeadlineTarget target)
    {
        string due = result.Due is { } dueDate ? LocalDatePattern.Iso.Format(dueDate) : target.Deadline.ToString();
        return result switch
        {
            { Status: TargetStatus.Met, Margin: { } m } => $"{target.NameEn} done on {result.Actual}, due {due} ({DeadlineJudgment.DayText(m)} early)",
            { Status: TargetStatus.NotMet, Margin: { } m } when result.Evidence.Any(f => f.Date.HasValue) => $"{target.NameEn} done on {result.Actual}, due {due} ({DeadlineJudgment.DayText(-m)} late)",
            { Status: TargetStatus.NotMet, Margin: { } m } => $"{target.NameEn} not done as of {result.Actual}, due {due} ({DeadlineJudgment.DayText(-m)} overdue)",
            _ => $"{target.NameEn}, due {due}",
        };
    }

    private static string DeadlineZh(TargetResult result, DeadlineTarget target)
    {
        string due = result.Due is { } dueDate ? LocalDatePattern.Iso.Format(dueDate) : target.Deadline.ToStringZh();
        return result switch
        {
            { Status: TargetStatus.Met, Margin: { } m } => $"{target.NameZh}于{result.Actual}完成，期限{due}（提前{m.ToString(CultureInfo.InvariantCulture)}天）",
            { Status: TargetStatus.NotMet, Margin: { } m } when result.Evidence.Any(f => f.Date.HasValue) => $"{target.NameZh}于{result.Actual}完成，期限{due}（逾期{(-m).ToString(CultureInfo.InvariantCulture)}天）",
            { Status: TargetStatus.NotMet, Margin: { } m } => $"{target.NameZh}截至{result.Actual}未完成，期限{due}（已逾期{(-m).ToString(CultureInfo.InvariantCulture)}天）",
            _ => $"{target.NameZh}，期限{due}",
        };
    }

    /// <summary>A target judged each year: its rule and each year's status (<c>2017 met, 2018 no data</c>).</summary>
    private static string EachYearEn(TargetResult result)
    {
        string rule = result.Target switch
        {
            DeadlineTarget deadline => deadline.Deadline.ToString(),
            ValueTarget value => value.Condition.Describe(value.Indicator.Unit) + " each year",
            _ => string.Empty,
        };
        return $"{result.Target.NameEn}, {rule}: " + string.Join(", ", result.Components.Select(c =>
            $"{c.Period.Start.Year.ToString(CultureInfo.InvariantCulture)} {StatusEn(c.Status).ToLowerInvariant()}"));
    }

    private static string EachYearZh(TargetResult result)
    {
        string rule = result.Target switch
        {
            DeadlineTarget deadline => deadline.Deadline.ToStringZh(),
            ValueTarget value => "每年" + value.Condition.DescribeZh(value.Indicator.Unit),
            _ => string.Empty,
        };
        return $"{result.Target.NameZh}，{rule}：" + string.Join("，", result.Components.Select(c =>
            $"{c.Period.Start.Year.ToString(CultureInfo.InvariantCulture)}年{StatusZh(c.Status)}"));
    }

    private static string CompoundEn(TargetResult result)
    {
        var failing = result.Components.Where(c => c.Status != TargetStatus.Met && c.Status != TargetStatus.NotApplicable).ToList();
        string parts = string.Join("; ", result.Components.Select(c => $"{c.Target.NameEn} {StatusEn(c.Status).ToLowerInvariant()}{(c.Actual is null ? string.Empty : " (" + c.Actual + ")")}"));
        return failing.Count == 0
            ? $"all {result.Components.Count} components hold: {parts}"
            : $"{failing.Count} of {result.Components.Count} components do not hold ({string.Join(", ", failing.Select(f => f.Target.Id))}): {parts}";
    }

    private static string CompoundZh(TargetResult result)
    {
        var failing = result.Components.Where(c => c.Status != TargetStatus.Met && c.Status != TargetStatus.NotApplicable).ToList();
        string parts = string.Join("；", result.Components.Select(c => $"{c.Target.NameZh}{StatusZh(c.Status)}{(c.Actual is null ? string.Empty : "（" + c.Actual + "）")}"));
        return failing.Count == 0
            ? $"{result.Components.Count}项均达到：{parts}"
            : $"{result.Components.Count}项中{failing.Count}项未达到（{string.Join("、", failing.Select(f => f.Target.Id))}）：{parts}";
    }

    /// <summary>The rule of <see cref="TargetResult.Reason"/>.</summary>
    internal static Finding? ReasonOf(TargetResult result)
    {
        if (result.Status is TargetStatus.Met or TargetStatus.NotMet && result.Findings.All(f => f.Severity < Severity.Warning))
        {
            return null;
        }
        // A result made of components (a compound, a target judged each year) takes its status from them: a note of its
        // own explains it only when there is nothing else to say (no data: a figure for several years not used).
        bool notesExplain = result.Components.Count == 0 || result.Status == TargetStatus.NoData;
        return result.Findings.OrderByDescending(f => f.Severity)
            .FirstOrDefault(f => !IsQualifierNote(f.Code) && (notesExplain || f.Severity >= Severity.Warning));
    }

    /// <summary>True for the notes that a target or figure is soft or implied: they qualify a result, never explain it.</summary>
    internal static bool IsQualifierNote(FindingCode code) =>
        code is FindingCode.SoftTarget or FindingCode.ImpliedTarget or FindingCode.SoftFigure or FindingCode.ImpliedFigure;

    /// <summary>The end of an explanation: the reason's message, or for a value or deadline target without data that no figure was reported.</summary>
    private static string Reason(TargetResult result, bool zh)
    {
        if (result.Reason is { } reason)
        {
            return zh ? "：" + reason.MessageZh : ": " + reason.MessageEn;
        }
        if (result.Status == TargetStatus.NoData && result.Target is not CompoundTarget)
        {
            return zh ? "：未报送该期间数据。" : ": no figure reported for the period.";
        }
        return zh ? "。" : ".";
    }

    private static string Signed(decimal value) =>
        (value > 0 ? "+" : string.Empty) + value.ToString(CultureInfo.InvariantCulture);

    private static string MarginUnitEn(Unit unit) => unit == Unit.Percent ? " pp" : " " + unit.Symbol();

    private static string MarginUnitZh(Unit unit) => unit == Unit.Percent ? "个百分点" : unit.NameZh();

    private static string Suffix(Unit unit) => unit == Unit.Percent ? "%" : " " + unit.Symbol();
}
