using LawGov.Indicators.Calendars;

namespace LawGov.Indicators.Tests.Calendars;

public class StatutoryTimeLimitsTests
{
    // Each figure from time-limits.md §1 (status S); 行政许可法 art. 42 (20 + 10 days) and art. 82 (working days) as cited on the constant.
    [Fact]
    public void Limits_MatchReferenceTable()
    {
        Assert.Equal("20wd", StatutoryTimeLimits.InformationDisclosureProactive.ToString());
        Assert.Equal("30d", StatutoryTimeLimits.RegulationFiling.ToString());
        Assert.Equal("60d+30d", StatutoryTimeLimits.AdministrativeReconsiderationDecision.ToString());
        Assert.Equal("60d+30d", StatutoryTimeLimits.PetitionCompletion.ToString());
        Assert.Equal("20wd+10wd", StatutoryTimeLimits.AdministrativeLicensingDecision.ToString());
    }
}
