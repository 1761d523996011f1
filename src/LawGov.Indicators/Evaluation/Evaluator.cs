using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// Judges targets against reported figures. Figures are matched to a target by indicator, scope and period: a
/// figure for exactly the target's period is judged; a figure for part of it makes the result indeterminate; a
/// figure for another period is reported, not used.
/// </summary>
public static class Evaluator
{
    /// <summary>From this many targets on, a catalog is evaluated on all cores.</summary>
    private const int ParallelThreshold = 4096;

    /// <summary>Evaluates every target of a catalog against its figures.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="options">Evaluation settings; null for <see cref="EvaluationOptions.Default"/>.</param>
    /// <returns>One result per top-level target, in catalog order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static CatalogEvaluation Evaluate(Catalog catalog, EvaluationOptions? options = null)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        var context = new Context(new FigureIndex(catalog.Figures), options ?? EvaluationOptions.Default);
        var results = new TargetResult[catalog.Targets.Count];
        if (results.Length >= ParallelThreshold)
        {
            // Targets are independent and the index is read-only: split them over the cores in contiguous ranges.
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, results.Length, Math.Max(ParallelThreshold / 4, results.Length / (4 * Environment.ProcessorCount))),
                range =>
                {
                    for (int i = range.Item1; i < range.Item2; i++)
                    {
                        results[i] = context.Evaluate(catalog.Targets[i]);
                    }
                });
        }
        else
        {
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = context.Evaluate(catalog.Targets[i]);
            }
        }
        return new CatalogEvaluation(catalog, results, context.Options);
    }

    /// <summary>Evaluates one target against a set of figures.</summary>
    /// <param name="target">The target.</param>
    /// <param name="figures">Reported figures (those of other indicators are ignored).</param>
    /// <param name="options">Evaluation settings; null for <see cref="EvaluationOptions.Default"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static TargetResult Evaluate(Target target, IEnumerable<ReportedFigure> figures, EvaluationOptions? options = null)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckNotNull(figures, nameof(figures));
        return new Context(new FigureIndex(figures), options ?? EvaluationOptions.Default).Evaluate(target);
    }

    /// <summary>
    /// Evaluates a value target directly against exact counts (the fast path for bulk evaluation). The counts are the
    /// value for whichever period the caller measured; even a target judged each year is judged once, against them.
    /// </summary>
    /// <param name="target">A target on a percent indicator.</param>
    /// <param name="actual">The counts; 0/0 is not applicable, n/0 invalid.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">The target's indicator is not a percent indicator.</exception>
    public static TargetResult Evaluate(ValueTarget target, Rate actual)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        Preconditions.CheckArgument(target.Indicator.Unit == Unit.Percent, nameof(target), "Counts are judged against percent targets.");
        if (!actual.IsDefined || (target.Indicator.IsShare && !actual.IsShare))
        {
            var figure = new ReportedFigure(target.Id + "#actual", target.Indicator, target.Scope, target.Period, target.Provenance, actual.Numerator, actual.Denominator);
            return Context.FromReading(target, FigureReading.Read(figure, target.ConfidenceLevel), []);
        }
        // The fast path for bulk judgment: the same status, tiers and findings as a figure of these counts.
        var observation = Observation.FromRate(actual);
        List<Finding>? findings = target.Qualifiers == Qualifiers.None ? null : Context.QualifierFindings(target);
        if (ValueJudgment.OutOfRange(target, observation, null) is { } outOfRange)
        {
            (findings ??= []).Add(outOfRange);
            if (outOfRange.Severity == Severity.Error)
            {
                return new TargetResult(target, TargetStatus.Invalid, observation, findings: findings);
            }
        }
        TargetStatus status = ValueJudgment.Status(target.Condition, target.Rounding, observation);
        return new TargetResult(target, status, observation, judged: true, findings: findings,
            tiers: Context.JudgeTiers(target, observation, status));
    }

    /// <summary>
    /// Evaluates a value target directly against a value in the indicator's unit, read as a figure stating it for the
    /// period the caller measured (judged once, even for a target judged each year).
    /// </summary>
    /// <param name="target">The target.</param>
    /// <param name="actual">The value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public static TargetResult Evaluate(ValueTarget target, decimal actual)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        var figure = new ReportedFigure(target.Id + "#actual", target.Indicator, target.Scope, target.Period, target.Provenance, value: actual);
        return Context.FromReading(target, FigureReading.Read(figure, target.ConfidenceLevel), []);
    }

    private sealed class Context
    {
        private readonly FigureIndex figures;

        internal Context(FigureIndex figures, EvaluationOptions options)
        {
            this.figures = figures;
            Options = options;
        }

        internal EvaluationOptions Options { get; }

        internal TargetResult Evaluate(Target target) => target switch
        {
            // Like an annual deadline, a value target judged each year has one component per year when it spans several.
            ValueTarget { JudgedPerYear: true } value => PerYear(value, Enumerable.Range(value.Period.Start.Year, value.Period.End.Year - value.Period.Start.Year + 1),
                figures.For(value.Indicator.Id, value.Scope), (year, candidates) => EvaluateValue(value, Periods.Year(year), candidates)),
            ValueTarget value => EvaluateValue(value, value.Period, figures.For(value.Indicator.Id, value.Scope)),
            DeadlineTarget deadline => EvaluateDeadline(deadline),
            CompoundTarget compound => EvaluateCompound(compound),
            _ => throw new ArgumentException($"Unknown target kind {target.GetType().Name}.", nameof(target)),
        };

        private TargetResult EvaluateCompound(CompoundTarget target)
        {
            TargetResult[] parts = target.Components.Select(Evaluate).ToArray();
            return new TargetResult(target, StatusRules.AllOf(parts.Select(p => p.Status)), components: parts,
                findings: QualifierFindings(target));
        }

        /// <summary>
        /// A target judged once per year (an annual deadline, a value target with <see cref="ValueTarget.EachYear"/>): one
        /// component result per year from the figures that lie within that year, combined by
        /// <see cref="StatusRules.AllOf"/>. A figure that lies in no single year (one for several years) is not used for
        /// any year, and the whole says so.
        /// </summary>
        private TargetResult PerYear(Target target, IEnumerable<int> years, IReadOnlyList<ReportedFigure> candidates, Func<int, List<ReportedFigure>, TargetResult> judgeYear)
        {
            int[] judged = years.ToArray();
            // Each figure goes to the years it belongs to (at most two: its completion date's and its period's), once,
            // so the work grows with years plus figures, not their product.
            var byYear = judged.ToDictionary(year => year, _ => new List<ReportedFigure>());
            var unused = new List<ReportedFigure>();
            foreach (ReportedFigure figure in candidates)
            {
                bool used = false;
                foreach (int year in YearsOf(figure))
                {
                    if (byYear.TryGetValue(year, out var inYear)) // the years are distinct
                    {
                        inYear.Add(figure);
                        used = true;
                    }
                }
                if (!used)
                {
                    unused.Add(figure);
                }
            }
            TargetResult[] parts = judged.Select(year => judgeYear(year, byYear[year])).ToArray();
            var findings = QualifierFindings(target);
            foreach (ReportedFigure figure in unused)
            {
                findings.Add(new Finding(FindingCode.PeriodMismatch, Severity.Info,
                    $"{figure.Id} covers {Periods.Format(figure.Period)}, not one year of a target judged each year; it is not used.",
                    $"{figure.Id}的期间为{Periods.Format(figure.Period)}，不是按年考核目标的某一年，未采用。",
                    figure.Id, target.Id));
            }
            return new TargetResult(target, StatusRules.AllOf(parts.Select(p => p.Status)), components: parts, findings: findings);
        }

        /// <summary>The years a figure belongs to: that of its completion date, and that of its period when it lies in one year.</summary>
        private static IEnumerable<int> YearsOf(ReportedFigure figure)
        {
            if (figure.Date is { } date)
            {
                yield return date.Year;
            }
            if (figure.Period.Start.Year == figure.Period.End.Year && figure.Period.Start.Year != figure.Date?.Year)
            {
                yield return figure.Period.Start.Year;
            }
        }

        /// <summary>Judges a value target for <paramref name="period"/> (its own, or one year of it) from the candidate figures.</summary>
        private TargetResult EvaluateValue(ValueTarget target, DateInterval period, IReadOnlyList<ReportedFigure> candidates)
        {
            List<ReportedFigure>? exact = null;
            List<ReportedFigure>? partial = null;
            foreach (ReportedFigure figure in candidates)
            {
                if (figure.Period.Equals(period))
                {
                    (exact ??= new List<ReportedFigure>(1)).Add(figure);
                }
                else if (IsStrictlyWithin(figure.Period, period))
                {
                    (partial ??= new List<ReportedFigure>(1)).Add(figure);
                }
            }
            if (exact is not null)
            {
                return Judge(target, period, exact, partial: false);
            }
            if (target.Indicator.IsDerivedRate && DeriveFromCounts(target, period) is { } derived)
            {
                if (derived.Problems is { } problems)
                {
                    var findings = QualifierFindings(target);
                    findings.AddRange(problems);
                    return new TargetResult(target, TargetStatus.Invalid, findings: AddFigureQualifiers(findings, target, derived.Evidence), evidence: derived.Evidence, period: period);
                }
                return Judge(target, period, derived.Figures, partial: !derived.Figures[0].Period.Equals(period), derived.Evidence);
            }
            if (partial is not null)
            {
                return Judge(target, period, partial, partial: true);
            }
            return Missing(target, period, candidates);
        }

        private TargetResult Judge(ValueTarget target, DateInterval period, List<ReportedFigure> used, bool partial, IReadOnlyList<ReportedFigure>? evidence = null)
        {
            var readings = new FigureReading[used.Count];
            var statuses = new TargetStatus[used.Count];
            var findings = QualifierFindings(target);
            bool firstJudged = false;
            for (int i = 0; i < readings.Length; i++)
            {
                readings[i] = FigureReading.Read(used[i], target.ConfidenceLevel, Options.Calendar, Options.AsOf);
                findings.AddRange(readings[i].Findings);
                TargetStatus? stop = readings[i].Stop ?? OutOfRangeStop(target, readings[i], findings);
                statuses[i] = stop ?? ValueJudgment.Status(target.Condition, target.Rounding, readings[i].Observation!);
                firstJudged |= i == 0 && stop is null;
            }
            if (readings.Length > 1 && ConflictFinding(readings) is { } conflict)
            {
                findings.Add(conflict);
            }
            TargetStatus status = StatusRules.Agreeing(statuses);
            if (partial && status is TargetStatus.Met or TargetStatus.NotMet)
            {
                findings.Add(new Finding(FindingCode.PartialPeriod, Severity.Warning,
                    $"The figure covers {Periods.Format(used[0].Period)}, only part of the target period {Periods.Format(period)}.",
                    $"数据期间{Periods.Format(used[0].Period)}仅为目标期间{Periods.Format(period)}的一部分。",
                    used[0].Id, target.Id));
                status = TargetStatus.Indeterminate;
            }
            Observation? actual = readings[0].Observation;
            evidence ??= used;
            return new TargetResult(target, status, actual, judged: firstJudged, findings: AddFigureQualifiers(findings, target, evidence),
                evidence: evidence, tiers: actual is null ? [] : JudgeTiers(target, actual, status), period: period);
        }

        internal static TargetResult FromReading(ValueTarget target, FigureReading reading, IReadOnlyList<ReportedFigure> evidence)
        {
            var findings = QualifierFindings(target);
            findings.AddRange(reading.Findings);
            if ((reading.Stop ?? OutOfRangeStop(target, reading, findings)) is { } stop)
            {
                return new TargetResult(target, stop, reading.Observation, findings: findings, evidence: evidence);
            }
            TargetStatus status = ValueJudgment.Status(target.Condition, target.Rounding, reading.Observation!);
            return new TargetResult(target, status, reading.Observation, judged: true, findings: findings, evidence: evidence,
                tiers: JudgeTiers(target, reading.Observation!, status));
        }

        /// <summary>
        /// Adds the out-of-range finding when the reading's rounded value cannot be formed; Invalid when the target
        /// compares that rounded value (a full-value comparison is still decided exactly).
        /// </summary>
        private static TargetStatus? OutOfRangeStop(ValueTarget target, FigureReading reading, List<Finding> findings)
        {
            if (ValueJudgment.OutOfRange(target, reading.Observation!, reading.Figure.Id) is not { } finding)
            {
                return null;
            }
            findings.Add(finding);
            return finding.Severity == Severity.Error ? TargetStatus.Invalid : null;
        }

        internal static IReadOnlyList<TierResult> JudgeTiers(ValueTarget target, Observation actual, TargetStatus status)
        {
            if (target.Tiers.Count == 0)
            {
                return [];
            }
            bool judged = status is TargetStatus.Met or TargetStatus.NotMet;
            return target.Tiers.Select(tier => judged
                ? new TierResult(tier, ValueJudgment.Status(tier.Condition, target.Rounding, actual), target.Rounding, actual)
                : new TierResult(tier, status, target.Rounding, null)).ToArray();
        }

        /// <summary>
        /// For a rate derived from two count indicators: the figures built from the numerator's and denominator's count
        /// figures of the same scope, each for the judged period if there is one, otherwise for the longest part of it.
        /// When the best-ranked figures of one side state different counts, there is one figure per combination of the
        /// counts, judged together like several statements of the rate (they agree, or the result is indeterminate with
        /// a conflicting-figures finding), and in the order of the counts, so the result does not depend on the order of
        /// the figures.
        /// </summary>
        private (List<ReportedFigure> Figures, ReportedFigure[] Evidence, List<Finding>? Problems)? DeriveFromCounts(ValueTarget target, DateInterval judged)
        {
            ReportedFigure[] numerators = BestCountFigures(target.Indicator.NumeratorId!, target.Scope, judged);
            ReportedFigure[] denominators = BestCountFigures(target.Indicator.DenominatorId!, target.Scope, judged);
            if (numerators.Length == 0 || denominators.Length == 0)
            {
                return null;
            }
            // Counts are whole numbers within 64 bits; anything else is reported, never truncated.
            List<Finding>? problems = null;
            var numeratorCounts = DistinctCounts(numerators, ref problems);
            var denominatorCounts = DistinctCounts(denominators, ref problems);
            DateInterval period = numerators[0].Period.Equals(denominators[0].Period) ? numerators[0].Period : judged;
            var derived = new List<ReportedFigure>(numeratorCounts.Count * denominatorCounts.Count);
            foreach (var (numerator, numeratorCount) in numeratorCounts)
            {
                foreach (var (denominator, denominatorCount) in denominatorCounts)
                {
                    derived.Add(new ReportedFigure(
                        numerator.Id + "/" + denominator.Id,
                        target.Indicator,
                        target.Scope,
                        period,
                        numerator.Provenance,
                        numeratorCount,
                        denominatorCount,
                        numeratorPeriod: numerator.Period,
                        denominatorPeriod: denominator.Period));
                }
            }
            return (derived, [.. numerators, .. denominators], problems);
        }

        /// <summary>One figure per distinct count, in ascending order of the count (the figure with the first id stands for equal counts).</summary>
        private static List<(ReportedFigure Figure, long Count)> DistinctCounts(ReportedFigure[] figures, ref List<Finding>? problems)
        {
            var counts = new List<(ReportedFigure Figure, long Count)>(1);
            foreach (ReportedFigure figure in figures)
            {
                // figures are ordered by value, then id: a figure whose value equals the previous one adds no count.
                if (counts.Count > 0 && counts[^1].Figure.Value == figure.Value)
                {
                    continue;
                }
                counts.Add((figure, WholeCount(figure, figure.Value!.Value, ref problems)));
            }
            return counts;
        }

        private static long WholeCount(ReportedFigure figure, decimal value, ref List<Finding>? problems)
        {
            if (decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue)
            {
                return (long)value;
            }
            (problems ??= []).Add(FigureReading.Make(FindingCode.FractionalCount, Severity.Error, figure,
                $"count {FigureReading.Number(value)} is not a whole number of at most 19 digits, so it cannot be counted in a rate",
                $"计数{FigureReading.Number(value)}不是可用于比率的整数"));
            return 0;
        }

        /// <summary>
        /// The best-ranked exact count figures of an indicator: those for the judged period, else those for the longest
        /// part of it (the earliest of equally long parts); ordered by value, then id.
        /// </summary>
        private ReportedFigure[] BestCountFigures(string indicatorId, Scope scope, DateInterval period)
        {
            var eligible = figures.For(indicatorId, scope)
                .Where(f => f.Value.HasValue && f.StatedAs == StatedAs.Exact && (f.Period.Equals(period) || IsStrictlyWithin(f.Period, period)))
                .ToList();
            if (eligible.Count == 0)
            {
                return [];
            }
            DateInterval best = eligible.Select(f => f.Period)
                .OrderByDescending(p => p.Equals(period))
                .ThenByDescending(p => p.Length)
                .ThenBy(p => p.Start)
                .First();
            return eligible.Where(f => f.Period.Equals(best))
                .OrderBy(f => f.Value!.Value)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToArray();
        }

        private TargetResult EvaluateDeadline(DeadlineTarget target)
        {
            IReadOnlyList<LocalDate> dues = target.Deadline.DueDatesFor(target.Period);
            var candidates = figures.For(target.Indicator.Id, target.Scope).ToList();
            if (dues.Count == 0)
            {
                var findings = QualifierFindings(target);
                findings.Add(new Finding(FindingCode.PeriodMismatch, Severity.Info,
                    $"No {target.Deadline} date falls in the period {Periods.Format(target.Period)}.",
                    $"目标期间{Periods.Format(target.Period)}内没有{target.Deadline.ToStringZh()}的期限。",
                    targetId: target.Id));
                return new TargetResult(target, TargetStatus.NotApplicable, findings: findings);
            }
            if (dues.Count == 1)
            {
                return JudgeDue(target, dues[0], candidates);
            }
            var dueByYear = dues.ToDictionary(due => due.Year);
            return PerYear(target, dues.Select(due => due.Year), candidates, (year, inYear) => JudgeDue(target, dueByYear[year], inYear, Periods.Year(year)));
        }

        /// <summary>Judges one due date; <paramref name="period"/> is the year judged for an annual deadline.</summary>
        private TargetResult JudgeDue(DeadlineTarget target, LocalDate due, List<ReportedFigure> candidates, DateInterval? period = null)
        {
            var findings = QualifierFindings(target);
            var completed = candidates.Where(f => f.Date.HasValue).OrderBy(f => f.Date!.Value).ToList();
            if (completed.Count > 0)
            {
                if (completed.Select(f => f.Date).Distinct().Count() > 1)
                {
                    findings.Add(new Finding(FindingCode.ConflictingFigures, Severity.Warning,
                        $"Completion is reported on different dates: {string.Join(", ", completed.Select(f => f.Id + " " + LocalDatePattern.Iso.Format(f.Date!.Value)))}; the earliest is used.",
                        $"完成日期表述不一：{string.Join("，", completed.Select(f => f.Id + " " + LocalDatePattern.Iso.Format(f.Date!.Value)))}；取最早日期。",
                        targetId: target.Id));
                }
                // A reported completion date is a fact: it is judged by its date even when after the as-of date, which
                // decides only targets with no completion (DeadlineJudgment's literal rule, where no as-of date is needed).
                LocalDate done = completed[0].Date!.Value;
                DeadlineJudgment judged = DeadlineJudgment.Judge(due, done, asOf: null, AsOfMode.Literal);
                return new TargetResult(target, judged.IsMet ? TargetStatus.Met : TargetStatus.NotMet, Observation.FromDate(done),
                    margin: -judged.Days, findings: AddFigureQualifiers(findings, target, completed), evidence: completed, due: due, period: period);
            }
            ReportedFigure? open = candidates.Where(f => f.Completed == false).OrderByDescending(f => f.AsOf).FirstOrDefault();
            if (open?.AsOf is { } reportedOpen && DeadlineJudgment.Judge(due, null, reportedOpen) is { Status: DeadlineStatus.Overdue } overdue)
            {
                // Reported as not done on a date after the due date: overdue by that much at least.
                return new TargetResult(target, TargetStatus.NotMet, Observation.FromDate(reportedOpen),
                    margin: -overdue.Days, findings: AddFigureQualifiers(findings, target, [open]), evidence: [open], due: due, period: period);
            }
            return FromOpenJudgment(target, DeadlineJudgment.Judge(due, null, Options.AsOf), due, period, findings, open is null ? [] : [open]);
        }

        /// <summary>
        /// Nothing completed as of the evaluation date: not yet due is not applicable; past due without a reported
        /// state, or with no evaluation date, is no data — silence is not evidence of failure.
        /// </summary>
        private TargetResult FromOpenJudgment(DeadlineTarget target, DeadlineJudgment judgment, LocalDate due, DateInterval? period, List<Finding> findings, IReadOnlyList<ReportedFigure> evidence)
        {
            AddFigureQualifiers(findings, target, evidence);
            if (judgment.Status == DeadlineStatus.NotYetDue)
            {
                findings.Add(NotYetDue(target, due));
                return new TargetResult(target, TargetStatus.NotApplicable, findings: findings, evidence: evidence, due: due, period: period);
            }
            return new TargetResult(target, TargetStatus.NoData, findings: findings, evidence: evidence, due: due, period: period);
        }

        private TargetResult Missing(ValueTarget target, DateInterval period, IReadOnlyList<ReportedFigure> otherPeriods)
        {
            var findings = QualifierFindings(target);
            foreach (ReportedFigure figure in otherPeriods)
            {
                findings.Add(new Finding(FindingCode.PeriodMismatch, Severity.Info,
                    $"{figure.Id} covers {Periods.Format(figure.Period)}, not the target period {Periods.Format(period)}; it is not used.",
                    $"{figure.Id}的期间为{Periods.Format(figure.Period)}，与目标期间{Periods.Format(period)}不符，未采用。",
                    figure.Id, target.Id));
            }
            if (Options.IsAfterAsOf(period.End))
            {
                findings.Add(NotYetDue(target, period.End));
                return new TargetResult(target, TargetStatus.NotApplicable, findings: findings, period: period);
            }
            return new TargetResult(target, TargetStatus.NoData, findings: findings, period: period);
        }

        private Finding NotYetDue(Target target, LocalDate due) => new(
            FindingCode.NotYetDue,
            Severity.Info,
            $"Not yet due: due {LocalDatePattern.Iso.Format(due)}, evaluated as of {LocalDatePattern.Iso.Format(Options.AsOf!.Value)}.",
            $"尚未到期：期限{LocalDatePattern.Iso.Format(due)}，评估日期{LocalDatePattern.Iso.Format(Options.AsOf!.Value)}。",
            targetId: target.Id);

        private static Finding? ConflictFinding(FigureReading[] readings)
        {
            var observed = readings.Where(r => r.Observation is not null).ToList();
            bool disagree = observed.Any(a => observed.Any(b => a.Observation!.Disagrees(b.Observation!)));
            if (!disagree)
            {
                return null;
            }
            string list = string.Join(", ", readings.Select(r => r.Figure.Id + " = " + (r.Observation?.ToString() ?? "?")));
            return new Finding(FindingCode.ConflictingFigures, Severity.Warning,
                $"The same quantity is stated with different values: {list}.",
                $"同一数据表述不一：{list}。",
                readings[1].Figure.Id);
        }

        /// <summary>
        /// Adds an info finding for each figure of the evidence that the document softens (基本, 一般) or gives no number
        /// for (实现…全覆盖 read as 100 %). They qualify the result without changing it: a soft figure on the bound is met.
        /// </summary>
        private static List<Finding> AddFigureQualifiers(List<Finding> findings, Target target, IEnumerable<ReportedFigure> evidence)
        {
            foreach (ReportedFigure figure in evidence)
            {
                if (figure.Qualifiers.HasFlag(Qualifiers.Soft))
                {
                    findings.Add(new Finding(FindingCode.SoftFigure, Severity.Info,
                        $"{figure.Id}: the figure is softened (基本/一般): the document does not state it firmly.",
                        $"{figure.Id}：数据为弹性表述（基本/一般）。", figure.Id, target.Id));
                }
                if (figure.Qualifiers.HasFlag(Qualifiers.Implied))
                {
                    findings.Add(new Finding(FindingCode.ImpliedFigure, Severity.Info,
                        $"{figure.Id}: the figure's number is implied by its wording, not stated.",
                        $"{figure.Id}：数据数值由表述推定，原文未直接给出。", figure.Id, target.Id));
                }
            }
            return findings;
        }

        internal static List<Finding> QualifierFindings(Target target)
        {
            var findings = new List<Finding>();
            if (target.Qualifiers.HasFlag(Qualifiers.Soft))
            {
                findings.Add(new Finding(FindingCode.SoftTarget, Severity.Info,
                    "The target is softened (力争/一般/原则上): the document allows exceptions.",
                    "目标为弹性表述（力争/一般/原则上）。", targetId: target.Id));
            }
            if (target.Qualifiers.HasFlag(Qualifiers.Implied))
            {
                findings.Add(new Finding(FindingCode.ImpliedTarget, Severity.Info,
                    "The target's number is implied by its wording, not stated.",
                    "目标数值由表述推定，原文未直接给出。", targetId: target.Id));
            }
            return findings;
        }

        private static bool IsStrictlyWithin(DateInterval inner, DateInterval outer) =>
            !inner.Equals(outer) && inner.Start >= outer.Start && inner.End <= outer.End;
    }
}
