using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Evaluation;

/// <summary>Bugs found in review; each test failed before its fix.</summary>
public class ReviewRegressionTests
{
    private static readonly Indicator Filed = Fixtures.CountIndicator("filed");
    private static readonly Indicator Due = Fixtures.CountIndicator("due");
    private static readonly Indicator FilingRate = Fixtures.RateIndicator("filing-rate", numerator: "filed", denominator: "due");

    // 12.7 documents filed of 20 is not a count: it was truncated to 12/20 and judged Met.
    [Theory]
    [InlineData("12.7")]
    [InlineData("100000000000000000000")] // 1e20: beyond 64 bits, it threw OverflowException
    public void DerivedRate_CountThatIsNotAWholeLong_IsInvalid(string filed)
    {
        ReportedFigure[] figures = [Fixtures.Value(Filed, decimal.Parse(filed, System.Globalization.CultureInfo.InvariantCulture), "filed"), Fixtures.Value(Due, 20m, "due")];

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(FilingRate, Condition.AtLeast(50m)), figures);

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.FractionalCount && f.FigureId == "filed");
    }

    // Seed 000 task 16: 不存在未履行法院生效裁判 → at most 0 cases. A stated −3 was Met with margin +3.
    [Fact]
    public void NegativeStatedValue_IsInvalid()
    {
        Indicator cases = Fixtures.CountIndicator("unexecuted", Unit.Cases);

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(cases, Condition.AtMost(0m)), [Fixtures.Value(cases, -3m)]);

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.NegativeValue);
        Assert.Equal(TargetStatus.Invalid, Evaluator.Evaluate(Fixtures.Target(cases, Condition.AtMost(0m)), -3m).Status);
    }

    // 1e27 mg/m³ is 1e30 µg/m³, beyond decimal range: the conversion threw OverflowException.
    [Fact]
    public void ValueTooLargeToConvert_IsInvalid()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(52m)),
            [Fixtures.Value(Fixtures.Pm25, 1e27m, unit: Unit.MilligramsPerCubicMetre)]);

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.OutOfRange);
    }

    // decimal.MaxValue against ≤ −35: −35 − MaxValue is beyond the decimal range; the margin saturates instead of throwing.
    [Fact]
    public void MarginBeyondDecimalRange_Saturates()
    {
        TargetResult result = Evaluator.Evaluate(Fixtures.Target(Fixtures.Pm25, Condition.AtMost(-35m)), [Fixtures.Value(Fixtures.Pm25, decimal.MaxValue)]);

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(decimal.MinValue, Condition.AtMost(-35m).Margin(decimal.MaxValue));
        Assert.Contains("Not met", result.ExplanationEn, StringComparison.Ordinal);
    }

    // A period 2020-07-01/2021-06-30 holds one 03-31, 2021-03-31; 2020-03-31 was judged although it precedes the period.
    [Fact]
    public void AnnualDeadline_OnlyDatesInsideThePeriod()
    {
        var target = new DeadlineTarget("annual", Fixtures.Milestone, Deadline.EachYear(new AnnualDate(3, 31)),
            Fixtures.Span(2020, 7, 1, 2021, 6, 30), Fixtures.City, Fixtures.Source());

        Assert.Equal([new LocalDate(2021, 3, 31)], target.Deadline.DueDatesFor(target.Period));
        Assert.Equal(new LocalDate(2021, 3, 31), Evaluator.Evaluate(target, []).Due);
    }

    // 2020-04-01..2020-12-31 holds no 03-31 (hand check), so there is no due date to judge.
    [Fact]
    public void AnnualDeadline_NoDateInThePeriod_IsNotApplicable()
    {
        var target = new DeadlineTarget("annual", Fixtures.Milestone, Deadline.EachYear(new AnnualDate(3, 31)),
            Fixtures.Span(2020, 4, 1, 2020, 12, 31), Fixtures.City, Fixtures.Source());

        TargetResult result = Evaluator.Evaluate(target, []);

        Assert.Equal(TargetStatus.NotApplicable, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.PeriodMismatch);
    }

    // The direct overloads left out the soft/implied findings the figure path gives.
    [Fact]
    public void DirectEvaluation_CarriesQualifierFindings()
    {
        ValueTarget target = Fixtures.Target(Fixtures.RateIndicator(), Condition.AtLeast(100m), qualifiers: Qualifiers.Soft | Qualifiers.Implied);

        Assert.Equal(2, Evaluator.Evaluate(target, new Rate(5, 5)).Findings.Count); // one SoftTarget, one ImpliedTarget
        Assert.Equal(2, Evaluator.Evaluate(target, 100m).Findings.Count);
    }

    // Seed 001: 1340 of 1341 and a separately stated 99.93 % agree (99.93 is a correct rounding); 62 and 62.0 agree.
    [Fact]
    public void CountsAndAConsistentStatedPercent_DoNotConflict()
    {
        Indicator rate = Fixtures.RateIndicator("online");
        ReportedFigure counts = Fixtures.Counts(rate, 1340, 1341, id: "counts");
        ReportedFigure stated = Fixtures.Value(rate, 99.93m, "stated");

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(99.9m)), [counts, stated]);

        Assert.DoesNotContain(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
        Assert.DoesNotContain(DataQuality.Check(new Catalog("c", "C", [Fixtures.Plan], [rate], [], [counts, stated])), f => f.Code == FindingCode.ConflictingFigures);
    }

    // 62 and 62.0 are the same number; only the stated precision differs.
    [Fact]
    public void SameValueWithDifferentScale_DoesNotConflict()
    {
        Indicator rate = Fixtures.RateIndicator("good");

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(60m)), [Fixtures.Value(rate, 62m, "a"), Fixtures.Value(rate, 62.0m, "b")]);

        Assert.DoesNotContain(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // 1340/1341 = 99.9254 %: 99.95 is 0.025 away, more than the 0.005 of its last digit (indicators.md §3.6).
    [Fact]
    public void StatedPercentThatIsNotARoundingOfTheCounts_Conflicts()
    {
        Indicator rate = Fixtures.RateIndicator("online");

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(rate, Condition.AtLeast(99.9m)),
            [Fixtures.Counts(rate, 1340, 1341, id: "counts"), Fixtures.Value(rate, 99.95m, "stated")]);

        Assert.Contains(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
    }

    // Audit: a valid catalog crashed evaluation (OverflowException, CLI exit 3). 9223372036854775807/1 is
    // 922337203685477580700 % (hand calculation: × 100); at nine decimals that is 30 digits, more than a decimal's 96-bit
    // significand (2^96 ≈ 7.9 × 10^28), but its trailing zeros carry no value: dropping two leaves 28 digits, so it is exact at
    // seven decimals, and the target ≥ 100 is met either way.
    [Theory]
    [InlineData("roundedValue")]
    [InlineData("fullValue")]
    public void HugeRatio_RoundedToNineDecimals_IsJudged_AndWritesAsJson(string comparison)
    {
        Catalog catalog = CatalogJson.Parse(HugeRatioCatalog(1, comparison));

        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);
        TargetResult result = Assert.Single(evaluation.Results);
        using var json = new MemoryStream();
        ResultJson.Write(evaluation, json);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.Equal(922337203685477580700m, result.RoundedActual);
        Assert.Contains("\"roundedActual\": 922337203685477580700.0000000,", System.Text.Encoding.UTF8.GetString(json.ToArray()), StringComparison.Ordinal);
    }

    // 9223372036854775807/3 = 307445734561825860233.333333333… %: at nine decimals 30 significant digits with no zero to
    // drop, which no decimal holds. Compared by rounded value, the compared value cannot be formed: Invalid with an
    // out-of-range error, and its JSON is written.
    [Fact]
    public void HugeRatio_ThatNoDecimalHoldsAtTheDeclaredPrecision_ComparedRounded_IsInvalid_OutOfRange()
    {
        Catalog catalog = CatalogJson.Parse(HugeRatioCatalog(3, "roundedValue"));

        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);
        TargetResult result = Assert.Single(evaluation.Results);
        using var json = new MemoryStream();
        ResultJson.Write(evaluation, json);

        Assert.Equal(TargetStatus.Invalid, result.Status);
        Finding finding = Assert.Single(result.Findings, f => f.Code == FindingCode.OutOfRange);
        Assert.Equal(("f", Severity.Error), (finding.FigureId, finding.Severity));
        Assert.Null(result.RoundedActual);
        Assert.Null(result.Margin);
        Assert.Contains("\"status\": \"invalid\"", System.Text.Encoding.UTF8.GetString(json.ToArray()), StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => new Rate(long.MaxValue, 3).ToPercent(9, RoundingMode.HalfEven)); // as documented
        Assert.Equal(TargetStatus.Invalid, Evaluator.Evaluate((ValueTarget)catalog.Targets[0], new Rate(long.MaxValue, 3)).Status);
    }

    // The same ratio compared by full value: 307445734561825860233.33… % ≥ 1 % is decided exactly from the counts (met),
    // only the rounded value is missing (null), with an out-of-range warning; the fast path for counts agrees. It used
    // to be Invalid although the status was exactly decidable.
    [Fact]
    public void HugeRatio_ThatNoDecimalHoldsAtTheDeclaredPrecision_ComparedByFullValue_IsJudgedExactly()
    {
        Catalog catalog = CatalogJson.Parse(HugeRatioCatalog(3, "fullValue").Replace("\"atLeast\": 100", "\"atLeast\": 1", StringComparison.Ordinal));

        CatalogEvaluation evaluation = Evaluator.Evaluate(catalog);
        TargetResult result = Assert.Single(evaluation.Results);
        TargetResult fast = Evaluator.Evaluate((ValueTarget)catalog.Targets[0], new Rate(long.MaxValue, 3));
        using var json = new MemoryStream();
        ResultJson.Write(evaluation, json);

        Assert.Equal(TargetStatus.Met, result.Status);
        Finding finding = Assert.Single(result.Findings, f => f.Code == FindingCode.OutOfRange);
        Assert.Equal(("f", Severity.Warning), (finding.FigureId, finding.Severity));
        Assert.Null(result.RoundedActual);
        Assert.NotNull(result.Margin);
        Assert.Same(finding, result.Reason);
        Assert.DoesNotContain("roundedActual", System.Text.Encoding.UTF8.GetString(json.ToArray()), StringComparison.Ordinal);
        Assert.Equal((TargetStatus.Met, Severity.Warning), (fast.Status, Assert.Single(fast.Findings).Severity));
        Assert.Null(fast.RoundedActual);
    }

    private static string HugeRatioCatalog(long denominator, string comparison) => $$$"""
        {"id": "c", "title": "C", "jurisdiction": "临沂市",
         "documents": [{"id": "plan", "title": "计划", "effective": "2020"}],
         "indicators": [{"id": "ratio", "nameZh": "比", "nameEn": "ratio", "unit": "%", "allowsAbove100": true}],
         "targets": [{"id": "t", "indicator": "ratio", "condition": {"atLeast": 100},
                      "rounding": {"decimals": 9, "comparison": "{{{comparison}}}"}, "source": {"document": "plan"}}],
         "figures": [{"id": "f", "target": "t", "numerator": 9223372036854775807, "denominator": {{{denominator}}}, "source": {"document": "plan"}}]}
        """;

    // The count margin was clamped at long.MinValue without saying so. ≥ 10^20 % of 10^18 needs 10^36 in the
    // numerator (hand calculation: 10^20 / 100 × 10^18), so the margin, about −10^36, does not fit in 64 bits: null.
    [Fact]
    public void CountMarginBeyond64Bits_IsNull_NotClamped()
    {
        var ratio = Fixtures.RateIndicator("ratio", allowsAbove100: true);
        var rate = new Rate(5, 1_000_000_000_000_000_000);

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(ratio, Condition.AtLeast(100_000_000_000_000_000_000m)), rate);

        Assert.Null(Condition.AtLeast(100_000_000_000_000_000_000m).CountMargin(rate));
        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Null(result.CountMargin);
        Assert.DoesNotContain("more needed", result.ExplanationEn, StringComparison.Ordinal);
        Assert.Equal(-5, Condition.AtLeast(100m).CountMargin(new Rate(5, 10))); // 100 % of 10 needs 10: 5 short, still counted
    }
}
