using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// Something a plan measures: 行政机关负责人出庭应诉率, annual PM2.5, days of public comment. A rate indicator may
/// name two count indicators it is derived from, so that rates sharing a denominator share one figure.
/// </summary>
/// <remarks>Equality compares every property. There is no default instance.</remarks>
public sealed class Indicator : IEquatable<Indicator>
{
    /// <summary>Initializes an indicator.</summary>
    /// <param name="id">Identifier, unique in its catalog.</param>
    /// <param name="nameZh">Chinese name as documents use it.</param>
    /// <param name="nameEn">English name.</param>
    /// <param name="unit">Unit of its values (<see cref="Unit.Percent"/> for rates).</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <param name="numeratorId">For a rate derived from counts: the count indicator of the numerator.</param>
    /// <param name="denominatorId">For a rate derived from counts: the count indicator of the denominator.</param>
    /// <param name="allowsAbove100">For a percent indicator: true when values above 100 % are plausible (a growth
    /// ratio); false (the default) for shares, where they are data errors.</param>
    /// <param name="rollup">How child units combine; null picks the default for the unit.</param>
    /// <param name="code">Optional key binding the indicator to a computed statistic (e.g. <c>air:PM2.5/annual-mean</c>).</param>
    /// <param name="description">Optional definition in words.</param>
    /// <param name="standard">Optional code of the AQI standard the coded air statistic is computed by: <c>hj633-2012</c>
    /// or <c>hj633-2026</c> (in any case; kept in canonical form); requires an <c>air:</c> <paramref name="code"/>.</param>
    /// <exception cref="ArgumentException">A required text is blank, or only one of numerator/denominator is given,
    /// a derived rate's unit is not percent, or a standard is given without an <c>air:</c> code or is not one that
    /// assesses hourly data.</exception>
    public Indicator(
        string id,
        string nameZh,
        string nameEn,
        Unit unit,
        Polarity polarity = Polarity.HigherIsBetter,
        string? numeratorId = null,
        string? denominatorId = null,
        bool allowsAbove100 = false,
        RollupMethod? rollup = null,
        string? code = null,
        string? description = null,
        string? standard = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        NameZh = Preconditions.CheckNotBlank(nameZh, nameof(nameZh));
        NameEn = Preconditions.CheckNotBlank(nameEn, nameof(nameEn));
        Unit = Preconditions.CheckDefined(unit, nameof(unit));
        Polarity = Preconditions.CheckDefined(polarity, nameof(polarity));
        Preconditions.CheckArgument(
            (numeratorId is null) == (denominatorId is null),
            nameof(denominatorId),
            "A derived rate names both a numerator and a denominator indicator, or neither.");
        Preconditions.CheckArgument(
            numeratorId is null || unit == Unit.Percent,
            nameof(unit),
            "An indicator derived from counts is a rate and must use the percent unit.");
        NumeratorId = numeratorId;
        DenominatorId = denominatorId;
        AllowsAbove100 = allowsAbove100;
        Rollup = rollup.HasValue ? Preconditions.CheckDefined(rollup.Value, nameof(rollup)) : DefaultRollup(unit);
        string? canonical = null;
        if (standard is not null && StandardProblem(code, standard, out canonical) is { } problem)
        {
            throw new ArgumentException(problem, nameof(standard));
        }
        Code = code;
        Description = description;
        Standard = canonical;
    }

    /// <summary>Identifier, unique in its catalog.</summary>
    public string Id { get; }

    /// <summary>Chinese name.</summary>
    public string NameZh { get; }

    /// <summary>English name.</summary>
    public string NameEn { get; }

    /// <summary>Unit of values.</summary>
    public Unit Unit { get; }

    /// <summary>Which direction is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>For a rate derived from counts: the numerator's count indicator.</summary>
    public string? NumeratorId { get; }

    /// <summary>For a rate derived from counts: the denominator's count indicator.</summary>
    public string? DenominatorId { get; }

    /// <summary>True when the rate is derived from two count indicators.</summary>
    public bool IsDerivedRate => NumeratorId is not null;

    /// <summary>For percent indicators: whether values above 100 % are plausible.</summary>
    public bool AllowsAbove100 { get; }

    /// <summary>How child units combine into a parent.</summary>
    public RollupMethod Rollup { get; }

    /// <summary>Optional key binding the indicator to a computed statistic.</summary>
    public string? Code { get; }

    /// <summary>Optional definition in words.</summary>
    public string? Description { get; }

    /// <summary>
    /// Optional canonical code of the AQI standard the coded air statistic is computed by (<c>hj633-2012</c> or
    /// <c>hj633-2026</c>); null leaves the choice to the caller.
    /// </summary>
    public string? Standard { get; }

    /// <summary>The codes a <see cref="Standard"/> may have: the AQI standards that assess hourly data.</summary>
    internal static IEnumerable<string> StandardCodes =>
        AirQuality.AirQualityStandard.All.Where(s => s.SupportsHourlyAssessment).Select(s => s.Code);

    /// <summary>
    /// The one rule for an indicator's standard, applied by the constructor and by the catalog reader: an AQI standard
    /// that assesses hourly data, on an indicator with an <c>air:</c> code. Null with the canonical code, or what is wrong.
    /// </summary>
    internal static string? StandardProblem(string? code, string standard, out string canonical)
    {
        canonical = string.Empty;
        if (code?.StartsWith(AirQuality.AirQualityFigures.CodePrefix, StringComparison.Ordinal) != true)
        {
            return $"a standard applies to an indicator with an {AirQuality.AirQualityFigures.CodePrefix} code";
        }
        if (!AirQuality.AirQualityStandard.TryParse(standard, out AirQuality.AirQualityStandard known) || !known.SupportsHourlyAssessment)
        {
            return $"unknown standard '{standard}'; expected {string.Join(" or ", StandardCodes)}";
        }
        canonical = known.Code;
        return null;
    }

    /// <summary>True for a percent indicator whose values are shares of a whole (at most 100 %).</summary>
    public bool IsShare => Unit == Unit.Percent && !AllowsAbove100;

    /// <summary>The rollup used when an indicator does not declare one.</summary>
    /// <param name="unit">The indicator's unit.</param>
    /// <returns>Ratio of sums for rates, mean of units for concentrations, worst child for dates, durations and
    /// frequencies (times per year: a frequency holds for each unit, so units' frequencies are not added), sum for
    /// counts.</returns>
    public static RollupMethod DefaultRollup(Unit unit) => unit.GetDimension() switch
    {
        Dimension.Ratio => RollupMethod.RatioOfSums,
        Dimension.MassConcentration or Dimension.MixingRatio => RollupMethod.MeanOfUnits,
        Dimension.Date or Dimension.CalendarDuration or Dimension.WorkingDuration or Dimension.Frequency => RollupMethod.WorstChild,
        _ => RollupMethod.Sum,
    };

    /// <inheritdoc />
    public bool Equals(Indicator? other) =>
        other is not null
        && Id == other.Id && NameZh == other.NameZh && NameEn == other.NameEn && Unit == other.Unit
        && Polarity == other.Polarity && NumeratorId == other.NumeratorId && DenominatorId == other.DenominatorId
        && AllowsAbove100 == other.AllowsAbove100 && Rollup == other.Rollup && Code == other.Code
        && Description == other.Description && Standard == other.Standard;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Indicator);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Unit, Polarity);

    /// <summary>Equality by value (see the type's remarks).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Indicator? left, Indicator? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Indicator? left, Indicator? right) => !(left == right);

    /// <summary>The id and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({NameEn})";
}
