using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Targets;

/// <summary>
/// A figure as a document reports it: counts (1340 of 1341), a stated value (99.93 %), a completion date, or the
/// dates of a span (a comment period), for an indicator, scope and period, with its provenance. Kept as stated —
/// including impossible values such as a 218.36 % share or negative counts — so that evaluation and checks can
/// report them instead of accepting them silently.
/// </summary>
public sealed class ReportedFigure
{
    /// <summary>Initializes a reported figure. At least one of counts, value, date, completion state or span is required.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="indicator">What the figure measures.</param>
    /// <param name="scope">Where it was measured.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="provenance">Where it comes from.</param>
    /// <param name="numerator">Stated numerator count, as stated (may be negative: it is then reported, not used).</param>
    /// <param name="denominator">Stated denominator count, as stated.</param>
    /// <param name="value">Stated value (for a rate: the stated percentage), with the decimals stated.</param>
    /// <param name="valueUnit">Unit of <paramref name="value"/>; null for the indicator's unit.</param>
    /// <param name="statedAs">Whether the value is exact or only a bound.</param>
    /// <param name="date">For milestones: the completion date.</param>
    /// <param name="completed">For milestones: false when reported as not completed (as of <paramref name="asOf"/>).</param>
    /// <param name="asOf">The date the figure describes the state at (for a milestone not completed).</param>
    /// <param name="span">For durations: the first and last dates of the span (e.g. a comment period).</param>
    /// <param name="numeratorPeriod">When the numerator covers a different period from <paramref name="period"/>.</param>
    /// <param name="denominatorPeriod">When the denominator covers a different period from <paramref name="period"/>.</param>
    /// <param name="isSample">True when the counts are a sample (抽查) rather than the whole population.</param>
    /// <param name="note">Optional remark.</param>
    /// <param name="qualifiers">How firmly the document states the figure: <see cref="Qualifiers.Implied"/> when it
    /// gives no number but clearly means one (全覆盖 = 100 %).</param>
    /// <exception cref="ArgumentException">No measurement is given, a numerator is given without a denominator, or
    /// <paramref name="qualifiers"/> has unknown flags.</exception>
    public ReportedFigure(
        string id,
        Indicator indicator,
        Scope scope,
        DateInterval period,
        Provenance provenance,
        long? numerator = null,
        long? denominator = null,
        decimal? value = null,
        Unit? valueUnit = null,
        StatedAs statedAs = StatedAs.Exact,
        LocalDate? date = null,
        bool? completed = null,
        LocalDate? asOf = null,
        DateInterval? span = null,
        DateInterval? numeratorPeriod = null,
        DateInterval? denominatorPeriod = null,
        bool isSample = false,
        string? note = null,
        Qualifiers qualifiers = Qualifiers.None)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Indicator = Preconditions.CheckNotNull(indicator, nameof(indicator));
        Scope = Preconditions.CheckNotNull(scope, nameof(scope));
        Period = Preconditions.CheckNotNull(period, nameof(period));
        Provenance = Preconditions.CheckNotNull(provenance, nameof(provenance));
        Preconditions.CheckArgument(
            numerator is null || denominator is not null,
            nameof(denominator),
            "A numerator needs its denominator.");
        Preconditions.CheckArgument(
            denominator is not null || value is not null || date is not null || completed is not null || span is not null,
            nameof(value),
            "A figure states counts, a value, a date, a completion state or a span.");
        ValueUnit = valueUnit.HasValue ? Preconditions.CheckDefined(valueUnit.Value, nameof(valueUnit)) : indicator.Unit;
        Preconditions.CheckArgument(
            value is null || ValueUnit.IsCompatibleWith(indicator.Unit),
            nameof(valueUnit),
            $"The value's unit {ValueUnit.Code()} does not measure what indicator '{indicator.Id}' measures ({indicator.Unit.Code()}).");
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        StatedAs = Preconditions.CheckDefined(statedAs, nameof(statedAs));
        Date = date;
        Completed = completed ?? (date.HasValue ? true : null);
        AsOf = asOf;
        Span = span;
        NumeratorPeriod = numeratorPeriod;
        DenominatorPeriod = denominatorPeriod;
        IsSample = isSample;
        Note = note;
        Qualifiers = QualifierCodes.CheckKnown(qualifiers, nameof(qualifiers));
    }

    /// <summary>Identifier, unique in its catalog.</summary>
    public string Id { get; }

    /// <summary>What the figure measures.</summary>
    public Indicator Indicator { get; }

    /// <summary>Where it was measured.</summary>
    public Scope Scope { get; }

    /// <summary>The period it covers.</summary>
    public DateInterval Period { get; }

    /// <summary>Where it comes from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Stated numerator, as stated.</summary>
    public long? Numerator { get; }

    /// <summary>Stated denominator, as stated.</summary>
    public long? Denominator { get; }

    /// <summary>Stated value with the decimals stated (its <see cref="decimal.Scale"/> is the stated precision).</summary>
    public decimal? Value { get; }

    /// <summary>Unit of <see cref="Value"/> (compatible with the indicator's unit).</summary>
    public Unit ValueUnit { get; }

    /// <summary>Whether the value is exact or only a bound.</summary>
    public StatedAs StatedAs { get; }

    /// <summary>For milestones: the completion date.</summary>
    public LocalDate? Date { get; }

    /// <summary>For milestones: whether it was completed (true when a date is given).</summary>
    public bool? Completed { get; }

    /// <summary>The date the figure describes the state at, if stated.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>For durations: the span's first and last dates.</summary>
    public DateInterval? Span { get; }

    /// <summary>The numerator's own period, when it differs.</summary>
    public DateInterval? NumeratorPeriod { get; }

    /// <summary>The denominator's own period, when it differs.</summary>
    public DateInterval? DenominatorPeriod { get; }

    /// <summary>True when the counts are a sample.</summary>
    public bool IsSample { get; }

    /// <summary>Optional remark.</summary>
    public string? Note { get; }

    /// <summary>How firmly the document states the figure (<see cref="Qualifiers.Implied"/>: the number is the catalog author's reading of wording such as 全覆盖).</summary>
    public Qualifiers Qualifiers { get; }

    /// <summary>True when both counts are stated.</summary>
    public bool HasCounts => Numerator.HasValue && Denominator.HasValue;

    /// <summary>The id, indicator and period.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {Indicator.Id} {Period}";
}
