using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Evaluation;

/// <summary>Laws of evaluation that must hold for every input.</summary>
public class EvaluatorPropertyTests
{
    private static readonly Indicator Share = Fixtures.RateIndicator();

    // The exact boundary: with n* = ⌈p · d / 100⌉ (computed independently in BigInteger), n*/d meets "≥ p %" and
    // (n* − 1)/d does not — whatever the denominator and the threshold's decimals.
    [Fact]
    public void AtLeast_TheSmallestMeetingNumeratorIsExactlyTheCeiling() =>
        Properties.Check(Prop.ForAll(Generators.Count.Where(d => d > 0).ToArbitrary(), Generators.Percent.ToArbitrary(), (den, percent) =>
        {
            (BigInteger scaled, int scale) = (new BigInteger(percent * 10_000m), 4);
            BigInteger product = scaled * den;
            BigInteger divisor = 100 * BigInteger.Pow(10, scale);
            long needed = (long)(BigInteger.DivRem(product, divisor, out BigInteger remainder) + (remainder.IsZero ? 0 : 1));
            ValueTarget target = Fixtures.Target(Share, Condition.AtLeast(percent));
            bool meets = needed > den || Evaluator.Evaluate(target, new Rate(needed, den)).Status == TargetStatus.Met;
            bool below = needed == 0 || Evaluator.Evaluate(target, new Rate(needed - 1, den)).Status == TargetStatus.NotMet;
            return meets && below;
        }));

    // Monotonicity, wherever the condition's direction agrees with the indicator's polarity (DataQuality flags the
    // rest): under every rounding rule, for counts and for decimal values,
    // - higher-is-better with a lower bound only (at least, more than): a higher actual never turns Met into NotMet;
    // - lower-is-better with an upper bound only (at most, less than): a lower actual never does;
    // - closer-is-better with both bounds (between, exactly): the Met values form an interval, so moving from a Met value
    //   toward another Met one never leaves Met.
    private static readonly Indicator HigherShare = Fixtures.RateIndicator("higher");
    private static readonly Indicator LowerShare = new("lower", "比率lower", "rate lower", Unit.Percent, Polarity.LowerIsBetter);
    private static readonly Indicator CloserShare = new("closer", "比率closer", "rate closer", Unit.Percent, Polarity.CloserIsBetter);

    private static Gen<Condition> ConditionFor(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => Gen.OneOf(Generators.Percent.Select(Condition.AtLeast), Generators.Percent.Select(Condition.MoreThan)),
        Polarity.LowerIsBetter => Gen.OneOf(Generators.Percent.Select(Condition.AtMost), Generators.Percent.Select(Condition.LessThan)),
        _ => Gen.OneOf(
            Generators.Percent.Select(Condition.Exactly),
            from a in Generators.Percent
            from b in Generators.Percent
            from lowerInclusive in Gen.Elements(true, false)
            from upperInclusive in Gen.Elements(true, false)
            select a == b ? Condition.Between(a, b) : Condition.Between(Math.Min(a, b), Math.Max(a, b), lowerInclusive, upperInclusive)),
    };

    /// <summary>Three shares over one denominator, in increasing order.</summary>
    private static Gen<Rate[]> OrderedShares { get; } =
        from den in Generators.Count.Where(d => d > 0)
        from ks in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3)
        select ks.Select(k => new Rate((long)((BigInteger)den * k / 1_000_000), den)).OrderBy(r => r.Numerator).ToArray();

    /// <summary>Three values, in increasing order.</summary>
    private static Gen<decimal[]> OrderedValues { get; } = Gen.ArrayOf(Generators.Percent, 3).Select(v => v.Order().ToArray());

    /// <summary>The statuses of three increasing actuals move the way the polarity prefers.</summary>
    private static bool Monotone(Polarity polarity, TargetStatus[] statuses)
    {
        bool[] met = statuses.Select(s => s == TargetStatus.Met).ToArray();
        return polarity switch
        {
            Polarity.HigherIsBetter => (!met[0] || met[1]) && (!met[1] || met[2]),
            Polarity.LowerIsBetter => (!met[2] || met[1]) && (!met[1] || met[0]),
            _ => !(met[0] && met[2]) || met[1],
        };
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    [InlineData(Polarity.CloserIsBetter)]
    public void Rates_MovingTheWayThePolarityPrefers_NeverLoseMet(Polarity polarity)
    {
        Indicator indicator = polarity switch { Polarity.HigherIsBetter => HigherShare, Polarity.LowerIsBetter => LowerShare, _ => CloserShare };
        Properties.Check(Prop.ForAll(OrderedShares.ToArbitrary(), ConditionFor(polarity).ToArbitrary(), CatalogGenerators.Rounding.ToArbitrary(), (rates, condition, rounding) =>
        {
            ValueTarget target = Fixtures.Target(indicator, condition, rounding);
            return Monotone(polarity, rates.Select(r => Evaluator.Evaluate(target, r).Status).ToArray());
        }), name: "Rates_MovingTheWayThePolarityPrefers_NeverLoseMet_" + polarity);
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter)]
    [InlineData(Polarity.LowerIsBetter)]
    [InlineData(Polarity.CloserIsBetter)]
    public void Values_MovingTheWayThePolarityPrefers_NeverLoseMet(Polarity polarity)
    {
        var indicator = new Indicator("value", "数值", "value", Unit.MicrogramsPerCubicMetre, polarity);
        Properties.Check(Prop.ForAll(OrderedValues.ToArbitrary(), ConditionFor(polarity).ToArbitrary(), CatalogGenerators.Rounding.ToArbitrary(), (values, condition, rounding) =>
        {
            ValueTarget target = Fixtures.Target(indicator, condition, rounding);
            return Monotone(polarity, values.Select(v => Evaluator.Evaluate(target, v).Status).ToArray());
        }), name: "Values_MovingTheWayThePolarityPrefers_NeverLoseMet_" + polarity);
    }

    // No count and no decimal makes evaluation, its explanations or its JSON throw: counts up to long.MaxValue, values of
    // every size and scale (to decimal.MaxValue and 1e-28), any condition, any rounding of 0 to 16 decimals, both
    // comparisons. A judged result always has its rounded value; what cannot be computed exactly is Invalid, out of range.
    [Fact]
    public void Evaluate_ExtremeCountsAndValues_NeverThrow_AndWriteAsJson()
    {
        Indicator ratio = Fixtures.RateIndicator("ratio", allowsAbove100: true);
        Gen<(long Numerator, long Denominator, decimal Value)> actuals =
            from numerator in Generators.ExtremeCount
            from denominator in Generators.ExtremeCount
            from value in Generators.AnyDecimal
            select (numerator, denominator, value);

        Properties.Check(Prop.ForAll(actuals.ToArbitrary(), CatalogGenerators.Condition.ToArbitrary(), CatalogGenerators.AnyRounding.ToArbitrary(), (actual, condition, rule) =>
        {
            var results = new List<TargetResult>();
            foreach (Indicator indicator in new[] { Share, ratio })
            {
                ValueTarget target = Fixtures.Target(indicator, condition, rule, tiers: [new Tier(TierLevel.Stretch, condition)]);
                ReportedFigure figure = Fixtures.Counts(indicator, actual.Numerator, actual.Denominator);
                results.Add(Evaluator.Evaluate(target, new Rate(actual.Numerator, actual.Denominator)));
                results.Add(Evaluator.Evaluate(target, [figure]));
                var catalog = new Catalog("c", "C", [Fixtures.Plan], [indicator], [target], [figure]);
                using var stream = new MemoryStream();
                LawGov.Indicators.Serialization.ResultJson.Write(Evaluator.Evaluate(catalog), stream);
            }
            results.Add(Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, condition, rule), actual.Value));
            results.Add(Evaluator.Evaluate(Fixtures.Target(ratio, condition, rule), actual.Value));
            return results.TrueForAll(result =>
            {
                string json = LawGov.Indicators.Serialization.ResultJson.Write(result);
                _ = (result.ExplanationEn, result.ExplanationZh, result.Margin, result.CountMargin, result.Tiers.Select(t => t.Margin).ToList());
                bool judged = result.Status is TargetStatus.Met or TargetStatus.NotMet;
                // A rounded value that no decimal holds: invalid when it is what is compared; by full value the status
                // is still exact and only the rounded value is missing.
                bool outOfRange = result.Findings.Any(f => f.Code == FindingCode.OutOfRange);
                bool comparesRounded = rule.Comparison == ComparisonMethod.RoundedValue;
                return json.Length > 0
                    && (!judged || result.RoundedActual.HasValue || (outOfRange && !comparesRounded))
                    && (!outOfRange || (result.Status == TargetStatus.Invalid) == comparesRounded);
            });
        }));
    }

    // 0/0 is not applicable for every condition and rounding rule — never 0 % and never 100 %.
    [Fact]
    public void ZeroOverZero_IsAlwaysNotApplicable() =>
        Properties.Check(Prop.ForAll(CatalogGenerators.Condition.ToArbitrary(), CatalogGenerators.Rounding.ToArbitrary(), (condition, rounding) =>
            Evaluator.Evaluate(Fixtures.Target(Share, condition, rounding), new Rate(0, 0)).Status == TargetStatus.NotApplicable));

    // Rounded-value comparison equals full-value comparison of the rounded percentage (GB/T 8170 修约值比较法).
    [Fact]
    public void RoundedComparison_EqualsComparingTheRoundedValue() =>
        Properties.Check(Prop.ForAll(Generators.Share.ToArbitrary(), CatalogGenerators.Condition.ToArbitrary(), Gen.Zip(Generators.Decimals, Generators.Mode).ToArbitrary(), (rate, condition, rounding) =>
        {
            var (decimals, mode) = rounding;
            var rule = new RoundingRule(decimals, mode, ComparisonMethod.RoundedValue);
            TargetStatus status = Evaluator.Evaluate(Fixtures.Target(Share, condition, rule), rate).Status;
            return status == (condition.IsSatisfiedBy(rate.ToPercent(decimals, mode)) ? TargetStatus.Met : TargetStatus.NotMet);
        }));
}
