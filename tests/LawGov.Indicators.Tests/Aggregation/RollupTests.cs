using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Aggregation;

/// <summary>
/// Rollups over the three-level example tree (AggregationGenerators.LinyiTree): 临沂市 → 兰山区 (ls-a, ls-b), 罗庄区
/// (lz-a, lz-b), 河东区 (hd-a, hd-b), and 市司法局 (city-office) directly under the city. Every expected value is a
/// hand calculation written next to its test.
/// </summary>
public class RollupTests
{
    private static readonly OrganisationTree Tree = AggregationGenerators.LinyiTree;

    // Replies on time: 兰山区 45/50 and 18/20; 罗庄区 had nothing to reply to (0/0, 0/0); 河东区 9/10 and hd-b missing;
    // 市司法局 28/30.
    private static readonly Dictionary<string, Rate> Replies = new()
    {
        ["ls-a"] = new Rate(45, 50),
        ["ls-b"] = new Rate(18, 20),
        ["lz-a"] = new Rate(0, 0),
        ["lz-b"] = new Rate(0, 0),
        ["hd-a"] = new Rate(9, 10),
        ["city-office"] = new Rate(28, 30),
    };

    // The same with hd-b reporting 7/10: complete data.
    private static readonly Dictionary<string, Rate> AllReplies = new(Replies) { ["hd-b"] = new Rate(7, 10) };

    private static ValueTarget RateTarget(RollupMethod method, decimal atLeast = 90m) =>
        Fixtures.Target(new Indicator("reply-rate", "按时答复率", "replies on time", Unit.Percent, rollup: method), Condition.AtLeast(atLeast));

    // ---- Ratio of sums -------------------------------------------------------------------------------------------

    // 兰山区 (45 + 18) / (50 + 20) = 63/70 = 90 % exactly: met at ≥ 90 %.
    [Fact]
    public void RatioOfSums_County_AddsCounts()
    {
        RollupNode lanshan = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies)["lanshan"];

        Assert.Equal(new Rate(63, 70), lanshan.Rate);
        Assert.Equal(90m, lanshan.Value);
        Assert.Equal(TargetStatus.Met, lanshan.Status);
        Assert.Equal(["ls-a", "ls-b"], lanshan.Contributors);
        Assert.True(lanshan.IsComplete);
    }

    // 罗庄区: 0/0 + 0/0 = 0/0, nothing to measure.
    [Fact]
    public void RatioOfSums_AllChildrenZeroOverZero_IsNotApplicable()
    {
        RollupNode luozhuang = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies)["luozhuang"];

        Assert.Equal(TargetStatus.NotApplicable, luozhuang.Status);
        Assert.Equal(new Rate(0, 0), luozhuang.Rate);
        Assert.Null(luozhuang.Value);
        Assert.Equal(["lz-a", "lz-b"], luozhuang.Contributors);
        Assert.Equal(TargetStatus.NotApplicable, Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies)["lz-a"].Status);
    }

    // 河东区: hd-b is missing, so 9/10 covers only hd-a: indeterminate, not met, with hd-b named.
    [Fact]
    public void RatioOfSums_MissingChild_MakesThePartialValueIndeterminate()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies);
        RollupNode hedong = result["hedong"];

        Assert.Equal(TargetStatus.NoData, result["hd-b"].Status);
        Assert.Equal(["hd-b"], result["hd-b"].MissingUnits);
        Assert.Equal(TargetStatus.Indeterminate, hedong.Status);
        Assert.Equal(new Rate(9, 10), hedong.Rate);
        Assert.Equal(["hd-b"], hedong.MissingUnits);
        Assert.False(hedong.IsComplete);
        Assert.Null(hedong.Result.Margin);
        Assert.Contains(hedong.Result.Findings, f => f.Code == FindingCode.IncompleteRollup && f.MessageEn.Contains("1 unit(s) with no data (hd-b)", StringComparison.Ordinal));
    }

    // The city: 63/70 + 0/0 + 9/10 + 28/30 = 100/110 = 90.91 % — but hd-b is missing, so indeterminate; with hd-b's
    // 7/10 it is 107/120 = 89.17 %, not met.
    [Fact]
    public void RatioOfSums_City_PropagatesMissingAndThenJudgesTheWhole()
    {
        RollupNode partial = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies)["linyi"];
        RollupNode whole = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), AllReplies)["linyi"];

        Assert.Equal(new Rate(100, 110), partial.Rate);
        Assert.Equal(TargetStatus.Indeterminate, partial.Status);
        Assert.Equal(["hd-b"], partial.MissingUnits);
        Assert.Equal(["lanshan", "luozhuang", "hedong", "city-office"], partial.Contributors);
        Assert.Equal(new Rate(107, 120), whole.Rate);
        Assert.Equal(TargetStatus.NotMet, whole.Status);
        Assert.Equal(-1, whole.Result.CountMargin); // 90 % of 120 = 108 needed, 107 on time: one short (hand calculation)
    }

    // A share above 100 % (21 of 20) is impossible: left out, and everything above it is invalid, not silently summed.
    [Fact]
    public void RatioOfSums_ImpossibleLeaf_IsLeftOutAndMakesAncestorsInvalid()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), new Dictionary<string, Rate>(AllReplies) { ["ls-b"] = new Rate(21, 20) });

        Assert.Equal(TargetStatus.Invalid, result["ls-b"].Status);
        Assert.Equal(new Rate(21, 20), result["ls-b"].Rate);
        Assert.Null(result["ls-b"].Value);
        Assert.Equal(new Rate(45, 50), result["lanshan"].Rate);
        Assert.Equal(TargetStatus.Invalid, result["lanshan"].Status);
        Assert.Equal(["ls-b"], result["linyi"].InvalidUnits);
        Assert.Equal(TargetStatus.Invalid, result["linyi"].Status);
    }

    // No leaf below has data at all: no data, not a number.
    [Fact]
    public void RatioOfSums_NothingReported_IsNoData()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), new Dictionary<string, Rate>());

        Assert.All(result.Nodes, n => Assert.Equal(TargetStatus.NoData, n.Status));
        Assert.Equal(7, result["linyi"].MissingUnits.Count);
        Assert.Null(result["linyi"].Rate);
    }

    // 罗庄区 0/0 with one department missing: nothing known to measure, but the missing one might have had some.
    [Fact]
    public void RatioOfSums_ZeroOverZeroAndMissing_IsNoData()
    {
        var values = new Dictionary<string, Rate>(AllReplies);
        values.Remove("lz-b");

        Assert.Equal(TargetStatus.NoData, Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), values)["luozhuang"].Status);
    }

    // Over any tree, the root's ratio of sums is the sum of all its leaves' counts, however the units are nested.
    [Fact]
    public void RatioOfSums_RootEqualsTheSumOfItsLeaves() =>
        Properties.Check(Prop.ForAll(
            (from tree in AggregationGenerators.Tree.Where(t => t.Roots.Count == 1)
             from rates in Gen.ArrayOf(Generators.Share, tree.Count)
             select (Tree: tree, Rates: rates)).ToArbitrary(),
            c =>
            {
                var leaves = c.Tree.Units.Select((u, i) => (u.Id, Rate: c.Rates[i])).Where(p => c.Tree.IsLeaf(p.Id)).ToDictionary(p => p.Id, p => p.Rate);
                return Rollup.Evaluate(c.Tree, RateTarget(RollupMethod.RatioOfSums), leaves).Roots[0].Rate == Rate.Sum(leaves.Values);
            }));

    // ---- Mean of units -------------------------------------------------------------------------------------------

    // Complete data. 兰山区 mean(90, 90) = 90, met; 罗庄区 has no rate (both 0/0), not applicable and left out;
    // 河东区 mean(90, 70) = 80, not met; the city: mean(90, 80, 93.33…) = (90 + 80 + 280/3) / 3 = 790/9 = 87.777…,
    // rounded half-even at 16 decimals to 87.7777777777777778, not met.
    [Fact]
    public void MeanOfUnits_ThreeLevels_AveragesChildrenUnweighted()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.MeanOfUnits), AllReplies);

        Assert.Equal(90m, result["lanshan"].Value);
        Assert.Equal(TargetStatus.Met, result["lanshan"].Status);
        Assert.Equal(TargetStatus.NotApplicable, result["luozhuang"].Status);
        Assert.Null(result["luozhuang"].Value);
        Assert.Equal(80m, result["hedong"].Value);
        Assert.Equal("87.7777777777777778", result["linyi"].Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["lanshan", "hedong", "city-office"], result["linyi"].Contributors);
        Assert.Equal(TargetStatus.NotMet, result["linyi"].Status);
        Assert.Null(result["linyi"].Rate);
    }

    // Mean of units is not ratio of sums: 兰山区 with 45/50 (90 %) and 1/1 (100 %) has mean 95 %, but 46/51 = 90.2 %.
    [Fact]
    public void MeanOfUnits_IsUnweighted()
    {
        var values = new Dictionary<string, Rate>(AllReplies) { ["ls-b"] = new Rate(1, 1) };

        Assert.Equal(95m, Rollup.Evaluate(Tree, RateTarget(RollupMethod.MeanOfUnits), values)["lanshan"].Value);
        Assert.Equal(new Rate(46, 51), Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), values)["lanshan"].Rate);
    }

    // The mean is exact before its one rounding: 1/3 and 2/3 are 33.3…% and 66.6…%, whose mean is 50 % exactly (met at
    // ≥ 50); 1/3 and 0/1 give 100/6 = 16.666…, half-even at 16 decimals 16.6666666666666667.
    [Fact]
    public void MeanOfUnits_ExactFractions_ThenOneDeclaredRounding()
    {
        var thirds = new Dictionary<string, Rate>(AllReplies) { ["ls-a"] = new Rate(1, 3), ["ls-b"] = new Rate(2, 3) };
        var third = new Dictionary<string, Rate>(AllReplies) { ["ls-a"] = new Rate(1, 3), ["ls-b"] = new Rate(0, 1) };

        RollupNode half = Rollup.Evaluate(Tree, RateTarget(RollupMethod.MeanOfUnits, 50m), thirds)["lanshan"];
        Assert.Equal("50", half.Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(TargetStatus.Met, half.Status);
        Assert.Equal("16.6666666666666667", Rollup.Evaluate(Tree, RateTarget(RollupMethod.MeanOfUnits), third)["lanshan"].Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // The 17th decimal at the midpoint: mean(0.0000000000000003, 0) = 0.00000000000000015 rounds half-even to
    // 0.0000000000000002; mean(0.0000000000000001, 0) = 0.00000000000000005 rounds to 0.
    [Theory]
    [InlineData("0.0000000000000003", "0.0000000000000002")]
    [InlineData("0.0000000000000001", "0")]
    public void MeanOfUnits_RoundsHalfEvenAtSixteenDecimals(string value, string expected)
    {
        var tree = new OrganisationTree([new("c", "C"), new("a", "A", "c"), new("b", "B", "c")]);
        var values = new Dictionary<string, decimal> { ["a"] = decimal.Parse(value, CultureInfo.InvariantCulture), ["b"] = 0m };

        Assert.Equal(expected, Rollup.Evaluate(tree, Fixtures.Target(Fixtures.Pm25, Condition.AtMost(35m)), values)["c"].Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // Three levels, c → a (a1 = 0, a2 = 0, a3 = 1) and b (b1 = 0). Hand calculation: a = 1/3, reported
    // 0.3333333333333333; b = 0; c = mean(1/3, 0) = 1/6 = 0.16666666666666666…, rounded once: 0.1666666666666667.
    // Rounding a first would give (0.3333333333333333 + 0) / 2 = 0.16666666666666665, half-even 0.1666666666666666.
    [Fact]
    public void MeanOfUnits_ThreeLevels_CarriesTheExactMeanUpAndRoundsOncePerUnit()
    {
        var tree = new OrganisationTree(
            [new("c", "C"), new("a", "A", "c"), new("a1", "A1", "a"), new("a2", "A2", "a"), new("a3", "A3", "a"), new("b", "B", "c"), new("b1", "B1", "b")]);
        var values = new Dictionary<string, decimal> { ["a1"] = 0m, ["a2"] = 0m, ["a3"] = 1m, ["b1"] = 0m };

        RollupResult result = Rollup.Evaluate(tree, Fixtures.Target(Fixtures.Pm25, Condition.AtMost(35m)), values);

        Assert.Equal("0.3333333333333333", result["a"].Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0", result["b"].Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.1666666666666667", result["c"].Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // Judged on the exact mean, not its 16-decimal display: 9/10 is 90 % and 899999999999999999/10^18 is
    // 89.9999999999999999 %, so their mean is (179.9999999999999999) / 2 = 89.99999999999999995 = 90 − 5 · 10⁻¹⁷ (hand
    // calculation). Half-even at 16 decimals that shows as 90, but it is below 90: "≥ 90 %" at full value is not met.
    [Fact]
    public void MeanOfUnits_JustBelowTheBound_IsJudgedOnTheExactMeanNotItsRounding()
    {
        var tree = new OrganisationTree([new("c", "C"), new("a", "A", "c"), new("b", "B", "c")]);
        var values = new Dictionary<string, Rate> { ["a"] = new Rate(9, 10), ["b"] = new Rate(899_999_999_999_999_999, 1_000_000_000_000_000_000) };

        RollupNode parent = Rollup.Evaluate(tree, Fixtures.Target(new Indicator("reply-rate", "按时答复率", "replies on time", Unit.Percent, rollup: RollupMethod.MeanOfUnits), Condition.AtLeast(90m)), values)["c"];

        Assert.Equal(90m, parent.Value);
        Assert.Equal(TargetStatus.NotMet, parent.Status);
        Assert.Equal("89.99999999999999995", parent.Result.Actual!.Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // A rounded comparison rounds the exact mean: mean(89.99, 89.999999999999999999) = 89.9949999999999999995 (hand
    // calculation), which half-even to 2 decimals is 89.99, not met at ≥ 90; its 16-decimal display 89.995 would round
    // to 90.00 (the 9 before the 5 is odd). mean(89.99, 90) = 89.995 exactly rounds to 90.00, met.
    [Theory]
    [InlineData("89.999999999999999999", "89.995", TargetStatus.NotMet)]
    [InlineData("90", "89.995", TargetStatus.Met)]
    public void MeanOfUnits_RoundedComparison_RoundsTheExactMean(string second, string shown, TargetStatus expected)
    {
        var tree = new OrganisationTree([new("c", "C"), new("a", "A", "c"), new("b", "B", "c")]);
        var values = new Dictionary<string, decimal> { ["a"] = 89.99m, ["b"] = decimal.Parse(second, CultureInfo.InvariantCulture) };
        var indicator = new Indicator("coverage", "覆盖率", "coverage", Unit.Percent, rollup: RollupMethod.MeanOfUnits);
        var rounding = new RoundingRule(2, RoundingMode.HalfEven, ComparisonMethod.RoundedValue);

        RollupNode parent = Rollup.Evaluate(tree, Fixtures.Target(indicator, Condition.AtLeast(90m), rounding), values)["c"];

        Assert.Equal(shown, parent.Value!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, parent.Status);
    }

    // The mean of 10¹⁰, 0 and 0 is 10¹⁰/3 (hand calculation), against a bound with 20 significant decimals: a decimal
    // on its side of every 20-decimal number would need 10 + 21 digits, more than a decimal has (at most 29), and the
    // mean has no exact decimal. It cannot be judged exactly, so the unit is Invalid and out of range (it is shown all
    // the same, at 16 decimals).
    [Fact]
    public void MeanOfUnits_NotJudgeableExactlyAtTheBoundsPrecision_IsInvalidOutOfRange()
    {
        RollupNode parent = Rollup.Evaluate(ThreeUnits, Fixtures.Target(Fixtures.Pm25, Condition.AtMost(35.00000000000000000001m)), TenToTheTenAndTwoZeros)["c"];

        Assert.Equal(TargetStatus.Invalid, parent.Status);
        Assert.Contains(parent.Result.Findings, f => f.Code == FindingCode.OutOfRange);
        Assert.Equal("3333333333.3333333333333333", parent.Value!.Value.ToString(CultureInfo.InvariantCulture));
    }

    // The same mean against 35 written with 20 trailing zeros (a catalog keeps the scale written): the zeros are not
    // precision, so it is judged as against 35 — 10¹⁰/3 is far above it, not met.
    [Fact]
    public void MeanOfUnits_BoundWithTrailingZeros_IsJudgedAsTheNumber()
    {
        foreach (decimal bound in new[] { 35m, 35.00000000000000000000m })
        {
            RollupNode parent = Rollup.Evaluate(ThreeUnits, Fixtures.Target(Fixtures.Pm25, Condition.AtMost(bound)), TenToTheTenAndTwoZeros)["c"];

            Assert.Equal(TargetStatus.NotMet, parent.Status);
            Assert.DoesNotContain(parent.Result.Findings, f => f.Code == FindingCode.OutOfRange);
        }
    }

    private static readonly OrganisationTree ThreeUnits = new([new("c", "C"), new("a", "A", "c"), new("b", "B", "c"), new("d", "D", "c")]);

    private static readonly Dictionary<string, decimal> TenToTheTenAndTwoZeros = new() { ["a"] = 10_000_000_000m, ["b"] = 0m, ["d"] = 0m };

    // Missing hd-b: 河东区's mean covers hd-a only (90), indeterminate; the city's mean(90, 90, 93.33…) is partial too.
    [Fact]
    public void MeanOfUnits_MissingChild_IsIndeterminate()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.MeanOfUnits), Replies);

        Assert.Equal(90m, result["hedong"].Value);
        Assert.Equal(TargetStatus.Indeterminate, result["hedong"].Status);
        Assert.Equal(TargetStatus.Indeterminate, result["linyi"].Status);
    }

    // ---- Sum -----------------------------------------------------------------------------------------------------

    private static ValueTarget CaseTarget(RollupMethod method) =>
        Fixtures.Target(new Indicator("corrected", "行政复议纠错案件数", "cases corrected on review", Unit.Cases, Polarity.LowerIsBetter, rollup: method), Condition.AtMost(30m));

    // Corrected cases: 兰山区 12 + 3 = 15; 罗庄区 0 + 0 = 0 (zero is data: met); 河东区 5 + missing; 市司法局 7. The city's
    // 15 + 0 + 5 + 7 = 27 is under 30, but a missing department could push it over: indeterminate.
    [Fact]
    public void Sum_ZeroIsData_MissingIsNot()
    {
        var cases = new Dictionary<string, decimal> { ["ls-a"] = 12m, ["ls-b"] = 3m, ["lz-a"] = 0m, ["lz-b"] = 0m, ["hd-a"] = 5m, ["city-office"] = 7m };

        RollupResult result = Rollup.Evaluate(Tree, CaseTarget(RollupMethod.Sum), cases);

        Assert.Equal(15m, result["lanshan"].Value);
        Assert.Equal(0m, result["luozhuang"].Value);
        Assert.Equal(TargetStatus.Met, result["luozhuang"].Status);
        Assert.Equal(27m, result["linyi"].Value);
        Assert.Equal(TargetStatus.Indeterminate, result["linyi"].Status);
        Assert.Equal(TargetStatus.Met, Rollup.Evaluate(Tree, CaseTarget(RollupMethod.Sum), new Dictionary<string, decimal>(cases) { ["hd-b"] = 3m })["linyi"].Status);
        Assert.Equal(TargetStatus.NotMet, Rollup.Evaluate(Tree, CaseTarget(RollupMethod.Sum), new Dictionary<string, decimal>(cases) { ["hd-b"] = 4m })["linyi"].Status);
    }

    [Fact]
    public void Sum_OfRates_Throws() =>
        Assert.Throws<ArgumentException>(() => Rollup.Evaluate(Tree, RateTarget(RollupMethod.Sum), Replies));

    [Fact]
    public void RatioOfSums_OfDecimals_Throws() =>
        Assert.Throws<ArgumentException>(() => Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), new Dictionary<string, decimal>()));

    [Fact]
    public void Rates_AgainstANonPercentTarget_Throw() =>
        Assert.Throws<ArgumentException>(() => Rollup.Evaluate(Tree, CaseTarget(RollupMethod.WorstChild), Replies));

    // ---- Worst child ---------------------------------------------------------------------------------------------

    // Higher is better, so the worst is the lowest: 兰山区 90 % and 90 % tie, the first (ls-a, 45/50) is chosen; the city's
    // worst of 45/50, 9/10 (河东区, partial) and 28/30 is 45/50 (tie with 9/10, first wins) — met, but partial.
    [Fact]
    public void WorstChild_HigherIsBetter_TakesTheLowestFirstOnTies()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.WorstChild), Replies);

        Assert.Equal(new Rate(45, 50), result["lanshan"].Rate);
        Assert.Equal(["ls-a"], result["lanshan"].Contributors);
        Assert.Equal(TargetStatus.Met, result["lanshan"].Status);
        Assert.Equal(["lanshan"], result["linyi"].Contributors);
        Assert.Equal(TargetStatus.Indeterminate, result["linyi"].Status);
        Assert.Equal(TargetStatus.NotApplicable, result["luozhuang"].Status);
        Assert.Null(result["luozhuang"].Value);
    }

    // hd-a at 8/10 fails; hd-b is missing, but a missing child can only be as bad or worse: 河东区 and the city fail.
    [Fact]
    public void WorstChild_FailingChildDecidesDespiteMissingOnes()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.WorstChild), new Dictionary<string, Rate>(Replies) { ["hd-a"] = new Rate(8, 10) });

        Assert.Equal(TargetStatus.NotMet, result["hedong"].Status);
        Assert.Equal(new Rate(8, 10), result["linyi"].Rate);
        Assert.Equal(TargetStatus.NotMet, result["linyi"].Status);
        Assert.Equal(-10m, result["linyi"].Result.Margin);
        Assert.Contains(result["linyi"].Result.Findings, f => f.Code == FindingCode.IncompleteRollup);
    }

    private static readonly OrganisationTree Stations = new(
    [
        new("city", "市"), new("a", "A区", "city"), new("a1", "A1", "a"), new("a2", "A2", "a"), new("b", "B区", "city"), new("b1", "B1", "b"), new("b2", "B2", "b"),
    ]);

    private static readonly Dictionary<string, decimal> Pm25 = new() { ["a1"] = 30m, ["a2"] = 38m, ["b1"] = 33m, ["b2"] = 34m };

    // PM2.5 is lower-is-better, so the worst station is the highest: A 38 (not met at ≤ 35), B 34, city 38.
    [Fact]
    public void WorstChild_LowerIsBetter_TakesTheHighest()
    {
        var target = Fixtures.Target(new Indicator("pm25", "PM2.5", "PM2.5", Unit.MicrogramsPerCubicMetre, Polarity.LowerIsBetter, rollup: RollupMethod.WorstChild), Condition.AtMost(35m));

        RollupResult result = Rollup.Evaluate(Stations, target, Pm25);

        Assert.Equal(38m, result["a"].Value);
        Assert.Equal(34m, result["b"].Value);
        Assert.Equal(38m, result["city"].Value);
        Assert.Equal(["a"], result["city"].Contributors);
        Assert.Equal(TargetStatus.NotMet, result["city"].Status);
    }

    // Closer is better with the band 95–105: margins are 100 → 5, 96 → 1, 104.5 → 0.5, so 104.5 is the worst.
    [Fact]
    public void WorstChild_CloserIsBetter_TakesTheSmallestMargin()
    {
        var target = Fixtures.Target(new Indicator("ratio", "比例", "ratio", Unit.Percent, Polarity.CloserIsBetter, allowsAbove100: true, rollup: RollupMethod.WorstChild), Condition.Between(95m, 105m));
        var tree = new OrganisationTree([new("c", "C"), new("x", "X", "c"), new("y", "Y", "c"), new("z", "Z", "c")]);

        RollupNode node = Rollup.Evaluate(tree, target, new Dictionary<string, decimal> { ["x"] = 100m, ["y"] = 96m, ["z"] = 104.5m })["c"];

        Assert.Equal(104.5m, node.Value);
        Assert.Equal(["z"], node.Contributors);
    }

    // ---- Maximum -------------------------------------------------------------------------------------------------

    // US EPA style: the highest monitor. A max(30, 38) = 38, B max(33, 34) = 34, city 38.
    [Fact]
    public void Maximum_TakesTheLargest()
    {
        var target = Fixtures.Target(new Indicator("pm25", "PM2.5", "PM2.5", Unit.MicrogramsPerCubicMetre, Polarity.LowerIsBetter, rollup: RollupMethod.Maximum), Condition.AtMost(35m));

        RollupResult result = Rollup.Evaluate(Stations, target, Pm25);

        Assert.Equal(38m, result["city"].Value);
        Assert.Equal(34m, result["b"].Value);
        Assert.Equal(["b2"], result["b"].Contributors);
    }

    // Without b2, B's maximum 33 is below 35, but b2 could be above it: indeterminate. The city's known maximum 38 is
    // already above 35 and a maximum only grows: not met whatever b2 holds. 罗庄区's 0/0s are not applicable.
    [Fact]
    public void Maximum_MissingChild_IndeterminateUnlessAlreadyAboveTheUpperBound()
    {
        var target = Fixtures.Target(new Indicator("pm25", "PM2.5", "PM2.5", Unit.MicrogramsPerCubicMetre, Polarity.LowerIsBetter, rollup: RollupMethod.Maximum), Condition.AtMost(35m));
        var partial = new Dictionary<string, decimal>(Pm25);
        partial.Remove("b2");

        RollupResult result = Rollup.Evaluate(Stations, target, partial);

        Assert.Equal(33m, result["b"].Value);
        Assert.Equal(TargetStatus.Indeterminate, result["b"].Status);
        Assert.Equal(TargetStatus.NotMet, result["city"].Status);
        Assert.Equal(["b2"], result["city"].MissingUnits);
        Assert.Equal(TargetStatus.NotApplicable, Rollup.Evaluate(Tree, RateTarget(RollupMethod.Maximum), Replies)["luozhuang"].Status);
    }

    // A maximum below a lower bound is not decided: a missing child may lift it. 河东区 without hd-b: 9/10 is 90 %,
    // below ≥ 95 %, but hd-b could be 100 %.
    [Fact]
    public void Maximum_MissingChild_BelowALowerBound_IsIndeterminate() =>
        Assert.Equal(TargetStatus.Indeterminate, Rollup.Evaluate(Tree, RateTarget(RollupMethod.Maximum, 95m), Replies)["hedong"].Status);

    // Higher is better, band 95–105 (a ratio that may exceed 100 %): the lowest known child 106 fails on the upper side,
    // and a missing child could be the new lowest at 100, inside the band — indeterminate, not decided.
    [Fact]
    public void WorstChild_FailingOnTheOtherSide_IsNotDecided()
    {
        var target = Fixtures.Target(new Indicator("ratio", "比例", "ratio", Unit.Percent, allowsAbove100: true, rollup: RollupMethod.WorstChild), Condition.Between(95m, 105m));
        var tree = new OrganisationTree([new("c", "C"), new("x", "X", "c"), new("y", "Y", "c")]);

        RollupNode node = Rollup.Evaluate(tree, target, new Dictionary<string, decimal> { ["x"] = 106m })["c"];

        Assert.Equal(106m, node.Value);
        Assert.Equal(TargetStatus.Indeterminate, node.Status);
    }

    // Decided worst child with tiers: the known worst 8/10 = 80 % fails the plan tier ≥ 90 (decided: lower can only be
    // worse) but meets the statutory tier ≥ 75, which a missing department could still fail: that tier is indeterminate.
    [Fact]
    public void WorstChild_Decided_KeepsOnlyDecidedTiers()
    {
        var indicator = new Indicator("reply-rate", "按时答复率", "replies on time", Unit.Percent, rollup: RollupMethod.WorstChild);
        ValueTarget target = Fixtures.Target(indicator, Condition.AtLeast(90m), tiers: [new Tier(TierLevel.Statutory, Condition.AtLeast(75m)), new Tier(TierLevel.Stretch, Condition.AtLeast(95m))]);

        RollupNode hedong = Rollup.Evaluate(Tree, target, new Dictionary<string, Rate>(Replies) { ["hd-a"] = new Rate(8, 10) })["hedong"];

        Assert.Equal(TargetStatus.NotMet, hedong.Status);
        Assert.Equal([TargetStatus.Indeterminate, TargetStatus.NotMet], hedong.Result.Tiers.Select(t => t.Status));
    }

    // Maximum ignores polarity: for a higher-is-better rate it is still the largest (28/30 = 93.3 % for the city).
    [Fact]
    public void Maximum_OfRates_IsTheLargestByValue() =>
        Assert.Equal(new Rate(28, 30), Rollup.Evaluate(Tree, RateTarget(RollupMethod.Maximum), AllReplies)["linyi"].Rate);

    // ---- Count meeting the target --------------------------------------------------------------------------------

    // Complete data at ≥ 90 %: 兰山区 2 of 2 departments meet (met); 罗庄区 none applicable (0, not applicable);
    // 河东区 1 of 2 (hd-b 70 % fails: not met); the city: 兰山区 and 市司法局 meet, 河东区 does not → 2, not met.
    [Fact]
    public void CountMeetingTarget_CountsChildrenAndRequiresAll()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.CountMeetingTarget), AllReplies);

        Assert.Equal(2m, result["lanshan"].Value);
        Assert.Equal(TargetStatus.Met, result["lanshan"].Status);
        Assert.Equal(0m, result["luozhuang"].Value);
        Assert.Equal(TargetStatus.NotApplicable, result["luozhuang"].Status);
        Assert.Equal(1m, result["hedong"].Value);
        Assert.Equal(TargetStatus.NotMet, result["hedong"].Status);
        Assert.Equal(2m, result["linyi"].Value);
        Assert.Equal(["lanshan", "city-office"], result["linyi"].Contributors);
        Assert.Equal(TargetStatus.NotMet, result["linyi"].Status);
        Assert.Equal(4, result["linyi"].Result.Components.Count);
    }

    // hd-b missing: 河东区 has 1 met and 1 missing — partial, indeterminate; the city likewise.
    [Fact]
    public void CountMeetingTarget_MissingChild_IsIndeterminate()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.CountMeetingTarget), Replies);

        Assert.Equal(1m, result["hedong"].Value);
        Assert.Equal(TargetStatus.Indeterminate, result["hedong"].Status);
        Assert.Equal(TargetStatus.Indeterminate, result["linyi"].Status);
    }

    // ---- Values out of range ------------------------------------------------------------------------------------

    // A = long.MaxValue/long.MaxValue + 1/1: its numerators add up to 2^63, one more than a count holds, so A has no
    // value — Invalid, out of range, listed with the invalid units — and the city is the ratio of B's counts alone,
    // 45/50, Invalid because A below it is (the rule for invalid leaves).
    [Fact]
    public void RatioOfSums_CountsBeyondLongMaxValue_AreInvalidOutOfRange_AndLeftOutAbove()
    {
        var tree = new OrganisationTree([new("city", "市"), new("a", "A区", "city"), new("a1", "A1", "a"), new("a2", "A2", "a"), new("b", "B区", "city"), new("b1", "B1", "b")]);
        var values = new Dictionary<string, Rate> { ["a1"] = new Rate(long.MaxValue, long.MaxValue), ["a2"] = new Rate(1, 1), ["b1"] = new Rate(45, 50) };

        RollupResult result = Rollup.Evaluate(tree, RateTarget(RollupMethod.RatioOfSums), values);

        Assert.Equal(TargetStatus.Invalid, result["a"].Status);
        Assert.Null(result["a"].Rate);
        Assert.Null(result["a"].Value);
        Assert.Equal(["a1", "a2"], result["a"].Contributors);
        Assert.Equal(["a"], result["a"].InvalidUnits);
        Finding finding = Assert.Single(result["a"].Result.Findings);
        Assert.Equal(FindingCode.OutOfRange, finding.Code);
        Assert.Contains("9223372036854775807", finding.MessageEn, StringComparison.Ordinal);
        Assert.Equal(new Rate(45, 50), result["city"].Rate);
        Assert.Equal(["b"], result["city"].Contributors);
        Assert.Equal(["a"], result["city"].InvalidUnits);
        Assert.Equal(TargetStatus.Invalid, result["city"].Status);
        Assert.Contains(result["city"].Result.Findings, f => f.Code == FindingCode.IncompleteRollup && f.MessageEn.Contains("(a)", StringComparison.Ordinal));
    }

    // Sums that a decimal cannot hold exactly: decimal.MaxValue + 1 overflows, and 10^27 + 0.01 needs 30 significant
    // digits (28 integer digits and 2 decimals), so it would be rounded. Both units are Invalid and out of range; the
    // sum 5 + 7 = 12 of the third district is unaffected.
    [Fact]
    public void Sum_BeyondWhatADecimalHolds_IsInvalidOutOfRange()
    {
        var tree = new OrganisationTree([new("city", "市"), new("a", "A", "city"), new("a1", "A1", "a"), new("a2", "A2", "a"), new("b", "B", "city"), new("b1", "B1", "b"), new("b2", "B2", "b"), new("c", "C", "city"), new("c1", "C1", "c"), new("c2", "C2", "c")]);
        var values = new Dictionary<string, decimal> { ["a1"] = decimal.MaxValue, ["a2"] = 1m, ["b1"] = 1_000_000_000_000_000_000_000_000_000m, ["b2"] = 0.01m, ["c1"] = 5m, ["c2"] = 7m };

        RollupResult result = Rollup.Evaluate(tree, CaseTarget(RollupMethod.Sum), values);

        foreach (string unit in new[] { "a", "b" })
        {
            Assert.Equal(TargetStatus.Invalid, result[unit].Status);
            Assert.Null(result[unit].Value);
            Assert.Equal(FindingCode.OutOfRange, Assert.Single(result[unit].Result.Findings).Code);
        }
        Assert.Equal(12m, result["c"].Value);
        Assert.Equal(12m, result["city"].Value);
        Assert.Equal(["a", "b"], result["city"].InvalidUnits);
        Assert.Equal(TargetStatus.Invalid, result["city"].Status);
    }

    // The worst child decided through the evaluation's own judgment under a rounded comparison, lower is better, "≤ 35 %"
    // compared at 0 decimals half-even: a known worst of 35.4 % (177/500) rounds to 35, which meets the bound, so a
    // missing unit decides (Indeterminate); 35.6 % (178/500) rounds to 36, beyond it, so it fails whatever is missing.
    [Theory]
    [InlineData(177, TargetStatus.Indeterminate)]
    [InlineData(178, TargetStatus.NotMet)]
    public void WorstChild_RoundedComparison_DecidesOnTheRoundedValue(long numerator, TargetStatus expected)
    {
        var indicator = new Indicator("complaints", "投诉率", "complaint share", Unit.Percent, Polarity.LowerIsBetter, rollup: RollupMethod.WorstChild);
        ValueTarget target = Fixtures.Target(indicator, Condition.AtMost(35m), new RoundingRule(0, RoundingMode.HalfEven, ComparisonMethod.RoundedValue));
        var tree = new OrganisationTree([new("c", "C"), new("x", "X", "c"), new("y", "Y", "c")]);

        RollupNode node = Rollup.Evaluate(tree, target, new Dictionary<string, Rate> { ["x"] = new Rate(numerator, 500) })["c"];

        Assert.Equal(expected, node.Status);
    }

    // A partial value that is impossible stays Invalid: a sum of shares 60 + 60 = 120 % is above 100 % whatever the
    // missing unit adds (it was Indeterminate).
    [Fact]
    public void Sum_ImpossiblePartialValue_IsInvalid()
    {
        var indicator = new Indicator("share", "占比", "share", Unit.Percent, rollup: RollupMethod.Sum);
        var tree = new OrganisationTree([new("c", "C"), new("x", "X", "c"), new("y", "Y", "c"), new("z", "Z", "c")]);

        RollupNode node = Rollup.Evaluate(tree, Fixtures.Target(indicator, Condition.AtLeast(50m)), new Dictionary<string, decimal> { ["x"] = 60m, ["y"] = 60m })["c"];

        Assert.Equal(120m, node.Value);
        Assert.Equal(TargetStatus.Invalid, node.Status);
    }

    // No rate makes a rollup, its results, explanations or JSON throw, by any method, polarity, condition and rounding
    // (0 to 16 decimals, both comparisons): counts up to long.MaxValue (ratios to 9.2 · 10^20 %, sums past 2^63), some
    // leaves missing. What cannot be computed exactly is Invalid and out of range; a judged unit has its rounded value,
    // unless only that rounded value is out of range and the full value decided (a warning, no rounded value).
    [Fact]
    public void Evaluate_ExtremeRates_NeverThrow()
    {
        Gen<Rate?> leaf = Gen.Frequency(
            (1, Gen.Constant<Rate?>(null)),
            (6, from n in Generators.ExtremeCount from d in Generators.ExtremeCount select (Rate?)new Rate(n, d)));
        Gen<RollupMethod> methods = Gen.Elements(RollupMethod.RatioOfSums, RollupMethod.MeanOfUnits, RollupMethod.WorstChild, RollupMethod.Maximum, RollupMethod.CountMeetingTarget);
        Properties.Check(Prop.ForAll(ExtremeCase(leaf, methods).ToArbitrary(), c =>
        {
            var indicator = new Indicator("ratio", "比例", "ratio", Unit.Percent, c.Polarity, allowsAbove100: c.Above100, rollup: c.Method);
            ValueTarget target = Fixtures.Target(indicator, c.Condition, c.Rounding, tiers: [new Tier(TierLevel.Stretch, c.Condition)]);
            return Sound(Rollup.Evaluate(c.Tree, target, Leaves(c.Tree, c.Leaves)));
        }));
    }

    // The same for decimals of every size and scale (to ±decimal.MaxValue and 1e-28) by Sum, mean, worst child, maximum
    // and count, on a concentration and on a percent indicator.
    [Fact]
    public void Evaluate_ExtremeDecimals_NeverThrow()
    {
        Gen<decimal?> leaf = Gen.Frequency((1, Gen.Constant<decimal?>(null)), (6, Generators.AnyDecimal.Select(v => (decimal?)v)));
        Gen<RollupMethod> methods = Gen.Elements(RollupMethod.Sum, RollupMethod.MeanOfUnits, RollupMethod.WorstChild, RollupMethod.Maximum, RollupMethod.CountMeetingTarget);
        Properties.Check(Prop.ForAll(ExtremeCase(leaf, methods).ToArbitrary(), c =>
        {
            Unit unit = c.Above100 ? Unit.MicrogramsPerCubicMetre : Unit.Percent;
            var indicator = new Indicator("value", "数值", "value", unit, c.Polarity, rollup: c.Method);
            ValueTarget target = Fixtures.Target(indicator, c.Condition, c.Rounding, tiers: [new Tier(TierLevel.Stretch, c.Condition)]);
            return Sound(Rollup.Evaluate(c.Tree, target, Leaves(c.Tree, c.Leaves)));
        }));
    }

    private static Gen<(OrganisationTree Tree, T?[] Leaves, RollupMethod Method, Polarity Polarity, bool Above100, Condition Condition, RoundingRule Rounding)> ExtremeCase<T>(Gen<T?> leaf, Gen<RollupMethod> methods) =>
        from tree in AggregationGenerators.Tree
        from leaves in Gen.ArrayOf(leaf, tree.Count)
        from method in methods
        from polarity in Gen.Elements(Enum.GetValues<Polarity>())
        from above100 in Gen.Elements(true, false)
        from condition in CatalogGenerators.Condition
        from rounding in CatalogGenerators.AnyRounding
        select (tree, leaves, method, polarity, above100, condition, rounding);

    private static Dictionary<string, TValue> Leaves<TValue>(OrganisationTree tree, TValue?[] drawn)
        where TValue : struct =>
        tree.Units.Select((u, i) => (u.Id, Value: drawn[i])).Where(p => p.Value.HasValue).ToDictionary(p => p.Id, p => p.Value!.Value);

    // Every part of every node computes; out of range always means Invalid; a judged value has its rounded value.
    private static bool Sound(RollupResult result) => result.Nodes.All(node =>
    {
        TargetResult r = node.Result;
        string json = LawGov.Indicators.Serialization.ResultJson.Write(r);
        _ = (node.Value, node.Rate, r.ExplanationEn, r.ExplanationZh, r.Margin, r.CountMargin, r.Tiers.Select(t => t.Margin).ToList());
        // Out of range as an error (a sum that does not fit, a rounded value compared that cannot be formed) is Invalid;
        // as a warning (only the reported rounded value cannot be formed, the full value decides) leaves no rounded value.
        bool outOfRangeError = r.Findings.Any(f => f.Code == FindingCode.OutOfRange && f.Severity == Severity.Error);
        bool outOfRangeWarning = r.Findings.Any(f => f.Code == FindingCode.OutOfRange && f.Severity == Severity.Warning);
        bool judged = r.Status is TargetStatus.Met or TargetStatus.NotMet && r.Actual is not null;
        return json.Length > 0 && (!outOfRangeError || r.Status == TargetStatus.Invalid)
            && (!judged || (outOfRangeWarning ? r.RoundedActual is null : r.RoundedActual.HasValue));
    });

    // ---- Keys and trees ------------------------------------------------------------------------------------------

    // A value for an inner unit (its value is computed) and one for an unknown unit are reported, not used.
    [Fact]
    public void Evaluate_KeysThatAreNotLeaves_AreReportedUnused()
    {
        var values = new Dictionary<string, Rate>(AllReplies) { ["lanshan"] = new Rate(1, 1), ["unknown"] = new Rate(1, 1) };

        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), values);

        Assert.Equal(["lanshan", "unknown"], result.UnusedKeys);
        Assert.Equal(new Rate(63, 70), result["lanshan"].Rate);
    }

    [Fact]
    public void Evaluate_ResultsFollowTheTree()
    {
        RollupResult result = Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), AllReplies);

        Assert.Equal(Tree.Units.Select(u => u.Id), result.Nodes.Select(n => n.Unit.Id));
        Assert.Equal(RollupMethod.RatioOfSums, result.Method);
        Assert.Equal("linyi", Assert.Single(result.Roots).Unit.Id);
        Assert.Throws<KeyNotFoundException>(() => result["nowhere"]);
    }

    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Rollup.Evaluate(null!, RateTarget(RollupMethod.RatioOfSums), Replies));
        Assert.Throws<ArgumentNullException>(() => Rollup.Evaluate(Tree, null!, Replies));
        Assert.Throws<ArgumentNullException>(() => Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), (IReadOnlyDictionary<string, Rate>)null!));
    }

    // The city's unit and period are on the node; the result's explanation names the missing department.
    [Fact]
    public void Explanation_OfAPartialNode_NamesTheMissingUnits() =>
        Assert.Contains("hd-b", Rollup.Evaluate(Tree, RateTarget(RollupMethod.RatioOfSums), Replies)["linyi"].Result.ExplanationEn, StringComparison.Ordinal);
}
