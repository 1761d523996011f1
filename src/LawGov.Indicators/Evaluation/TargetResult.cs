using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Evaluation;

/// <summary>
/// The judgment of one target: status, the actual value, the threshold, the signed margin, the rounding
/// applied, the findings, the figures used, and a one-line explanation in English and Chinese. Usable in code,
/// as JSON (see <c>ResultJson</c>) and as a test assertion (see <see cref="TargetAssert"/>).
/// </summary>
public sealed class TargetResult
{
    private readonly bool judged;
    private readonly decimal? margin;
    private string? explanationEn;
    private string? explanationZh;
    private Finding? reason;
    private bool reasonFound;

    internal TargetResult(
        Target target,
        TargetStatus status,
        Observation? actual = null,
        bool judged = false,
        decimal? margin = null,
        IReadOnlyList<Finding>? findings = null,
        IReadOnlyList<ReportedFigure>? evidence = null,
        IReadOnlyList<TargetResult>? components = null,
        IReadOnlyList<TierResult>? tiers = null,
        LocalDate? due = null,
        DateInterval? period = null)
    {
        Target = target;
        Status = status;
        Actual = actual;
        this.judged = judged && actual is not null && target is ValueTarget;
        this.margin = margin;
        Findings = findings ?? [];
        Evidence = evidence ?? [];
        Components = components ?? [];
        Tiers = tiers ?? [];
        Due = due;
        Period = period ?? target.Period;
    }

    /// <summary>The target judged.</summary>
    public Target Target { get; }

    /// <summary>The outcome.</summary>
    public TargetStatus Status { get; }

    /// <summary>True when <see cref="Status"/> is <see cref="TargetStatus.Met"/>.</summary>
    public bool IsMet => Status == TargetStatus.Met;

    /// <summary>The actual value judged, or null when there was none.</summary>
    public Observation? Actual { get; }

    /// <summary>For value targets: the condition the actual value was judged against.</summary>
    public Condition? Condition => (Target as ValueTarget)?.Condition;

    /// <summary>
    /// The period judged: the target's, or for a component of a target judged each year (an annual deadline, a value
    /// target with <see cref="ValueTarget.EachYear"/>) that year.
    /// </summary>
    public DateInterval Period { get; }

    /// <summary>For deadline targets: the due date judged (for an annual deadline, see the components).</summary>
    public LocalDate? Due { get; }

    /// <summary>
    /// Signed margin: positive on the satisfying side, negative on the failing side. In the indicator's unit
    /// (percentage points for rates) for value targets, rounded half-even to four decimals beyond the target's
    /// reported precision; in days (early positive, late negative) for deadline targets.
    /// </summary>
    public decimal? Margin => judged ? ValueJudgment.Margin(((ValueTarget)Target).Condition, ((ValueTarget)Target).Rounding, Actual!) : margin;

    /// <summary>The unit of <see cref="Margin"/>: the indicator's unit (<see cref="Unit.Percent"/> means
    /// percentage points), or <see cref="Unit.Days"/> for deadlines.</summary>
    public Unit? MarginUnit => Target switch
    {
        ValueTarget value when Margin.HasValue => value.Indicator.Unit,
        DeadlineTarget when Margin.HasValue => Unit.Days,
        _ => null,
    };

    /// <summary>
    /// For rates judged by full value: the margin in numerator counts (how many could be lost, or how many more
    /// are needed). 220 of 366 good days against ≥ 62 % gives −7.
    /// </summary>
    public long? CountMargin => judged ? ValueJudgment.CountMargin(((ValueTarget)Target).Condition, ((ValueTarget)Target).Rounding, Actual!) : null;

    /// <summary>For value targets: the actual value rounded by the target's declared rule.</summary>
    public decimal? RoundedActual => judged ? ValueJudgment.Rounded(((ValueTarget)Target).Rounding, Actual!) : null;

    /// <summary>For value targets: the declared rounding applied.</summary>
    public RoundingRule? Rounding => (Target as ValueTarget)?.Rounding;

    /// <summary>What the evaluation noticed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The finding that explains the status, or null: the most severe finding (the first of equal severity) other than
    /// the notes on soft or implied targets and figures — for a result met or not met only when that finding is at
    /// least a warning (an out-of-range rounded value), and for a result with components (whose status they decide)
    /// only when that finding is at least a warning or the result has no data; null when nothing needs explaining or
    /// no finding explains it (no figure reported). The explanations end with its message.
    /// </summary>
    public Finding? Reason
    {
        get
        {
            if (!reasonFound)
            {
                reason = Explanations.ReasonOf(this);
                reasonFound = true;
            }
            return reason;
        }
    }

    /// <summary>The reported figures the judgment used.</summary>
    public IReadOnlyList<ReportedFigure> Evidence { get; }

    /// <summary>For compound targets: the results of the parts; for targets judged each year: one result per year.</summary>
    public IReadOnlyList<TargetResult> Components { get; }

    /// <summary>For value targets with tiers: the result at each tier.</summary>
    public IReadOnlyList<TierResult> Tiers { get; }

    /// <summary>One line in English, e.g. <c>Met: … is 99.93% (1340/1341), target ≥ 99.9%; margin +0.025429 pp.</c></summary>
    public string ExplanationEn => explanationEn ??= Explanations.English(this);

    /// <summary>One line in Chinese, e.g. <c>达标：…为99.93% (1340/1341)，目标不低于99.9%；余量+0.025429个百分点。</c></summary>
    public string ExplanationZh => explanationZh ??= Explanations.Chinese(this);

    /// <summary>The English explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ExplanationEn;
}
