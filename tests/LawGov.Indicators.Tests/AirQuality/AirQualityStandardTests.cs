using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public partial class AirQualityStandardTests
{
    private static readonly AirQualityStandard Hj2012 = AirQualityStandard.Hj633_2012;
    private static readonly AirQualityStandard Hj2026 = AirQualityStandard.Hj633_2026;
    private static readonly AirQualityStandard Epa = AirQualityStandard.Epa2024;

    private static KeyValuePair<AirIndicator, decimal?> Pair(Pollutant p, AveragingPeriod a, decimal? c) => new(new AirIndicator(p, a), c);

    // ---- Choosing a standard ----

    [Theory]
    [InlineData(2026, 2, 28, "hj633-2012")] // the day before HJ 633-2026 is in force
    [InlineData(2026, 3, 1, "hj633-2026")] // HJ 633-2026 in force 2026-03-01
    [InlineData(2016, 1, 1, "hj633-2012")]
    public void ForDate_AroundTheChange_PicksTheStandardInForce(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, AirQualityStandard.ForDate(new LocalDate(y, m, d)).Code);
    }

    [Theory]
    [InlineData("hj633-2012")]
    [InlineData("HJ633-2026")]
    [InlineData(" epa-2024 ")]
    public void TryParse_KnownCode_Finds(string code)
    {
        Assert.True(AirQualityStandard.TryParse(code, out AirQualityStandard standard));
        Assert.Equal(code.Trim().ToLowerInvariant(), standard.Code);
    }

    [Fact]
    public void TryParse_UnknownCode_Fails()
    {
        Assert.False(AirQualityStandard.TryParse("hj633-2099", out _));
    }

    [Fact]
    public void Equals_VariantWithOtherOption_IsDifferent()
    {
        Assert.Equal(Hj2012, Hj2012.WithAboveTable(AboveTableRule.Cap));
        Assert.Equal(Hj2012.GetHashCode(), Hj2012.WithAboveTable(AboveTableRule.Cap).GetHashCode());
        Assert.NotEqual(Hj2012, Hj2012.WithAboveTable(AboveTableRule.Undefined));
        Assert.NotEqual(Hj2012, Hj2012.WithConcentrationRounding(true));
    }

    [Fact]
    public void WithAboveTable_Epa_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Epa.WithAboveTable(AboveTableRule.Cap));
    }

    [Fact]
    public void DailyIndicators_PerStandard_SevenThenSix()
    {
        // HJ 633-2012 §5.1: seven daily indicators including O3 daily maximum 1-hour; HJ 633-2026 drops O3 1h.
        Assert.Equal(7, Hj2012.DailyIndicators.Count);
        Assert.Contains(new AirIndicator(Pollutant.O3, AveragingPeriod.OneHour), Hj2012.DailyIndicators);
        Assert.Equal(6, Hj2026.DailyIndicators.Count);
        Assert.DoesNotContain(new AirIndicator(Pollutant.O3, AveragingPeriod.OneHour), Hj2026.DailyIndicators);
    }

    [Fact]
    public void ConcentrationUnit_Epa_UsesPpmAndPpb()
    {
        // TAD Table 6: O3 and CO in ppm, SO2 and NO2 in ppb, PM in µg/m³.
        Assert.Equal(Unit.PartsPerMillion, Epa.ConcentrationUnit(Pollutant.O3));
        Assert.Equal(Unit.PartsPerMillion, Epa.ConcentrationUnit(Pollutant.Co));
        Assert.Equal(Unit.PartsPerBillion, Epa.ConcentrationUnit(Pollutant.So2));
        Assert.Equal(Unit.MicrogramsPerCubicMetre, Epa.ConcentrationUnit(Pollutant.Pm25));
        Assert.Equal(Unit.MilligramsPerCubicMetre, Hj2012.ConcentrationUnit(Pollutant.Co));
    }

    // ---- Exact arithmetic and rounding ----

    [Fact]
    public void Iaqi_Co24h2Point2_IsExactly55()
    {
        // Reference pitfall 1: 50/(4-2)*(2.2-2)+50 = 55 exactly; binary floating point gives 55.000000000000007 -> 56.
        Assert.Equal(55, Hj2012.Iaqi(Pollutant.Co, AveragingPeriod.TwentyFourHours, 2.2m).Value);
    }

    [Fact]
    public void Iaqi_Hj2012_UsesTheUnroundedConcentration()
    {
        // HJ 633-2012 states no concentration rounding: 50/40*(35.5-35)+50 = 50.625 -> 51.
        Assert.Equal(51, Hj2012.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 35.5m).Value);
    }

    [Fact]
    public void Iaqi_Hj2012WithRounding_RoundsHalfEvenFirst()
    {
        // Option: 35.5 -> 36 (GB/T 8170), 50/40*(36-35)+50 = 51.25 -> 52.
        Assert.Equal(52, Hj2012.WithConcentrationRounding(true).Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 35.5m).Value);
    }

    [Theory]
    [InlineData("35.5", 52)] // 35.5 -> 36 (half even); 50/25*(36-35)+50 = 52
    [InlineData("36.5", 52)] // 36.5 -> 36 (half even, not 37); 52 (half up would give 54)
    [InlineData("35.4", 50)] // 35.4 -> 35; Table 3 row IAQI 50
    public void Iaqi_Hj2026Pm25_RoundsConcentrationHalfEvenFirst(string concentration, int expected)
    {
        decimal c = decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Hj2026.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, c).Value);
    }

    [Theory]
    [InlineData("2.25", 55)] // HJ 633-2026 §4.2.2: CO to 0.1 mg/m³, 2.25 -> 2.2; 50/2*0.2+50 = 55
    [InlineData("2.35", 60)] // 2.35 -> 2.4; 50/2*0.4+50 = 60
    public void Iaqi_Hj2026Co_RoundsToOneDecimalFirst(string concentration, int expected)
    {
        decimal c = decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Hj2026.Iaqi(Pollutant.Co, AveragingPeriod.TwentyFourHours, c).Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0.4")] // rounds to 0 first
    public void Iaqi_Hj2026ZeroConcentration_ReportsOne(string concentration)
    {
        // HJ 633-2026: AQI range 1-500 (first band 1-50), so the table's IAQI 0 is reported as 1 (library decision).
        decimal c = decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(1, Hj2026.Iaqi(Pollutant.So2, AveragingPeriod.TwentyFourHours, c).Value);
    }

    [Fact]
    public void Iaqi_Hj2012ZeroConcentration_ReportsZero()
    {
        // HJ 633-2012 Table 1 row IAQI 0.
        Assert.Equal(0, Hj2012.Iaqi(Pollutant.So2, AveragingPeriod.TwentyFourHours, 0m).Value);
    }

    [Theory]
    [InlineData("1.1", 13)] // 50/4.4*1.1 = 12.5 exactly -> half up 13 (half even would give 12)
    public void Iaqi_EpaCoMidpointIndex_RoundsHalfUp(string concentration, int expected)
    {
        decimal c = decimal.Parse(concentration, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Epa.Iaqi(Pollutant.Co, AveragingPeriod.EightHours, c).Value);
    }

    [Fact]
    public void Iaqi_EpaO3EightHourMidpointIndex_RoundsHalfUp()
    {
        // 49/(0.085-0.071)*(0.080-0.071)+101 = 3500*0.009+101 = 132.5 -> 133.
        Assert.Equal(133, Epa.Iaqi(Pollutant.O3, AveragingPeriod.EightHours, 0.080m).Value);
    }

    [Fact]
    public void Iaqi_EpaPm25_TruncatesBeforeIndexing()
    {
        // TAD Table 6: PM2.5 truncated to 0.1: 35.49 -> 35.4 -> I_hi 100 of 9.1-35.4 (not 101).
        Assert.Equal(100, Epa.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 35.49m).Value);
    }

    // ---- Undefined and out-of-range ----

    [Theory]
    [InlineData("hj633-2012", Pollutant.Pm25, AveragingPeriod.OneHour)] // 2012 Table 1 has no PM 1-hour column
    [InlineData("hj633-2012", Pollutant.O3, AveragingPeriod.TwentyFourHours)]
    [InlineData("hj633-2026", Pollutant.O3, AveragingPeriod.TwentyFourHours)]
    [InlineData("hj633-2026", Pollutant.So2, AveragingPeriod.EightHours)]
    [InlineData("epa-2024", Pollutant.Co, AveragingPeriod.TwentyFourHours)] // App. G: CO is 8-hour only
    [InlineData("epa-2024", Pollutant.No2, AveragingPeriod.TwentyFourHours)]
    public void Iaqi_UndefinedCombination_SaysWhy(string code, Pollutant pollutant, AveragingPeriod averaging)
    {
        AirQualityStandard.TryParse(code, out AirQualityStandard standard);

        IaqiResult result = standard.Iaqi(pollutant, averaging, 10m);

        Assert.Equal(IaqiStatus.Undefined, result.Status);
        Assert.Contains("defines no IAQI for " + new AirIndicator(pollutant, averaging), result.Explanation);
    }

    [Fact]
    public void Iaqi_NegativeConcentration_IsUndefined()
    {
        IaqiResult result = Hj2012.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, -1m);

        Assert.Equal(IaqiStatus.Undefined, result.Status);
        Assert.Contains("negative", result.Explanation);
    }

    [Fact]
    public void Iaqi_HugeConcentration_IsUndefined()
    {
        Assert.Equal(IaqiStatus.Undefined, Epa.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 2_000_000m).Status);
    }

    [Fact]
    public void Value_Undefined_Throws()
    {
        IaqiResult result = Hj2012.Iaqi(Pollutant.O3, AveragingPeriod.TwentyFourHours, 1m);

        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    // ---- Above the table ----

    [Fact]
    public void Iaqi_Hj2012AboveTop_CapsAt500ByDefault()
    {
        // Library decision: HJ 633-2012 defines nothing above PM2.5 500; the default reports the top index 500.
        IaqiResult result = Hj2012.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 501m);

        Assert.Equal(500, result.Value);
        Assert.Contains("capped", result.Explanation);
    }

    [Fact]
    public void Iaqi_Hj2012AboveTopExtrapolate_ContinuesTopBand()
    {
        // 100/(500-350)*(501-350)+400 = 500.67 -> 501.
        IaqiResult result = Hj2012.WithAboveTable(AboveTableRule.Extrapolate).Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 501m);

        Assert.Equal(501, result.Value);
    }

    // A capped index holds at any concentration the hourly reader accepts (up to 9 999 999.999999): the cap (library
    // decision for HJ 633-2012; HJ 633-2026 states the range 1–500) does not depend on how far above the top
    // breakpoint the value is. Only an extrapolated index has a ceiling, 1 000 000.
    [Theory]
    [InlineData("1000001")]
    [InlineData("9999999.999999")]
    public void Iaqi_FarAboveTheTable_CapsUnlessExtrapolated(string text)
    {
        decimal c = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(500, Hj2012.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, c).Value);
        Assert.Equal(500, Hj2026.Iaqi(Pollutant.O3, AveragingPeriod.OneHour, c).Value);
        IaqiResult extrapolated = Hj2012.WithAboveTable(AboveTableRule.Extrapolate).Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, c);
        Assert.Equal(IaqiStatus.Undefined, extrapolated.Status);
        Assert.Contains("largest concentration whose index is extrapolated", extrapolated.Explanation, StringComparison.Ordinal);
    }

    // At the ceiling the extrapolated index is still given: 100/(500−350)·(1 000 000 − 350) + 400 = 666 833.33… → 666 834 (ceiling).
    [Fact]
    public void Iaqi_ExtrapolatedAtTheCeiling_IsGiven() =>
        Assert.Equal(666834, Hj2012.WithAboveTable(AboveTableRule.Extrapolate).Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 1_000_000m).Value);

    [Fact]
    public void Iaqi_Hj2012AboveTopUndefined_HasNoIndex()
    {
        IaqiResult result = Hj2012.WithAboveTable(AboveTableRule.Undefined).Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 501m);

        Assert.Equal(IaqiStatus.Undefined, result.Status);
    }

    [Fact]
    public void Iaqi_Hj2026AboveTop_Caps500()
    {
        // HJ 633-2026 states the AQI range 1-500.
        Assert.Equal(500, Hj2026.Iaqi(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, 900m).Value);
    }

    [Fact]
    public void Iaqi_EpaAbove500_Extrapolates()
    {
        // App. G: 199/(325.4-225.5)*(400.0-225.5)+301 = 648.59 -> 649, no cap.
        Assert.Equal(649, Epa.Iaqi(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, 400m).Value);
    }

    // ---- Special cases above 800 µg/m³ ----

    [Fact]
    public void Iaqi_Hj2012So2OneHourAbove800_RefersToTheDailyMean()
    {
        // HJ 633-2012 Table 1 note 2.
        IaqiResult result = Hj2012.Iaqi(Pollutant.So2, AveragingPeriod.OneHour, 801m);

        Assert.Equal(IaqiStatus.Undefined, result.Status);
        Assert.Contains("24-hour", result.Explanation);
    }

    [Fact]
    public void Aqi_Hj2012So2OneHourAbove800_UsesTheIaqiOfThe24HourMean()
    {
        // Note 2: the SO2 IAQI is that of the 24-hour mean 200: 50/(475-150)*(200-150)+100 = 107.69 -> 108.
        AqiResult result = Hj2012.Aqi([Pair(Pollutant.So2, AveragingPeriod.OneHour, 801m), Pair(Pollutant.So2, AveragingPeriod.TwentyFourHours, 200m)]);

        Assert.Equal(108, result.SubIndices[new AirIndicator(Pollutant.So2, AveragingPeriod.OneHour)].Value);
        Assert.Equal(108, result.Value);
    }

    [Fact]
    public void Aqi_Hj2012O3EightHourAbove800_UsesTheOneHourIaqi()
    {
        // Note 3: O3 1h 900: 100/(1000-800)*(900-800)+300 = 350.
        AqiResult result = Hj2012.Aqi([Pair(Pollutant.O3, AveragingPeriod.EightHours, 801m), Pair(Pollutant.O3, AveragingPeriod.OneHour, 900m)]);

        Assert.Equal(350, result.SubIndices[new AirIndicator(Pollutant.O3, AveragingPeriod.EightHours)].Value);
        Assert.Equal(350, result.Value);
    }

    [Fact]
    public void Aqi_Hj2012O3EightHourAbove800WithoutOneHour_IsNotPublished()
    {
        AqiResult result = Hj2012.Aqi([Pair(Pollutant.O3, AveragingPeriod.EightHours, 801m)]);

        Assert.Null(result.Value);
        Assert.Contains("O3 1h was not supplied", result.Reason);
    }

    [Fact]
    public void Iaqi_Hj2026So2OneHourAbove800_Is200()
    {
        // HJ 633-2026 Table 3 note: SO2 1-hour above 800 -> IAQI 200.
        Assert.Equal(200, Hj2026.Iaqi(Pollutant.So2, AveragingPeriod.OneHour, 801m).Value);
    }

    [Fact]
    public void Iaqi_Hj2026O3EightHourAbove800_Is300()
    {
        // HJ 633-2026 Table 3 note: O3 8-hour above 800 -> IAQI 300.
        Assert.Equal(300, Hj2026.Iaqi(Pollutant.O3, AveragingPeriod.EightHours, 801m).Value);
    }

    [Fact]
    public void Iaqi_Hj2026So2OneHour800Point4_RoundsOntoTheTable()
    {
        // 800.4 -> 800 (GB/T 8170 first), which is the Table 3 row IAQI 200, not the "above 800" rule.
        IaqiResult result = Hj2026.Iaqi(Pollutant.So2, AveragingPeriod.OneHour, 800.4m);

        Assert.Equal(200, result.Value);
        Assert.Null(result.Explanation);
    }

    // ---- US EPA special rules ----

    [Fact]
    public void Iaqi_EpaO3OneHourBelow0125_IsNotApplicable()
    {
        // App. G Table 2: 1-hour O3 rows start at 0.125 ppm.
        Assert.Equal(IaqiStatus.NotApplicable, Epa.Iaqi(Pollutant.O3, AveragingPeriod.OneHour, 0.124m).Status);
    }

    [Fact]
    public void Aqi_EpaO3EightHourAbove0200_UsesOneHour()
    {
        // 8-hour O3 undefined at 0.201; 1-hour 0.300: 99/(0.404-0.205)*(0.300-0.205)+201 = 248.26 -> 248.
        AqiResult result = Epa.Aqi([Pair(Pollutant.O3, AveragingPeriod.EightHours, 0.201m), Pair(Pollutant.O3, AveragingPeriod.OneHour, 0.300m)]);

        Assert.Equal(248, result.Value);
    }

    [Fact]
    public void Aqi_EpaBothOzoneIndices_ReportsTheLarger()
    {
        // 8-hour 0.080 -> 132.5 -> 133; 1-hour 0.130 -> 49/0.039*0.005+101 = 107.28 -> 107; the larger is 133.
        AqiResult result = Epa.Aqi([Pair(Pollutant.O3, AveragingPeriod.EightHours, 0.080m), Pair(Pollutant.O3, AveragingPeriod.OneHour, 0.130m)]);

        Assert.Equal(133, result.Value);
    }

    [Fact]
    public void Aqi_EpaO3OneHourBelowItsTable_DoesNotMakeTheAqiPartial()
    {
        // 8-hour 0.054 -> 50; 1-hour 0.100 has no index (not missing); AQI 50.
        AqiResult result = Epa.Aqi([Pair(Pollutant.O3, AveragingPeriod.EightHours, 0.054m), Pair(Pollutant.O3, AveragingPeriod.OneHour, 0.100m)]);

        Assert.Equal(50, result.Value);
        Assert.True(result.IsComplete);
    }

    [Fact]
    public void Aqi_EpaSo2OneHourAbove304With24HourBelow305_Is200()
    {
        // App. G: daily max 1-hour SO2 >= 305 ppb but 24-hour mean < 305 -> I_lo = I_hi = 200.
        AqiResult result = Epa.Aqi([Pair(Pollutant.So2, AveragingPeriod.OneHour, 305m), Pair(Pollutant.So2, AveragingPeriod.TwentyFourHours, 200m)]);

        Assert.Equal(200, result.Value);
    }

    [Fact]
    public void Aqi_EpaSo2OneHourAbove304_UsesThe24HourRows()
    {
        // 24-hour 400 ppb: 99/(604-305)*(400-305)+201 = 232.45 -> 232.
        AqiResult result = Epa.Aqi([Pair(Pollutant.So2, AveragingPeriod.OneHour, 305m), Pair(Pollutant.So2, AveragingPeriod.TwentyFourHours, 400m)]);

        Assert.Equal(232, result.Value);
    }

    // ---- AQI, categories, primary and exceeding pollutants ----

    private static KeyValuePair<AirIndicator, decimal?>[] Daily2012(decimal? pm25 = 80, decimal? pm10 = 100, decimal? so2 = 10, decimal? no2 = 40, decimal? co = 1, decimal? o3Eight = 100, decimal? o3One = 160) =>
    [
        Pair(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, pm25),
        Pair(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, pm10),
        Pair(Pollutant.So2, AveragingPeriod.TwentyFourHours, so2),
        Pair(Pollutant.No2, AveragingPeriod.TwentyFourHours, no2),
        Pair(Pollutant.Co, AveragingPeriod.TwentyFourHours, co),
        Pair(Pollutant.O3, AveragingPeriod.EightHours, o3Eight),
        Pair(Pollutant.O3, AveragingPeriod.OneHour, o3One),
    ];

    [Fact]
    public void Aqi_Daily2012_IsTheLargestSubIndex()
    {
        // PM2.5 80: 50/40*5+100 = 106.25 -> 107; PM10 100 -> 75; SO2 10 -> 10; NO2 40 -> 50; CO 1 -> 25;
        // O3 8h 100 -> 50; O3 1h 160 -> 50. AQI = 107 (HJ 633-2012 §6.2), level 3 (Table 2).
        AqiResult result = Hj2012.Aqi(Daily2012());

        Assert.Equal(107, result.Value);
        Assert.Equal(3, result.Category!.Level);
        Assert.Equal([Pollutant.Pm25], result.PrimaryPollutants);
        Assert.Equal([Pollutant.Pm25], result.ExceedingPollutants);
    }

    [Fact]
    public void Aqi_TiedAtTheMaximum_NamesEveryPrimaryPollutant()
    {
        // PM2.5 75 -> 100 and PM10 150 -> 100 (Table 1 rows): both are primary (HJ 633-2012 §7).
        AqiResult result = Hj2012.Aqi(Daily2012(pm25: 75, pm10: 150));

        Assert.Equal(100, result.Value);
        Assert.Equal([Pollutant.Pm25, Pollutant.Pm10], result.PrimaryPollutants);
        Assert.Empty(result.ExceedingPollutants);
    }

    [Fact]
    public void Aqi_AtMost50_HasNoPrimaryPollutant()
    {
        // PM2.5 35 -> 50 = AQI; primary pollutants only when AQI > 50.
        AqiResult result = Hj2012.Aqi(Daily2012(pm25: 35, pm10: 50, o3Eight: 50, o3One: 50, no2: 20));

        Assert.Equal(50, result.Value);
        Assert.Empty(result.PrimaryPollutants);
    }

    [Fact]
    public void Aqi_Hj2026_NamesNoExceedingPollutants()
    {
        // Exceeding pollutants were deleted in HJ 633-2026. PM2.5 80 -> 80, 50/55*20+100 = 118.18 -> 119.
        AqiResult result = Hj2026.Aqi(Daily2012()[..6]);

        Assert.Equal(119, result.Value);
        Assert.Empty(result.ExceedingPollutants);
    }

    [Fact]
    public void Aqi_Hj2026MissingIndicatorAbove100_PublishesPartialAqi()
    {
        // HJ 633-2026 §5.3.1: O3 missing, AQI of the others 119 > 100 -> published.
        AqiResult result = Hj2026.Aqi(Daily2012(o3Eight: null)[..6]);

        Assert.Equal(119, result.Value);
        Assert.False(result.IsComplete);
        Assert.Equal([new AirIndicator(Pollutant.O3, AveragingPeriod.EightHours)], result.MissingIndicators);
    }

    [Fact]
    public void Aqi_Hj2026MissingIndicatorAtMost100_IsNotPublished()
    {
        // §5.3.1: PM2.5 50 -> 50/25*15+50 = 80; the AQI of the others (80) is not above 100 -> NA.
        AqiResult result = Hj2026.Aqi(Daily2012(pm25: 50, o3Eight: null)[..6]);

        Assert.Null(result.Value);
        Assert.Null(result.Category);
        Assert.Contains("§5.3.1", result.Reason);
    }

    [Fact]
    public void Aqi_Hj2012MissingIndicator_IsNotPublished()
    {
        // Library decision: HJ 633-2012 has no partial-AQI rule, so a day missing an indicator has no AQI.
        AqiResult result = Hj2012.Aqi(Daily2012(pm25: 200, co: null));

        Assert.Null(result.Value);
    }

    [Fact]
    public void Aqi_UndefinedCombination_IsNotPublished()
    {
        AqiResult result = Hj2012.Aqi([Pair(Pollutant.Pm25, AveragingPeriod.OneHour, 10m)]);

        Assert.Null(result.Value);
        Assert.Contains("defines no IAQI", result.Reason);
    }

    [Fact]
    public void Aqi_DuplicateIndicator_Throws()
    {
        Assert.Throws<ArgumentException>(() => Hj2012.Aqi([Pair(Pollutant.Co, AveragingPeriod.OneHour, 1m), Pair(Pollutant.Co, AveragingPeriod.OneHour, 2m)]));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(100, 2)]
    [InlineData(101, 3)]
    [InlineData(150, 3)]
    [InlineData(151, 4)]
    [InlineData(200, 4)]
    [InlineData(201, 5)]
    [InlineData(300, 5)]
    [InlineData(301, 6)]
    [InlineData(500, 6)]
    public void Categorize_Hj2012_FollowsTable2(int aqi, int level)
    {
        Assert.Equal(level, Hj2012.Categorize(aqi).Level);
    }

    [Fact]
    public void Categories_Hj2012_HaveTheAppendixAColoursAndNames()
    {
        AqiCategory heavy = Hj2012.Categories[4];

        Assert.Equal("重度污染", heavy.NameZh);
        Assert.Equal("heavily polluted", heavy.NameEn);
        Assert.Equal(new RgbColour(153, 0, 76), heavy.Colour);
        Assert.Equal(new RgbColour(0, 228, 0), Hj2012.Categories[0].Colour);
    }

    [Fact]
    public void Categories_Hj2026_FirstLevelStartsAt1()
    {
        Assert.Equal(1, Hj2026.Categories[0].MinimumAqi);
        Assert.Equal(0, Hj2012.Categories[0].MinimumAqi);
    }

    [Fact]
    public void Categories_Epa_VeryUnhealthyIsEpaPurple()
    {
        // TAD Table 5: purple 143,63,151 (China's purple is 153,0,76).
        AqiCategory category = Epa.Categorize(250);

        Assert.Equal("Very Unhealthy", category.NameEn);
        Assert.Equal(new RgbColour(143, 63, 151), category.Colour);
    }
}
