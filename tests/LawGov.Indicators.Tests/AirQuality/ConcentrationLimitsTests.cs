using LawGov.Indicators.AirQuality;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class ConcentrationLimitsTests
{
    private static readonly ConcentrationLimits L2012 = ConcentrationLimits.Gb3095_2012;
    private static readonly ConcentrationLimits Transition = ConcentrationLimits.Gb3095_2026Transition;
    private static readonly ConcentrationLimits Final = ConcentrationLimits.Gb3095_2026Final;

    // ---- Choosing the table by date ----

    [Theory]
    [InlineData(2026, 2, 28, "gb3095-2012")] // the day before GB 3095-2026 is in force
    [InlineData(2026, 3, 1, "gb3095-2026-transition")] // GB 3095-2026 in force 2026-03-01, transition limits
    [InlineData(2030, 12, 31, "gb3095-2026-transition")] // last day of the transition limits
    [InlineData(2031, 1, 1, "gb3095-2026-final")] // final limits from 2031-01-01
    [InlineData(2016, 1, 1, "gb3095-2012")]
    public void ForDate_AroundTheChanges_PicksTheTableInForce(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, ConcentrationLimits.ForDate(new LocalDate(y, m, d)).Code);
    }

    [Theory]
    [InlineData("hj633-2012", 2031, 1, 1, "gb3095-2012")] // HJ 633-2012 pairs with GB 3095-2012 whatever the date
    [InlineData("hj633-2026", 2024, 12, 31, "gb3095-2026-transition")] // HJ 633-2026 with GB 3095-2026, phase by date
    [InlineData("hj633-2026", 2030, 12, 31, "gb3095-2026-transition")]
    [InlineData("hj633-2026", 2031, 1, 1, "gb3095-2026-final")]
    public void For_ChineseStandard_PairsTheEditionAndPicksThePhaseByDate(string standard, int y, int m, int d, string expected)
    {
        Assert.True(AirQualityStandard.TryParse(standard, out AirQualityStandard s));

        Assert.Equal(expected, ConcentrationLimits.For(s, new LocalDate(y, m, d)).Code);
    }

    [Fact]
    public void For_Epa_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConcentrationLimits.For(AirQualityStandard.Epa2024, new LocalDate(2024, 1, 1)));
    }

    // ---- The tables (GB 3095-2012 Table 1; GB 3095-2026 Table 1), grade I / grade II ----

    [Theory]
    [InlineData(Pollutant.So2, 20, 60)]
    [InlineData(Pollutant.No2, 40, 40)]
    [InlineData(Pollutant.Pm10, 40, 70)]
    [InlineData(Pollutant.Pm25, 15, 35)]
    public void AnnualLimit_Gb3095_2012_IsTable1(Pollutant pollutant, int gradeI, int gradeII)
    {
        Assert.Equal(gradeI, L2012.AnnualLimit(pollutant, LimitGrade.GradeI));
        Assert.Equal(gradeII, L2012.AnnualLimit(pollutant, LimitGrade.GradeII));
    }

    [Theory]
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, 50, 150)]
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, 150, 500)]
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, 80, 80)]
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, 200, 200)]
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, 4, 4)]
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, 10, 10)]
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, 100, 160)]
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, 160, 200)]
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 50, 150)]
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 35, 75)]
    public void Limit_Gb3095_2012_IsTable1(Pollutant pollutant, AveragingPeriod averaging, int gradeI, int gradeII)
    {
        Assert.Equal(gradeI, L2012.Limit(pollutant, averaging, LimitGrade.GradeI));
        Assert.Equal(gradeII, L2012.Limit(pollutant, averaging, LimitGrade.GradeII));
    }

    [Theory]
    [InlineData(Pollutant.So2, 20, 60, 50, 150)] // transition: annual I/II, 24h I/II
    [InlineData(Pollutant.No2, 40, 40, 80, 80)]
    [InlineData(Pollutant.Pm10, 40, 60, 50, 120)]
    [InlineData(Pollutant.Pm25, 15, 30, 35, 60)]
    public void Limits_Gb3095_2026Transition_AreTable1(Pollutant pollutant, int annualI, int annualII, int dailyI, int dailyII)
    {
        Assert.Equal(annualI, Transition.AnnualLimit(pollutant, LimitGrade.GradeI));
        Assert.Equal(annualII, Transition.AnnualLimit(pollutant, LimitGrade.GradeII));
        Assert.Equal(dailyI, Transition.Limit(pollutant, AveragingPeriod.TwentyFourHours, LimitGrade.GradeI));
        Assert.Equal(dailyII, Transition.Limit(pollutant, AveragingPeriod.TwentyFourHours, LimitGrade.GradeII));
    }

    [Theory]
    [InlineData(Pollutant.So2, 20, 20, 50, 50)] // final: SO2 20/50/150 in both grades
    [InlineData(Pollutant.No2, 30, 30, 50, 50)]
    [InlineData(Pollutant.Pm10, 20, 50, 50, 100)]
    [InlineData(Pollutant.Pm25, 10, 25, 25, 50)]
    public void Limits_Gb3095_2026Final_AreTable1(Pollutant pollutant, int annualI, int annualII, int dailyI, int dailyII)
    {
        Assert.Equal(annualI, Final.AnnualLimit(pollutant, LimitGrade.GradeI));
        Assert.Equal(annualII, Final.AnnualLimit(pollutant, LimitGrade.GradeII));
        Assert.Equal(dailyI, Final.Limit(pollutant, AveragingPeriod.TwentyFourHours, LimitGrade.GradeI));
        Assert.Equal(dailyII, Final.Limit(pollutant, AveragingPeriod.TwentyFourHours, LimitGrade.GradeII));
    }

    [Fact]
    public void Limit_Gb3095_2026BothPhases_KeepSo2OneHourCoAndO3()
    {
        // GB 3095-2026 Table 1: CO 4 / 10 mg/m³ and O3 MDA8 100/160, 1h 160/200 in both phases; SO2 1h 150/500 then 150/150.
        foreach (ConcentrationLimits table in new[] { Transition, Final })
        {
            Assert.Equal(4m, table.Limit(Pollutant.Co, AveragingPeriod.TwentyFourHours, LimitGrade.GradeII));
            Assert.Equal(10m, table.Limit(Pollutant.Co, AveragingPeriod.OneHour, LimitGrade.GradeII));
            Assert.Equal(160m, table.Limit(Pollutant.O3, AveragingPeriod.EightHours, LimitGrade.GradeII));
            Assert.Equal(100m, table.Limit(Pollutant.O3, AveragingPeriod.EightHours, LimitGrade.GradeI));
            Assert.Equal(200m, table.Limit(Pollutant.O3, AveragingPeriod.OneHour, LimitGrade.GradeII));
            Assert.Equal(200m, table.Limit(Pollutant.No2, AveragingPeriod.OneHour, LimitGrade.GradeII));
        }
        Assert.Equal(500m, Transition.Limit(Pollutant.So2, AveragingPeriod.OneHour, LimitGrade.GradeII));
        Assert.Equal(150m, Final.Limit(Pollutant.So2, AveragingPeriod.OneHour, LimitGrade.GradeII));
    }

    [Theory]
    [InlineData(Pollutant.So2, 150)] // fact sheet §7.2: SO2 1h grade I 150 in the transition and the final limits
    [InlineData(Pollutant.No2, 200)] // NO2 1h 200
    [InlineData(Pollutant.Co, 10)] // CO 1h 10 mg/m³
    [InlineData(Pollutant.O3, 160)] // O3 1h grade I 160
    public void Limit_Gb3095_2026GradeIOneHour_IsTable1InBothPhases(Pollutant pollutant, int gradeI)
    {
        Assert.Equal(gradeI, Transition.Limit(pollutant, AveragingPeriod.OneHour, LimitGrade.GradeI));
        Assert.Equal(gradeI, Final.Limit(pollutant, AveragingPeriod.OneHour, LimitGrade.GradeI));
    }

    [Theory]
    [InlineData(Pollutant.Co)]
    [InlineData(Pollutant.O3)]
    public void AnnualLimit_CoAndO3_IsNone(Pollutant pollutant)
    {
        // GB 3095 Table 1 sets no annual limit for CO or O3 (their annual assessment uses percentiles).
        Assert.All(ConcentrationLimits.All, t => Assert.Null(t.AnnualLimit(pollutant, LimitGrade.GradeII)));
    }

    [Fact]
    public void Limit_UndefinedPeriod_IsNone()
    {
        Assert.Null(L2012.Limit(Pollutant.Pm25, AveragingPeriod.OneHour, LimitGrade.GradeII)); // no 1-hour PM limit
        Assert.Null(L2012.Limit(Pollutant.So2, AveragingPeriod.EightHours, LimitGrade.GradeII)); // 8h is O3 only
    }

    [Fact]
    public void Limit_UndefinedEnum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => L2012.Limit((Pollutant)9, AveragingPeriod.OneHour, LimitGrade.GradeII));
        Assert.Throws<ArgumentOutOfRangeException>(() => L2012.AnnualLimit(Pollutant.Pm25, (LimitGrade)0));
    }

    [Fact]
    public void O3EightHourLimit_OfTheMda8Exception_IsTheGradeIILimitOfEveryTable()
    {
        // HJ 663: an MDA8 from fewer than 14 windows still counts when it exceeds the limit; 160 µg/m³ in every table,
        // so the exception need not look at the day's date.
        Assert.All(ConcentrationLimits.All, t => Assert.Equal(ValidityRules.O3EightHourLimit, t.Limit(Pollutant.O3, AveragingPeriod.EightHours, LimitGrade.GradeII)));
        Assert.Equal(160m, ValidityRules.O3EightHourLimit);
    }
}
