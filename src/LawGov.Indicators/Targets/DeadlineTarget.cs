using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A milestone target: something is done on or before a date (2017年底前, 2018年6月底前, 每年第一季度). Judged
/// from a reported completion date, or from an as-of date when nothing is reported; not yet due is
/// not applicable.
/// </summary>
public sealed class DeadlineTarget : Target
{
    /// <summary>Initializes a deadline target.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="indicator">The milestone; its unit is <see cref="Unit.Date"/>.</param>
    /// <param name="deadline">When it is due.</param>
    /// <param name="period">The period the target applies to.</param>
    /// <param name="scope">Where it applies.</param>
    /// <param name="provenance">Where it comes from.</param>
    /// <param name="severity">How much missing it matters.</param>
    /// <param name="qualifiers">How firmly it is stated.</param>
    /// <param name="note">Optional remark.</param>
    /// <exception cref="ArgumentException">The indicator does not measure dates.</exception>
    public DeadlineTarget(
        string id,
        Indicator indicator,
        Deadline deadline,
        DateInterval period,
        Scope scope,
        Provenance provenance,
        Severity severity = Severity.Error,
        Qualifiers qualifiers = Qualifiers.None,
        string? note = null)
        : base(id, period, scope, provenance, severity, qualifiers, note)
    {
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Preconditions.CheckArgument(indicator.Unit == Unit.Date, nameof(indicator), "A deadline target's indicator measures dates (unit 'date').");
        Deadline = Preconditions.CheckNotNull(deadline, nameof(deadline));
    }

    /// <summary>The milestone.</summary>
    public Indicator Indicator { get; }

    /// <summary>When it is due.</summary>
    public Deadline Deadline { get; }

    /// <inheritdoc />
    public override string NameEn => Indicator.NameEn;

    /// <inheritdoc />
    public override string NameZh => Indicator.NameZh;
}
