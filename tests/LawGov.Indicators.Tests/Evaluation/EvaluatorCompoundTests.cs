using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Evaluation;

public class EvaluatorCompoundTests
{
    // Seed 000 task 7 (and 2021 示范指标 #27): 报备率、报备及时率、规范率均达到100%. indicators.md §2 defines them over
    // shared counts: filing = filed / due; timely = filed on time / filed; conformity = conforming / filed.
    private static readonly Indicator Due = Fixtures.CountIndicator("due-for-filing", Unit.Items);
    private static readonly Indicator Filed = Fixtures.CountIndicator("filed", Unit.Items);
    private static readonly Indicator OnTime = Fixtures.CountIndicator("filed-on-time", Unit.Items);
    private static readonly Indicator Conforming = Fixtures.CountIndicator("conforming", Unit.Items);
    private static readonly Indicator FilingRate = Fixtures.RateIndicator("filing-rate", numerator: "filed", denominator: "due-for-filing");
    private static readonly Indicator TimelyRate = Fixtures.RateIndicator("timely-rate", numerator: "filed-on-time", denominator: "filed");
    private static readonly Indicator ConformityRate = Fixtures.RateIndicator("conformity-rate", numerator: "conforming", denominator: "filed");

    private static CompoundTarget AllHundred() => new(
        "filing-all-100",
        [
            Fixtures.Target(FilingRate, Condition.AtLeast(100m), id: "filing"),
            Fixtures.Target(TimelyRate, Condition.AtLeast(100m), id: "timely"),
            Fixtures.Target(ConformityRate, Condition.AtLeast(100m), id: "conformity"),
        ],
        Fixtures.Year(2020), Fixtures.City, Fixtures.Source("7"));

    // 40 due, 40 filed, 38 on time, 40 conforming: filing 100 %, timely 95 %, conformity 100 % -> not met, naming "timely".
    [Fact]
    public void AllOf_SharedDenominator_NamesTheFailingComponent()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Due, 40m, "due"), Fixtures.Value(Filed, 40m, "filed"),
            Fixtures.Value(OnTime, 38m, "on-time"), Fixtures.Value(Conforming, 40m, "conforming"),
        ];

        TargetResult result = Evaluator.Evaluate(AllHundred(), figures);

        Assert.Equal(TargetStatus.NotMet, result.Status);
        Assert.Equal(["filing", "timely", "conformity"], result.Components.Select(c => c.Target.Id));
        Assert.Equal([TargetStatus.Met, TargetStatus.NotMet, TargetStatus.Met], result.Components.Select(c => c.Status));
        Assert.Equal(new Rate(38, 40), result.Components[1].Actual!.Rate);
        // The failing part names exactly the one failing component, before the list of all three.
        Assert.StartsWith("Not met: 1 of 3 components do not hold (timely): rate filing-rate met (100.00% (40/40)); "
            + "rate timely-rate not met (95.00% (38/40)); rate conformity-rate met (100.00% (40/40)).", result.ExplanationEn, StringComparison.Ordinal);
        Assert.StartsWith("未达标：3项中1项未达到（timely）：", result.ExplanationZh, StringComparison.Ordinal);
    }

    // The same counts with every component met: the explanation says all hold and names no failing component.
    [Fact]
    public void AllOf_EveryComponentMet_SaysAllHold()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Due, 40m, "due"), Fixtures.Value(Filed, 40m, "filed"),
            Fixtures.Value(OnTime, 40m, "on-time"), Fixtures.Value(Conforming, 40m, "conforming"),
        ];

        TargetResult result = Evaluator.Evaluate(AllHundred(), figures);

        Assert.StartsWith("Met: all 3 components hold: ", result.ExplanationEn, StringComparison.Ordinal);
        Assert.DoesNotContain("do not hold", result.ExplanationEn, StringComparison.Ordinal);
    }

    // 12 due, 12 filed, 12 on time, 12 conforming: each rate 12/12 = 100 % meets ≥ 100 %.
    [Fact]
    public void AllOf_EveryComponentMet_IsMet()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Due, 12m, "due"), Fixtures.Value(Filed, 12m, "filed"),
            Fixtures.Value(OnTime, 12m, "on-time"), Fixtures.Value(Conforming, 12m, "conforming"),
        ];

        Assert.Equal(TargetStatus.Met, Evaluator.Evaluate(AllHundred(), figures).Status);
    }

    // A district that filed nothing: filing rate 0/0 and the two rates over "filed" 0/0 -> all not applicable.
    [Fact]
    public void AllOf_NothingToFile_IsNotApplicable()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Due, 0m, "due"), Fixtures.Value(Filed, 0m, "filed"),
            Fixtures.Value(OnTime, 0m, "on-time"), Fixtures.Value(Conforming, 0m, "conforming"),
        ];

        Assert.Equal(TargetStatus.NotApplicable, Evaluator.Evaluate(AllHundred(), figures).Status);
    }

    // Only due and filed are reported: filing 40/40 = 100 % is met, the timely and conformity rates lack their numerators.
    [Fact]
    public void AllOf_MissingCounts_IsNoData()
    {
        ReportedFigure[] figures = [Fixtures.Value(Due, 40m, "due"), Fixtures.Value(Filed, 40m, "filed")];

        TargetResult result = Evaluator.Evaluate(AllHundred(), figures);

        Assert.Equal(TargetStatus.NoData, result.Status);
        Assert.Equal(TargetStatus.Met, result.Components[0].Status);
    }

    // Seed 001: 5467 cases in 前三季度 (Q1–Q3) over 7454 in 1–11月: numerator and denominator periods differ.
    [Fact]
    public void DerivedRate_CountsFromDifferentPeriods_IsIndeterminate()
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Filed, 5467m, "q1-q3", Fixtures.Span(2020, 1, 1, 2020, 9, 30)),
            Fixtures.Value(Due, 7454m, "jan-nov", Fixtures.Span(2020, 1, 1, 2020, 11, 30)),
        ];

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(FilingRate, Condition.AtLeast(50m)), figures);

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Assert.Contains(result.Findings, f => f.Code == FindingCode.CountPeriodsDiffer);
        Assert.Equal(2, result.Evidence.Count);
    }

    // Seed 001 (五)4/(五)5: 1251 trained; the participants of the same exams are stated as 1251 and as 1427. 1251/1251 =
    // 100 % meets ≥ 100 %, 1251/1427 = 87.67 % does not (hand calculation): whichever order the figures come in, the
    // two readings disagree, so the rate is indeterminate with the conflict named (it was met in one order, not met in
    // the other).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DerivedRate_ConflictingDenominators_IsIndeterminateInEitherOrder(bool reversed)
    {
        ReportedFigure[] figures =
        [
            Fixtures.Value(Filed, 1251m, "trained"),
            Fixtures.Value(Due, 1251m, "participants-a"),
            Fixtures.Value(Due, 1427m, "participants-b"),
        ];

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(FilingRate, Condition.AtLeast(100m)), reversed ? figures.Reverse() : figures);

        Assert.Equal(TargetStatus.Indeterminate, result.Status);
        Finding conflict = Assert.Single(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
        Assert.Contains("trained/participants-a = 100.00% (1251/1251)", conflict.MessageEn, StringComparison.Ordinal);
        Assert.Contains("trained/participants-b = 87.67% (1251/1427)", conflict.MessageEn, StringComparison.Ordinal);
        Assert.Equal(["trained", "participants-a", "participants-b"], result.Evidence.Select(f => f.Id));
    }

    // Two statements of the numerator that agree (12 and 12.0) are one count: 12/12 = 100 %, met, no conflict.
    [Fact]
    public void DerivedRate_AgreeingCountFigures_AreOneReading()
    {
        ReportedFigure[] figures = [Fixtures.Value(Filed, 12m, "a"), Fixtures.Value(Filed, 12.0m, "b"), Fixtures.Value(Due, 12m, "due")];

        TargetResult result = Evaluator.Evaluate(Fixtures.Target(FilingRate, Condition.AtLeast(100m)), figures);

        Assert.Equal(TargetStatus.Met, result.Status);
        Assert.DoesNotContain(result.Findings, f => f.Code == FindingCode.ConflictingFigures);
        Assert.Equal(new Rate(12, 12), result.Actual!.Rate);
    }

    // Law: a derived rate's result does not depend on the order of its count figures. Up to three numerator and three
    // denominator figures of the target's year (values in small ranges, so that they often agree and often conflict),
    // evaluated in a random order, give the same status, actual value, findings and evidence as in catalog order.
    [Fact]
    public void DerivedRate_ResultDoesNotDependOnTheOrderOfTheFigures()
    {
        Gen<long[]> counts = Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 4).Select(v => (long)v), n));
        Properties.Check(Prop.ForAll(counts.ToArbitrary(), counts.Select(d => d.Select(v => v + 3).ToArray()).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (numerators, denominators, seed) =>
            {
                ReportedFigure[] figures =
                [
                    .. numerators.Select((v, i) => Fixtures.Value(Filed, v, "n" + i)),
                    .. denominators.Select((v, i) => Fixtures.Value(Due, v, "d" + i)),
                ];
                var shuffled = (ReportedFigure[])figures.Clone();
                new Random(seed).Shuffle(shuffled);
                ValueTarget target = Fixtures.Target(FilingRate, Condition.AtLeast(60m));

                TargetResult inOrder = Evaluator.Evaluate(target, figures);
                TargetResult inOtherOrder = Evaluator.Evaluate(target, shuffled);

                return inOrder.Status == inOtherOrder.Status
                    && inOrder.Actual?.ToString() == inOtherOrder.Actual?.ToString()
                    && inOrder.Findings.Select(f => f.MessageEn).SequenceEqual(inOtherOrder.Findings.Select(f => f.MessageEn))
                    && inOrder.Evidence.Select(f => f.Id).SequenceEqual(inOtherOrder.Evidence.Select(f => f.Id))
                    && inOrder.ExplanationEn == inOtherOrder.ExplanationEn;
            }));
    }
}
