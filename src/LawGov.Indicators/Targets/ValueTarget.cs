using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A target on the value of an indicator: a rate (出庭应诉率 = 100 %), a concentration (PM2.5 ≤ 52 µg/m³), a count,
/// a frequency, or a duration (public comment ≥ 30 days). Declares its rounding so that borderline values have
/// one reproducible answer, and may carry further <see cref="Tiers"/>.
/// </summary>
public sealed class ValueTarget : Target
{
    /// <summary>Initializes a value target.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="indicator">What is measured.</param>
    /// <param name="condition">What the value must satisfy, in the indicator's unit.</param>
    /// <param name="period">The period the target applies to.</param>
    /// <param name="scope">Where it applies.</param>
    /// <param name="provenance">Where it comes from.</param>
    /// <param name="rounding">Declared precision, rounding mode and comparison method; null for
    /// <see cref="RoundingRule.Default"/>.</param>
    /// <param name="tiers">Further thresholds judged alongside.</param>
    /// <param name="severity">How much missing it matters.</param>
    /// <param name="qualifiers">How firmly it is stated.</param>
    /// <param name="confidenceLevel">For sampled figures: the confidence of the interval used to judge them
    /// (between 0.5 and 0.9999; default 0.95).</param>
    /// <param name="note">Optional remark.</param>
    /// <param name="eachYear">True when the condition holds for each calendar year of the period (每年至少两期 over
    /// 2017–2020), judged year by year like an annual deadline; the period must then be whole calendar years.</param>
    /// <exception cref="ArgumentException">The indicator measures dates (use <see cref="DeadlineTarget"/>), a target
    /// judged each year has a period that is not whole calendar years, or an argument is out of range.</exception>
    public ValueTarget(
        string id,
        Indicator indicator,
        Condition condition,
        DateInterval period,
        Scope scope,
        Provenance provenance,
        RoundingRule? rounding = null,
        IEnumerable<Tier>? tiers = null,
        Severity severity = Severity.Error,
        Qualifiers qualifiers = Qualifiers.None,
        decimal confidenceLevel = DefaultConfidenceLevel,
        string? note = null,
        bool eachYear = false)
        : base(id, period, scope, provenance, severity, qualifiers, note)
    {
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Preconditions.CheckArgument(indicator.Unit != Unit.Date, nameof(indicator), "A date indicator is judged by a DeadlineTarget.");
        Condition = Preconditions.CheckNotNull(condition, nameof(condition));
        Rounding = rounding ?? RoundingRule.Default;
        Tiers = Preconditions.CheckNoNulls(tiers, nameof(tiers));
        Preconditions.CheckArgument(
            confidenceLevel >= 0.5m && confidenceLevel <= 0.9999m,
            nameof(confidenceLevel),
            "The confidence level must be between 0.5 and 0.9999.");
        ConfidenceLevel = confidenceLevel;
        Preconditions.CheckArgument(
            !eachYear || Periods.IsWholeYears(period),
            nameof(eachYear),
            "A target judged each year has a period of whole calendar years, from 1 January of its first year to 31 December of its last.");
        EachYear = eachYear;
    }

    /// <summary>The confidence level used for sampled figures unless a target says otherwise.</summary>
    public const decimal DefaultConfidenceLevel = 0.95m;

    /// <summary>What is measured.</summary>
    public Indicator Indicator { get; }

    /// <summary>What the value must satisfy, in the indicator's unit.</summary>
    public Condition Condition { get; }

    /// <summary>Declared precision, rounding mode and comparison method.</summary>
    public RoundingRule Rounding { get; }

    /// <summary>Further thresholds on the same indicator, judged alongside.</summary>
    public IReadOnlyList<Tier> Tiers { get; }

    /// <summary>Confidence level of the interval used to judge sampled figures.</summary>
    public decimal ConfidenceLevel { get; }

    /// <summary>
    /// True when the condition holds for each calendar year of <see cref="Target.Period"/>: the result has one component
    /// per year, each judged from the figures for that year (a figure for several years is not used for any).
    /// </summary>
    public bool EachYear { get; }

    /// <summary>True when the target is judged year by year: <see cref="EachYear"/> over a period of several years.</summary>
    internal bool JudgedPerYear => EachYear && Period.Start.Year < Period.End.Year;

    /// <inheritdoc />
    public override string NameEn => Indicator.NameEn;

    /// <inheritdoc />
    public override string NameZh => Indicator.NameZh;
}
