using FsCheck.Fluent;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Serialization;

public class CatalogRoundTripTests
{
    [Fact]
    public void WriteRead_PreservesEveryCatalogType() =>
        Properties.Check(Prop.ForAll(CatalogGenerators.Catalog.ToArbitrary(), original =>
        {
            string json = CatalogJson.Write(original);
            Catalog read = CatalogJson.Parse(json);

            // Types with value equality compare directly; the rest through their members and their evaluation.
            Assert.Equal(original.Documents, read.Documents);
            Assert.Equal(original.Indicators, read.Indicators);
            var before = (ValueTarget)original.Targets[0];
            var after = (ValueTarget)read.Targets[0];
            Assert.Equal(before.Condition, after.Condition);
            Assert.Equal(before.Rounding, after.Rounding);
            Assert.Equal(before.Tiers, after.Tiers);
            Assert.Equal(before.Provenance, after.Provenance);
            Assert.Equal(before.Scope, after.Scope);
            Assert.Equal(before.Period, after.Period);
            Assert.Equal(before.Qualifiers, after.Qualifiers);
            Assert.Equal(before.ConfidenceLevel, after.ConfidenceLevel);
            Assert.Equal(before.EachYear, after.EachYear);
            Assert.Equal(((DeadlineTarget)original.Targets[1]).Deadline, ((DeadlineTarget)read.Targets[1]).Deadline);
            Assert.Equal(
                original.Figures.Select(f => (f.Id, f.Numerator, f.Denominator, f.Value, f.ValueUnit, f.StatedAs, f.Date, f.Completed, f.AsOf, f.Span, f.NumeratorPeriod, f.DenominatorPeriod, f.IsSample, f.Qualifiers)),
                read.Figures.Select(f => (f.Id, f.Numerator, f.Denominator, f.Value, f.ValueUnit, f.StatedAs, f.Date, f.Completed, f.AsOf, f.Span, f.NumeratorPeriod, f.DenominatorPeriod, f.IsSample, f.Qualifiers)));
            Assert.Equal(json, CatalogJson.Write(read));
            Assert.Equal(
                Evaluator.Evaluate(original).Results.Select(r => r.ExplanationEn),
                Evaluator.Evaluate(read).Results.Select(r => r.ExplanationEn));
        }), maxTest: 200);
}
