using LawGov.Indicators.Measures;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// A versioned AQI rule set: breakpoint tables, rounding, categories, the daily report's indicators and the rules
/// for special cases. The three rule sets are <see cref="Hj633_2012"/> (with GB 3095-2012 and HJ 663-2013),
/// <see cref="Hj633_2026"/> (with GB 3095-2026, in force 2026-03-01) and <see cref="Epa2024"/> (40 CFR 58
/// App. G as revised in 2024). Standards are data: every rule is a row of a table, read by one interpolation routine.
/// </summary>
/// <remarks>
/// Equality compares the rule set's code and the two library options (<see cref="AboveTable"/>,
/// <see cref="RoundsConcentrations"/>). Instances are immutable; the <c>With…</c> methods return variants.
/// </remarks>
public sealed partial class AirQualityStandard : IEquatable<AirQualityStandard>
{
    private readonly BreakpointColumn[] columns;
    private readonly RoundingRule?[] mandatoryRounding;
    private readonly RoundingRule?[] optionalRounding;
    private readonly AqiCategory[] categories;
    private readonly BreakpointColumn?[] columnsByIndex = new BreakpointColumn?[18];
    private readonly IndexRules[] rulesByPollutant = new IndexRules[6];

    private AirQualityStandard(
        string code,
        string name,
        LocalDate inForceFrom,
        IEnumerable<BreakpointColumn> columns,
        RoundingRule?[] mandatoryRounding,
        RoundingRule?[] optionalRounding,
        RoundingMode indexRounding,
        int minimumIndex,
        AqiCategory[] categories,
        AirIndicator[] dailyIndicators,
        int primaryPollutantAbove,
        bool reportsExceedingPollutants,
        int? partialAqiPublishedAbove,
        Unit[] units,
        AboveTableRule aboveTable,
        bool roundsConcentrations)
    {
        Code = code;
        Name = name;
        InForceFrom = inForceFrom;
        this.columns = columns.OrderBy(c => Slot(c.Indicator)).ToArray();
        this.mandatoryRounding = mandatoryRounding;
        this.optionalRounding = optionalRounding;
        IndexRounding = indexRounding;
        MinimumIndex = minimumIndex;
        this.categories = categories;
        Categories = Array.AsReadOnly(categories);
        DailyIndicators = Array.AsReadOnly(dailyIndicators);
        PrimaryPollutantAbove = primaryPollutantAbove;
        ReportsExceedingPollutants = reportsExceedingPollutants;
        PartialAqiPublishedAbove = partialAqiPublishedAbove;
        Units = units;
        AboveTable = aboveTable;
        RoundsConcentrations = roundsConcentrations;
        foreach (BreakpointColumn column in this.columns)
        {
            columnsByIndex[Slot(column.Indicator)] = column;
        }
        for (int p = 0; p < 6; p++)
        {
            RoundingRule? rounding = mandatoryRounding[p] ?? (roundsConcentrations ? optionalRounding[p] : null);
            rulesByPollutant[p] = new IndexRules(rounding, indexRounding, minimumIndex, aboveTable);
        }
    }

    private static int Slot(AirIndicator indicator) => (int)indicator.Pollutant * 3 + (int)indicator.Averaging;

    private AirQualityStandard With(AboveTableRule aboveTable, bool roundsConcentrations) => new(
        Code, Name, InForceFrom, columns, mandatoryRounding, optionalRounding, IndexRounding, MinimumIndex,
        categories, DailyIndicators.ToArray(), PrimaryPollutantAbove, ReportsExceedingPollutants, PartialAqiPublishedAbove,
        Units, aboveTable, roundsConcentrations);

    /// <summary>The code used by the CLI and in JSON: <c>hj633-2012</c>, <c>hj633-2026</c> or <c>epa-2024</c>.</summary>
    public string Code { get; }

    /// <summary>The full name of the rule set.</summary>
    public string Name { get; }

    /// <summary>The first day the rule set applies (for HJ 633-2012 the day of issue; adoption was phased to 2016).</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>How indices are rounded to integers: ceiling for HJ 633 (2012 §6.2, 2026 §4.2.6), half up for EPA.</summary>
    public RoundingMode IndexRounding { get; }

    /// <summary>The smallest index reported: 1 for HJ 633-2026 (AQI range 1–500), 0 otherwise.</summary>
    public int MinimumIndex { get; }

    /// <summary>The six AQI levels, best first.</summary>
    public IReadOnlyList<AqiCategory> Categories { get; }

    /// <summary>
    /// The indicators of the daily report: HJ 633-2012 has seven (five 24-hour means, O3 daily maximum 1-hour and
    /// MDA8), HJ 633-2026 six (no O3 1-hour), EPA six (PM 24h, SO2 and NO2 daily maximum 1h, CO and O3 daily maximum 8h).
    /// </summary>
    public IReadOnlyList<AirIndicator> DailyIndicators { get; }

    /// <summary>Primary pollutants are named only when the AQI is above this value (50 for HJ 633; −1 for EPA, always).</summary>
    public int PrimaryPollutantAbove { get; }

    /// <summary>True when the standard names exceeding pollutants (IAQI above 100): HJ 633-2012 only.</summary>
    public bool ReportsExceedingPollutants { get; }

    /// <summary>
    /// When an indicator is missing, an AQI from the others is published only if it is above this value
    /// (HJ 633-2026 §5.3.1: 100); null when a partial AQI is never published (HJ 633-2012 and EPA: library decision).
    /// </summary>
    public int? PartialAqiPublishedAbove { get; }

    /// <summary>
    /// What happens above a column's top (IAQI 500) breakpoint for the HJ 633 tables; US EPA always extrapolates.
    /// Default <see cref="AboveTableRule.Cap"/>.
    /// </summary>
    public AboveTableRule AboveTable { get; }

    /// <summary>
    /// True when concentrations are rounded by GB/T 8170 (half to even; integer µg/m³, CO to 0.1 mg/m³) before the
    /// index. Mandatory in HJ 633-2026 (§4.2.2); off by default for HJ 633-2012, which states no rounding. US EPA
    /// truncates instead (always).
    /// </summary>
    public bool RoundsConcentrations { get; }

    private Unit[] Units { get; }

    /// <summary>Whether hourly monitoring data can be assessed under this standard (HJ 663 daily and annual statistics).</summary>
    public bool SupportsHourlyAssessment => IsChinese;

    private bool IsChinese => Units[(int)Pollutant.O3] == Unit.MicrogramsPerCubicMetre;

    /// <summary>The unit concentrations of <paramref name="pollutant"/> are given in: µg/m³ (CO mg/m³) in China; ppm, ppb or µg/m³ for EPA.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollutant"/> is not defined.</exception>
    public Unit ConcentrationUnit(Pollutant pollutant) => Units[(int)Preconditions.CheckDefined(pollutant, nameof(pollutant))];

    /// <summary>The indicators this standard has a breakpoint column for.</summary>
    public IEnumerable<AirIndicator> DefinedIndicators => columns.Select(c => c.Indicator);

    /// <summary>
    /// A variant with another rule above the top breakpoint of the HJ 633 tables.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The variant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rule"/> is not defined.</exception>
    /// <exception cref="InvalidOperationException">The standard is US EPA, whose extrapolation is fixed by App. G.</exception>
    public AirQualityStandard WithAboveTable(AboveTableRule rule)
    {
        Preconditions.CheckDefined(rule, nameof(rule));
        if (!SupportsHourlyAssessment)
        {
            throw new InvalidOperationException("US EPA extrapolates above the top breakpoint (40 CFR 58 App. G); that is not an option.");
        }
        return With(rule, RoundsConcentrations);
    }

    /// <summary>A variant that does or does not round concentrations by GB/T 8170 before the index.</summary>
    /// <param name="round">True to round (integer µg/m³, CO to 0.1 mg/m³, half to even).</param>
    /// <returns>The variant.</returns>
    /// <exception cref="InvalidOperationException">The standard is US EPA, whose truncation is fixed by App. G.</exception>
    public AirQualityStandard WithConcentrationRounding(bool round)
    {
        if (!SupportsHourlyAssessment)
        {
            throw new InvalidOperationException("US EPA truncates concentrations (40 CFR 58 App. G); that is not an option.");
        }
        return With(AboveTable, round);
    }

    /// <summary>The rounding applied to a concentration of <paramref name="pollutant"/> before its index, or null.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The rule (decimals and mode), or null when the concentration is used as given.</returns>
    public RoundingRule? ConcentrationRounding(Pollutant pollutant)
    {
        int i = (int)Preconditions.CheckDefined(pollutant, nameof(pollutant));
        return mandatoryRounding[i] ?? (RoundsConcentrations ? optionalRounding[i] : null);
    }

    /// <summary>
    /// The individual index (IAQI) of one concentration, or why there is none.
    /// </summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <param name="averaging">The averaging period of the concentration.</param>
    /// <param name="concentration">The concentration in <see cref="ConcentrationUnit"/>.</param>
    /// <returns>The result; <see cref="IaqiStatus.Undefined"/> for a combination the standard does not define (e.g. PM2.5 1h
    /// in HJ 633-2012, O3 24h anywhere) or a value whose index comes from another averaging period (use <see cref="Aqi"/>).</returns>
    public IaqiResult Iaqi(Pollutant pollutant, AveragingPeriod averaging, decimal concentration)
    {
        return IaqiOf(new AirIndicator(pollutant, averaging), concentration);
    }

    /// <summary>The breakpoint column of an indicator, or null.</summary>
    internal BreakpointColumn? ColumnOf(AirIndicator indicator) => columnsByIndex[Slot(indicator)];

    /// <summary>The rounding rules of a pollutant's indices.</summary>
    internal IndexRules RulesOf(Pollutant pollutant) => rulesByPollutant[(int)pollutant];

    /// <summary><see cref="Iaqi"/> for an indicator already known to hold defined enum values.</summary>
    internal IaqiResult IaqiOf(AirIndicator indicator, decimal concentration)
    {
        BreakpointColumn? column = columnsByIndex[Slot(indicator)];
        if (column is null)
        {
            return IaqiResult.Undefined(
                $"{Name} defines no IAQI for {indicator}; it defines {string.Join(", ", DefinedIndicators)}.");
        }
        return column.Compute(concentration, rulesByPollutant[(int)indicator.Pollutant]);
    }

    /// <summary>Finds the level of an AQI.</summary>
    /// <param name="aqi">The AQI, not negative.</param>
    /// <returns>The category containing it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aqi"/> is negative.</exception>
    public AqiCategory Categorize(int aqi)
    {
        Preconditions.CheckArgumentRange(nameof(aqi), aqi, 0, int.MaxValue);
        foreach (AqiCategory category in categories)
        {
            if (category.MaximumAqi is null || aqi <= category.MaximumAqi)
            {
                return category;
            }
        }
        throw new InvalidOperationException("Unreachable: the top category is open.");
    }

    /// <summary>
    /// The AQI of a set of indicator concentrations: each sub-index by <see cref="Iaqi"/>, substitutions between
    /// averaging periods (HJ 633-2012 notes 2–3; EPA O3 and SO2), the largest defined sub-index, the category, and the
    /// primary and exceeding pollutants. A null concentration marks a missing indicator: the AQI is then published only
    /// as <see cref="PartialAqiPublishedAbove"/> allows.
    /// </summary>
    /// <param name="concentrations">Each indicator at most once, with its concentration (null when missing).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An indicator appears twice.</exception>
    public AqiResult Aqi(IEnumerable<KeyValuePair<AirIndicator, decimal?>> concentrations)
    {
        Preconditions.CheckNotNull(concentrations, nameof(concentrations));
        var pairs = concentrations.ToArray();
        var indicators = new AirIndicator[pairs.Length];
        var values = new decimal?[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            indicators[i] = pairs[i].Key;
            values[i] = pairs[i].Value;
            Preconditions.CheckArgument(Array.IndexOf(indicators, indicators[i], 0, i) < 0, nameof(concentrations), $"{indicators[i]} appears more than once.");
        }
        var iaqis = new IaqiResult[pairs.Length];
        AqiCore core = ComputeAqi(indicators, values, iaqis);

        var subIndices = new Dictionary<AirIndicator, IaqiResult>();
        var missing = new List<AirIndicator>();
        for (int i = 0; i < indicators.Length; i++)
        {
            if (values[i] is null)
            {
                missing.Add(indicators[i]);
            }
            else
            {
                subIndices.Add(indicators[i], iaqis[i]);
            }
        }
        var primary = new List<Pollutant>();
        var exceeding = new List<Pollutant>();
        if (core.Published is int aqi)
        {
            for (int i = 0; i < iaqis.Length; i++)
            {
                if (!iaqis[i].IsDefined)
                {
                    continue;
                }
                Pollutant p = indicators[i].Pollutant;
                if (aqi > PrimaryPollutantAbove && iaqis[i].Value == aqi && !primary.Contains(p))
                {
                    primary.Add(p);
                }
                if (ReportsExceedingPollutants && iaqis[i].Value > 100 && !exceeding.Contains(p))
                {
                    exceeding.Add(p);
                }
            }
        }
        return new AqiResult(
            core.Published,
            core.Reason,
            core.Published is int value ? Categorize(value) : null,
            subIndices,
            primary.AsReadOnly(),
            exceeding.AsReadOnly(),
            missing.AsReadOnly());
    }

    /// <summary>The published AQI (or null) and the reason, from <see cref="CombineAqi"/>.</summary>
    internal readonly record struct AqiCore(int? Published, string? Reason);

    /// <summary>
    /// The allocation-free core of <see cref="Aqi"/>: fills <paramref name="iaqis"/> (one per indicator; missing ones
    /// left default) and returns the published AQI or the reason none is published.
    /// </summary>
    internal AqiCore ComputeAqi(ReadOnlySpan<AirIndicator> indicators, ReadOnlySpan<decimal?> values, Span<IaqiResult> iaqis)
    {
        Span<bool> missing = stackalloc bool[indicators.Length];
        for (int i = 0; i < indicators.Length; i++)
        {
            if (values[i] is decimal c)
            {
                iaqis[i] = IaqiOf(indicators[i], c);
            }
            else
            {
                missing[i] = true;
            }
        }
        return CombineAqi(indicators, iaqis, missing);
    }

    /// <summary>
    /// The daily AQI of a day's exact statistics: each sub-index from the exact integer routine when the value is a
    /// fixed-point mean inside the table, otherwise from <see cref="IaqiOf"/>; then <see cref="CombineAqi"/>.
    /// </summary>
    internal AqiCore ComputeDailyAqi(in DailyConcentrations day, ReadOnlySpan<AirIndicator> indicators, ReadOnlySpan<int> slots, Span<IaqiResult> iaqis)
    {
        Span<bool> missing = stackalloc bool[indicators.Length];
        for (int i = 0; i < indicators.Length; i++)
        {
            int slot = slots[i];
            if (slot < 0 || !day.IsValid(slot))
            {
                missing[i] = true;
                continue;
            }
            (decimal sum, int count) = day.Exact(slot);
            BreakpointColumn? column = columnsByIndex[Slot(indicators[i])];
            if (column is not null && FixedPoint.TryFrom(sum, out long fixedSum)
                && column.TryComputeFixed(fixedSum, count, rulesByPollutant[(int)indicators[i].Pollutant], out int index))
            {
                iaqis[i] = IaqiResult.Defined(index);
            }
            else
            {
                iaqis[i] = IaqiOf(indicators[i], sum / count);
            }
        }
        return CombineAqi(indicators, iaqis, missing);
    }

    /// <summary>
    /// Resolves substitutions between averaging periods from the other indicators' sub-indices, then takes the largest
    /// defined sub-index and applies the partial-AQI rule.
    /// </summary>
    internal AqiCore CombineAqi(ReadOnlySpan<AirIndicator> indicators, Span<IaqiResult> iaqis, ReadOnlySpan<bool> missing)
    {
        int max = -1;
        int missingCount = 0;
        string? undefined = null;
        for (int i = 0; i < indicators.Length; i++)
        {
            if (missing[i])
            {
                missingCount++;
                continue;
            }
            IaqiResult r = iaqis[i];
            if (r.Substitute is AveragingPeriod other)
            {
                r = SubstituteIaqi(indicators, iaqis, missing, indicators[i], other, r);
                iaqis[i] = r;
            }
            if (r.IsDefined)
            {
                max = Math.Max(max, r.Value);
            }
            else if (r.Status == IaqiStatus.Undefined)
            {
                undefined ??= r.Explanation;
            }
        }
        if (undefined is not null)
        {
            return new AqiCore(null, undefined);
        }
        if (max < 0)
        {
            return new AqiCore(null, missingCount > 0 ? "No indicator has a value." : "No indicator has an index.");
        }
        if (missingCount == 0)
        {
            return new AqiCore(max, null);
        }
        if (PartialAqiPublishedAbove is int threshold)
        {
            return max > threshold
                ? new AqiCore(max, $"Partial AQI from the available indicators, published because it is above {threshold} ({Name} §5.3.1).")
                : new AqiCore(null, $"An indicator is missing and the AQI from the others ({max}) is not above {threshold}, so none is published ({Name} §5.3.1).");
        }
        return new AqiCore(null, $"An indicator is missing; {Name} gives no rule for a partial AQI, so none is published (library decision).");
    }

    private static IaqiResult SubstituteIaqi(ReadOnlySpan<AirIndicator> indicators, ReadOnlySpan<IaqiResult> iaqis, ReadOnlySpan<bool> missing, AirIndicator original, AveragingPeriod other, IaqiResult reason)
    {
        var wanted = new AirIndicator(original.Pollutant, other);
        for (int j = 0; j < indicators.Length; j++)
        {
            if (indicators[j] == wanted && !missing[j])
            {
                IaqiResult r = iaqis[j];
                if (r.Status == IaqiStatus.NotApplicable && reason.SubstituteFloor is int floor)
                {
                    return IaqiResult.Defined(floor, reason.Explanation + $" {wanted} is below its first breakpoint, so the index is {floor}.");
                }
                return r.IsDefined ? IaqiResult.Defined(r.Value, reason.Explanation + $" Index of {wanted}.") : r;
            }
        }
        return IaqiResult.Undefined(reason.Explanation + $" {wanted} was not supplied.");
    }

    /// <summary>The three built-in rule sets.</summary>
    public static IReadOnlyList<AirQualityStandard> All => AllStandards;

    /// <summary>
    /// The Chinese rule set in force on <paramref name="date"/>: HJ 633-2026 from 2026-03-01, HJ 633-2012 before
    /// (its phased adoption, 2013–2016, is not modelled).
    /// </summary>
    /// <param name="date">The date of the data.</param>
    /// <returns>The standard.</returns>
    public static AirQualityStandard ForDate(LocalDate date) => date >= Hj633_2026.InForceFrom ? Hj633_2026 : Hj633_2012;

    /// <summary>Finds a built-in standard by code (<c>hj633-2012</c>, <c>hj633-2026</c>, <c>epa-2024</c>), ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="standard">The standard, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryParse(string? code, out AirQualityStandard standard)
    {
        foreach (AirQualityStandard s in All)
        {
            if (string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                standard = s;
                return true;
            }
        }
        standard = Hj633_2026;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(AirQualityStandard? other) =>
        other is not null && Code == other.Code && AboveTable == other.AboveTable && RoundsConcentrations == other.RoundsConcentrations;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AirQualityStandard);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, AboveTable, RoundsConcentrations);

    /// <summary>Equality of rule set and variants.</summary>
    /// <param name="left">The first standard.</param>
    /// <param name="right">The second standard.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AirQualityStandard? left, AirQualityStandard? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of rule set or variants.</summary>
    /// <param name="left">The first standard.</param>
    /// <param name="right">The second standard.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(AirQualityStandard? left, AirQualityStandard? right) => !(left == right);

    /// <summary>The code, e.g. <c>hj633-2026</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
