using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using NodaTime;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>Generators of whole catalogs that use every catalog type, for round-trip properties.</summary>
public static class CatalogGenerators
{
    private static readonly Unit[] ValueUnits = Enum.GetValues<Unit>().Where(u => u != Unit.Date).ToArray();

    /// <summary>
    /// Non-negative amounts: mostly plain ones (0 to 1000, up to three decimals), and one in five of any size and scale
    /// (up to decimal.MaxValue, down to 1e-28), so that reading and writing meet every decimal the format holds.
    /// </summary>
    private static Gen<decimal> Amount { get; } = Gen.Frequency(
        (4, from whole in Gen.Choose(0, 100_000)
            from scale in Gen.Choose(0, 3)
            select Math.Round(whole / 100m, scale)),
        (1, Generators.AnyDecimal.Select(Math.Abs)));

    public static Gen<Condition> Condition { get; } = Gen.OneOf(
        Amount.Select(LawGov.Indicators.Targets.Condition.AtLeast),
        Amount.Select(LawGov.Indicators.Targets.Condition.AtMost),
        Amount.Select(LawGov.Indicators.Targets.Condition.Exactly),
        Amount.Select(LawGov.Indicators.Targets.Condition.MoreThan),
        Amount.Select(LawGov.Indicators.Targets.Condition.LessThan),
        from a in Amount
        from b in Amount
        from lo in Gen.Elements(true, false)
        from hi in Gen.Elements(true, false)
        select Math.Min(a, b) == Math.Max(a, b)
            ? LawGov.Indicators.Targets.Condition.Between(a, a)
            : LawGov.Indicators.Targets.Condition.Between(Math.Min(a, b), Math.Max(a, b), lo, hi));

    public static Gen<RoundingRule> Rounding { get; } =
        from decimals in Gen.Choose(0, 4)
        from mode in Generators.Mode
        from comparison in Gen.Elements(ComparisonMethod.FullValue, ComparisonMethod.RoundedValue)
        select new RoundingRule(decimals, mode, comparison);

    /// <summary>Every rounding rule: 0 to 16 decimals, every mode, both comparisons.</summary>
    public static Gen<RoundingRule> AnyRounding { get; } =
        from decimals in Gen.Choose(0, RoundingRule.MaxDecimals)
        from mode in Generators.Mode
        from comparison in Gen.Elements(ComparisonMethod.FullValue, ComparisonMethod.RoundedValue)
        select new RoundingRule(decimals, mode, comparison);

    private static Gen<DateInterval> Period { get; } = Gen.OneOf(
        Gen.Choose(2015, 2026).Select(y => new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31))),
        from y in Gen.Choose(2015, 2026)
        from m in Gen.Choose(1, 12)
        select new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, m, 28)),
        from y in Gen.Choose(2015, 2024)
        from years in Gen.Choose(2, 4)
        select new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y + years - 1, 12, 31)));

    private static Gen<LocalDate> Date { get; } =
        from y in Gen.Choose(2015, 2026)
        from d in Gen.Choose(0, 364)
        select new LocalDate(y, 1, 1).PlusDays(d);

    public static Gen<Catalog> Catalog { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from units in Gen.ArrayOf(Gen.Elements(ValueUnits), 4)
        from conditions in Gen.ArrayOf(Condition, 6)
        from roundings in Gen.ArrayOf(Rounding, 4)
        from periods in Gen.ArrayOf(Period, 6)
        from dates in Gen.ArrayOf(Date, 6)
        from amounts in Gen.ArrayOf(Amount, 6)
        from counts in Gen.ArrayOf(Gen.Choose(-2, 500).Select(i => (long)i), 6)
        from flags in Gen.ArrayOf(Gen.Elements(true, false), 6)
        from statedAs in Gen.Elements(Enum.GetValues<StatedAs>())
        select Build(units, conditions, roundings, periods, dates, amounts, counts, flags, statedAs);

    private static Catalog Build(Unit[] units, Condition[] conditions, RoundingRule[] roundings, DateInterval[] periods, LocalDate[] dates,
        decimal[] amounts, long[] counts, bool[] flags, StatedAs statedAs)
    {
        var document = new SourceDocument("doc", "文件", flags[0] ? DocumentKind.Report : DocumentKind.Plan, flags[1] ? "某政发〔2020〕1号" : null,
            "某市人民政府", dates[0], periods[0], flags[2] ? dates[1] : null, flags[3] ? "https://example.org/doc" : null);
        var provenance = new Provenance(document, "(" + units.Length + ")", flags[4] ? ["市司法局"] : null, flags[5] ? ["市直有关部门"] : null, flags[0] ? "note" : null);
        var scope = new Scope("某市", flags[1] ? "市司法局" : null);
        var value = new Indicator("value", "数值", "value", units[0], flags[2] ? Polarity.LowerIsBetter : Polarity.CloserIsBetter, rollup: flags[3] ? RollupMethod.Maximum : null, code: flags[4] ? "air:PM2.5/annual-mean" : null, description: "定义");
        var numerator = new Indicator("num", "分子", "numerator", Unit.Cases);
        var denominator = new Indicator("den", "分母", "denominator", Unit.Cases);
        var rate = new Indicator("rate", "比率", "rate", Unit.Percent, numeratorId: "num", denominatorId: "den", allowsAbove100: flags[5]);
        var milestone = new Indicator("milestone", "里程碑", "milestone", Unit.Date, Polarity.LowerIsBetter);

        var tiers = flags[0] ? new[] { new Tier(TierLevel.Statutory, conditions[1], Severity.Info, "GB"), new Tier(TierLevel.Stretch, conditions[2]) } : [];
        var valueTarget = new ValueTarget("t-value", value, conditions[0], periods[1], scope, provenance, roundings[0], tiers, Severity.Warning,
            flags[1] ? Qualifiers.Soft | Qualifiers.Implied : Qualifiers.None, flags[2] ? 0.9m : ValueTarget.DefaultConfidenceLevel, "备注",
            eachYear: flags[3] && Periods.IsWholeYears(periods[1]));
        var rateTarget = new ValueTarget("t-rate", rate, conditions[3], periods[1], scope, provenance, roundings[1]);
        Deadline deadline = (counts[0] % 3) switch
        {
            0 => Deadline.On(dates[2]),
            1 or -1 => Deadline.EachYear(new AnnualDate(dates[2].Month, Math.Min(dates[2].Day, 28))),
            _ => Deadline.Within(new DateInterval(dates[3].PlusDays(-30), dates[3])),
        };
        var deadlineTarget = new DeadlineTarget("t-deadline", milestone, deadline, periods[2], scope, provenance, Severity.Info);
        var compound = new CompoundTarget("t-all", [rateTarget, new ValueTarget("t-rate-2", rate, conditions[4], periods[1], scope, provenance)], periods[1], scope, provenance);

        var figures = new List<ReportedFigure>
        {
            new("f-value", value, scope, periods[1], provenance, value: amounts[0], statedAs: statedAs,
                valueUnit: units[0] == Unit.MicrogramsPerCubicMetre && flags[3] ? Unit.MilligramsPerCubicMetre : null, note: "n",
                qualifiers: flags[4] ? Qualifiers.Implied : flags[5] ? Qualifiers.Soft | Qualifiers.Implied : Qualifiers.None),
            new("f-rate", rate, scope, periods[1], provenance, counts[1], counts[2], flags[4] ? amounts[1] : null, isSample: flags[5],
                numeratorPeriod: flags[0] ? periods[3] : null, denominatorPeriod: flags[1] ? periods[4] : null),
            new("f-num", numerator, scope, periods[1], provenance, value: counts[3]),
            new("f-den", denominator, scope, periods[5], provenance, value: counts[4]),
            flags[2]
                ? new("f-milestone", milestone, scope, periods[2], provenance, date: dates[4])
                : new("f-milestone", milestone, scope, periods[2], provenance, completed: false, asOf: dates[5]),
        };
        if (units[1] == Unit.Days)
        {
            figures.Add(new ReportedFigure("f-span", new Indicator("span", "期限", "span", Unit.Days), scope, periods[1], provenance, span: new DateInterval(dates[0], dates[0].PlusDays(30))));
        }
        var indicators = new List<Indicator> { value, numerator, denominator, rate, milestone };
        if (units[1] == Unit.Days)
        {
            indicators.Add(figures[^1].Indicator);
        }
        return new Catalog("generated", "生成的目录", [document], indicators, [valueTarget, deadlineTarget, compound], figures);
    }
}
