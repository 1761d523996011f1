using System.Globalization;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

using NodaTime;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Data-quality checks on a catalog, independent of any evaluation: impossible shares (a 218.36 % activation rate),
/// stated percentages that disagree with their counts, the same quantity stated twice with different values, rates
/// whose numerator and denominator cover different periods, reports published late or dated before their period
/// ends, and targets whose condition points the other way from their indicator's polarity.
/// </summary>
public static class DataQuality
{
    /// <summary>Runs every check on a catalog's figures, documents and targets.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The findings, figure by figure in catalog order, then conflicts, then documents, then targets (and
    /// their tiers) in catalog order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IReadOnlyList<Finding> Check(Catalog catalog)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        var findings = new List<Finding>();
        var readings = new Dictionary<string, FigureReading>(StringComparer.Ordinal);
        foreach (ReportedFigure figure in catalog.Figures.Where(f => f.Indicator.Unit != Unit.Date))
        {
            FigureReading reading = FigureReading.Read(figure);
            readings[figure.Id] = reading;
            findings.AddRange(reading.Findings.Where(f => f.Code is not (FindingCode.ZeroDenominator or FindingCode.MissingMeasurement or FindingCode.Sampled)));
        }
        findings.AddRange(Conflicts(catalog, readings));
        findings.AddRange(DerivedRatePeriods(catalog));
        findings.AddRange(Publication(catalog));
        findings.AddRange(PolarityConflicts(catalog));
        return findings;
    }

    /// <summary>
    /// A warning for each value target or tier whose condition contradicts its indicator's polarity. A higher-is-better
    /// indicator needs a lower bound (at least, more than, between, exactly), a lower-is-better one an upper bound, and a
    /// closer-is-better one both (between, exactly). Two-sided conditions fit every polarity: "exactly 100 %" of a share
    /// and a band of a concentration are ordinary targets.
    /// </summary>
    private static IEnumerable<Finding> PolarityConflicts(Catalog catalog)
    {
        foreach (ValueTarget target in catalog.AllTargets.OfType<ValueTarget>())
        {
            Indicator indicator = target.Indicator;
            if (!Fits(indicator.Polarity, target.Condition))
            {
                yield return PolarityConflict(target, target.Condition, tier: null);
            }
            foreach (Tier tier in target.Tiers.Where(t => !Fits(indicator.Polarity, t.Condition)))
            {
                yield return PolarityConflict(target, tier.Condition, tier.Level);
            }
        }
    }

    private static bool Fits(Polarity polarity, Condition condition) => polarity switch
    {
        Polarity.HigherIsBetter => condition.Lower.HasValue,
        Polarity.LowerIsBetter => condition.Upper.HasValue,
        _ => condition.Lower.HasValue && condition.Upper.HasValue,
    };

    private static Finding PolarityConflict(ValueTarget target, Condition condition, TierLevel? tier)
    {
        Indicator indicator = target.Indicator;
        (string en, string zh) = indicator.Polarity switch
        {
            Polarity.HigherIsBetter => ("higher-is-better (also the default when no polarity is declared), but the condition has only an upper bound",
                "越高越好（未声明方向时的默认值），但条件只有上限"),
            Polarity.LowerIsBetter => ("lower-is-better, but the condition has only a lower bound", "越低越好，但条件只有下限"),
            _ => ("closer-is-better, but the condition is one-sided (closer-is-better goes with between or exactly)", "越接近越好，但条件为单侧界限"),
        };
        string whatEn = tier is { } levelEn ? $"The {levelEn.ToString().ToLowerInvariant()} tier of target '{target.Id}'" : $"Target '{target.Id}'";
        string whatZh = tier is { } levelZh ? $"目标{target.Id}的{Explanations.TierZh(levelZh)}层级" : $"目标{target.Id}";
        return new Finding(FindingCode.PolarityConflict, Severity.Warning,
            $"{whatEn} requires {condition.Describe(indicator.Unit)}, while indicator '{indicator.Id}' is {en}: check the condition or declare the indicator's polarity.",
            $"{whatZh}要求{condition.DescribeZh(indicator.Unit)}，而指标“{indicator.NameZh}”{zh}，请核对条件或声明指标方向。",
            targetId: target.Id);
    }

    private static IEnumerable<Finding> Conflicts(Catalog catalog, Dictionary<string, FigureReading> readings)
    {
        var groups = catalog.Figures
            .Where(f => readings.ContainsKey(f.Id))
            .GroupBy(f => (f.Indicator.Id, f.Scope, f.Period));
        foreach (var group in groups)
        {
            var figures = group.ToList();
            for (int i = 0; i < figures.Count; i++)
            {
                for (int j = i + 1; j < figures.Count; j++)
                {
                    Observation? a = readings[figures[i].Id].Observation;
                    Observation? b = readings[figures[j].Id].Observation;
                    if (a is not null && b is not null && a.Disagrees(b))
                    {
                        yield return new Finding(FindingCode.ConflictingFigures, Severity.Warning,
                            $"{figures[i].Id} and {figures[j].Id} state the same quantity ({group.Key.Id}, {group.Key.Scope}, {Periods.Format(group.Key.Period)}) differently: {a} vs {b}.",
                            $"{figures[i].Id}与{figures[j].Id}对同一数据（{figures[i].Indicator.NameZh}，{group.Key.Scope}，{Periods.Format(group.Key.Period)}）表述不一：{a}与{b}。",
                            figures[j].Id);
                    }
                }
            }
        }
    }

    private static IEnumerable<Finding> DerivedRatePeriods(Catalog catalog)
    {
        foreach (Indicator rate in catalog.Indicators.Where(i => i.IsDerivedRate))
        {
            var numerators = catalog.Figures.Where(f => f.Indicator.Id == rate.NumeratorId && f.Value.HasValue).ToList();
            var denominators = catalog.Figures.Where(f => f.Indicator.Id == rate.DenominatorId && f.Value.HasValue).ToList();
            foreach (ReportedFigure numerator in numerators)
            {
                var sameScope = denominators.Where(d => d.Scope.Equals(numerator.Scope)).ToList();
                if (sameScope.Count == 0 || sameScope.Any(d => d.Period.Equals(numerator.Period)))
                {
                    continue;
                }
                foreach (ReportedFigure denominator in sameScope.Where(d => Overlaps(d.Period, numerator.Period)))
                {
                    string periods = Periods.Format(numerator.Period) + " vs " + Periods.Format(denominator.Period);
                    yield return new Finding(FindingCode.CountPeriodsDiffer, Severity.Warning,
                        $"{rate.Id} = {numerator.Id} / {denominator.Id}, but they cover different periods ({periods}).",
                        $"{rate.NameZh}的分子{numerator.Id}与分母{denominator.Id}统计期间不同（{periods}）。",
                        numerator.Id);
                }
            }
        }
    }

    private static IEnumerable<Finding> Publication(Catalog catalog)
    {
        foreach (SourceDocument document in catalog.Documents.Where(d => d.Kind == DocumentKind.Report && d.Issued.HasValue))
        {
            LocalDate issued = document.Issued!.Value;
            if (document.PublicationDeadline is { } deadline && issued > deadline)
            {
                int late = Period.DaysBetween(deadline, issued);
                yield return new Finding(FindingCode.PublishedAfterDeadline, Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{document.Citation} was published on {issued:uuuu-MM-dd}, {DeadlineJudgment.DayText(late)} after its deadline {deadline:uuuu-MM-dd}."),
                    string.Create(CultureInfo.InvariantCulture, $"{document.Citation}于{issued:uuuu-MM-dd}发布，晚于期限{deadline:uuuu-MM-dd}共{late}天。"));
            }
            LocalDate? covered = document.Effective?.End
                ?? catalog.Figures.Where(f => f.Provenance.Document.Id == document.Id).Select(f => (LocalDate?)f.Period.End).Max();
            if (covered is { } end && issued < end)
            {
                yield return new Finding(FindingCode.DatedBeforePeriodEnd, Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"{document.Citation} is dated {issued:uuuu-MM-dd}, before the period it reports on ends ({end:uuuu-MM-dd}): its figures cannot cover the whole period."),
                    string.Create(CultureInfo.InvariantCulture, $"{document.Citation}落款日期{issued:uuuu-MM-dd}早于所报告期间的结束日{end:uuuu-MM-dd}，其数据无法覆盖整个期间。"));
            }
        }
    }

    private static bool Overlaps(DateInterval a, DateInterval b) => a.Start <= b.End && b.Start <= a.End;
}
