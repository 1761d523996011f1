using LawGov.Indicators.Evaluation;

namespace LawGov.Indicators.Tests.Evaluation;

public class StatusRulesTests
{
    // The combination rule of StatusRules.AllOf (indicators.md §3.7 "one conjunction status"): any NotMet decides;
    // then Invalid, Indeterminate, NoData in that order; NotApplicable parts are left out.
    [Theory]
    [InlineData(new[] { TargetStatus.Met, TargetStatus.Met }, TargetStatus.Met)]
    [InlineData(new[] { TargetStatus.Met, TargetStatus.NotApplicable }, TargetStatus.Met)]
    [InlineData(new[] { TargetStatus.NotApplicable, TargetStatus.NotApplicable }, TargetStatus.NotApplicable)]
    [InlineData(new[] { TargetStatus.Met, TargetStatus.NoData }, TargetStatus.NoData)]
    [InlineData(new[] { TargetStatus.NoData, TargetStatus.Indeterminate }, TargetStatus.Indeterminate)]
    [InlineData(new[] { TargetStatus.Indeterminate, TargetStatus.Invalid }, TargetStatus.Invalid)]
    [InlineData(new[] { TargetStatus.Invalid, TargetStatus.NotMet }, TargetStatus.NotMet)]
    public void AllOf_NotMetDecides_ThenInvalidIndeterminateNoData(TargetStatus[] parts, TargetStatus expected) =>
        Assert.Equal(expected, StatusRules.AllOf(parts));
}
