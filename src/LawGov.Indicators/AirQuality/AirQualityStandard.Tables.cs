using LawGov.Indicators.Measures;
using NodaTime;

namespace LawGov.Indicators.AirQuality;

/// <content>The three rule sets as data.</content>
public sealed partial class AirQualityStandard
{
    // The order of these fields matters: static initializers run top to bottom.
    private static readonly int[] ChinaIndices = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly Unit[] ChinaUnits =
    [
        Unit.MicrogramsPerCubicMetre, Unit.MicrogramsPerCubicMetre, Unit.MicrogramsPerCubicMetre,
        Unit.MicrogramsPerCubicMetre, Unit.MilligramsPerCubicMetre, Unit.MicrogramsPerCubicMetre,
    ];

    private static readonly Unit[] EpaUnits =
    [
        Unit.MicrogramsPerCubicMetre, Unit.MicrogramsPerCubicMetre, Unit.PartsPerBillion,
        Unit.PartsPerBillion, Unit.PartsPerMillion, Unit.PartsPerMillion,
    ];

    /// <summary>GB/T 8170 half-to-even: integer µg/m³, CO to 0.1 mg/m³ (HJ 633-2026 §4.2.2); indexed by <see cref="Pollutant"/>.</summary>
    private static readonly RoundingRule?[] GbT8170Concentrations =
    [
        RoundingRule.GbT8170(0), RoundingRule.GbT8170(0), RoundingRule.GbT8170(0),
        RoundingRule.GbT8170(0), RoundingRule.GbT8170(1), RoundingRule.GbT8170(0),
    ];

    private static readonly RoundingRule?[] NoRounding = new RoundingRule?[6];

    /// <summary>US EPA truncation (TAD Table 6 notes): PM2.5 0.1, PM10 1, SO2 1 ppb, NO2 1 ppb, CO 0.1 ppm, O3 0.001 ppm.</summary>
    private static readonly RoundingRule?[] EpaTruncation =
    [
        new RoundingRule(1, RoundingMode.Truncate), new RoundingRule(0, RoundingMode.Truncate), new RoundingRule(0, RoundingMode.Truncate),
        new RoundingRule(0, RoundingMode.Truncate), new RoundingRule(1, RoundingMode.Truncate), new RoundingRule(3, RoundingMode.Truncate),
    ];

    private static readonly AirIndicator[] ChinaDaily2012 =
    [
        Ind(Pollutant.Pm25, AveragingPeriod.TwentyFourHours), Ind(Pollutant.Pm10, AveragingPeriod.TwentyFourHours),
        Ind(Pollutant.So2, AveragingPeriod.TwentyFourHours), Ind(Pollutant.No2, AveragingPeriod.TwentyFourHours),
        Ind(Pollutant.Co, AveragingPeriod.TwentyFourHours), Ind(Pollutant.O3, AveragingPeriod.EightHours),
        Ind(Pollutant.O3, AveragingPeriod.OneHour),
    ];

    private static readonly AirQualityStandard Hj2012 = BuildHj633_2012();
    private static readonly AirQualityStandard Hj2026 = BuildHj633_2026();
    private static readonly AirQualityStandard Epa = BuildEpa2024();
    private static readonly IReadOnlyList<AirQualityStandard> AllStandards = Array.AsReadOnly([Hj2012, Hj2026, Epa]);

    /// <summary>
    /// HJ 633-2012 (technical regulation on the AQI, with GB 3095-2012 limits and HJ 663-2013 statistics): Table 1
    /// breakpoints, IAQI and AQI rounded up (§6.2), seven daily indicators, exceeding pollutants.
    /// </summary>
    public static AirQualityStandard Hj633_2012 => Hj2012;

    /// <summary>
    /// HJ 633-2026 (with GB 3095-2026, in force 2026-03-01): Table 3 breakpoints (PM2.5 and PM10 lowered at IAQI 100),
    /// concentrations rounded by GB/T 8170 first, indices rounded up, AQI range 1–500, six daily indicators.
    /// </summary>
    public static AirQualityStandard Hj633_2026 => Hj2026;

    /// <summary>
    /// US EPA AQI as revised in 2024 (40 CFR 58 App. G Table 2; TAD EPA-454/B-24-002): discrete bands, truncated
    /// concentrations, index rounded half up, extrapolation above 500.
    /// </summary>
    public static AirQualityStandard Epa2024 => Epa;

    private static AirIndicator Ind(Pollutant p, AveragingPeriod a) => new(p, a);

    /// <summary>A HJ 633 column: breakpoints at the IAQI values 0, 50, 100, 150, 200, 300, 400, 500 (as many as given).</summary>
    private static BreakpointColumn China(Pollutant p, AveragingPeriod a, decimal[] breakpoints, Overflow above)
    {
        var bands = new Band[breakpoints.Length - 1];
        for (int i = 0; i < bands.Length; i++)
        {
            bands[i] = new Band(breakpoints[i], breakpoints[i + 1], ChinaIndices[i], ChinaIndices[i + 1]);
        }
        return new BreakpointColumn(Ind(p, a), ChinaUnits[(int)p], bands, above);
    }

    private static List<BreakpointColumn> ChinaColumns(decimal[] pm25, decimal[] pm10, Overflow so2OneHourAbove, Overflow o3EightHourAbove)
    {
        Overflow rule = Overflow.StandardRule;
        return
        [
            China(Pollutant.So2, AveragingPeriod.TwentyFourHours, [0, 50, 150, 475, 800, 1600, 2100, 2620], rule),
            China(Pollutant.So2, AveragingPeriod.OneHour, [0, 150, 500, 650, 800], so2OneHourAbove),
            China(Pollutant.No2, AveragingPeriod.TwentyFourHours, [0, 40, 80, 180, 280, 565, 750, 940], rule),
            China(Pollutant.No2, AveragingPeriod.OneHour, [0, 100, 200, 700, 1200, 2340, 3090, 3840], rule),
            China(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, pm10, rule),
            China(Pollutant.Co, AveragingPeriod.TwentyFourHours, [0, 2, 4, 14, 24, 36, 48, 60], rule),
            China(Pollutant.Co, AveragingPeriod.OneHour, [0, 5, 10, 35, 60, 90, 120, 150], rule),
            China(Pollutant.O3, AveragingPeriod.OneHour, [0, 160, 200, 300, 400, 800, 1000, 1200], rule),
            China(Pollutant.O3, AveragingPeriod.EightHours, [0, 100, 160, 215, 265, 800], o3EightHourAbove),
            China(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, pm25, rule),
        ];
    }

    private static AqiCategory[] ChinaCategories(int minimum) =>
    [
        new(1, minimum, 50, "优", "excellent", "green", new RgbColour(0, 228, 0)),
        new(2, 51, 100, "良", "good", "yellow", new RgbColour(255, 255, 0)),
        new(3, 101, 150, "轻度污染", "lightly polluted", "orange", new RgbColour(255, 126, 0)),
        new(4, 151, 200, "中度污染", "moderately polluted", "red", new RgbColour(255, 0, 0)),
        new(5, 201, 300, "重度污染", "heavily polluted", "purple", new RgbColour(153, 0, 76)),
        new(6, 301, null, "严重污染", "severely polluted", "maroon", new RgbColour(126, 0, 35)),
    ];

    private static AirQualityStandard BuildHj633_2012()
    {
        List<BreakpointColumn> columns = ChinaColumns(
            pm25: [0, 35, 75, 115, 150, 250, 350, 500],
            pm10: [0, 50, 150, 250, 350, 420, 500, 600],
            so2OneHourAbove: new Overflow(OverflowKind.Substitute, "HJ 633-2012 Table 1 note 2: no IAQI from 1-hour SO2 above 800 µg/m³; the IAQI of the 24-hour mean is reported instead", Substitute: AveragingPeriod.TwentyFourHours),
            o3EightHourAbove: new Overflow(OverflowKind.Substitute, "HJ 633-2012 Table 1 note 3: no IAQI from 8-hour O3 above 800 µg/m³; the IAQI of the 1-hour O3 is reported instead", Substitute: AveragingPeriod.OneHour));
        return new AirQualityStandard(
            "hj633-2012",
            "HJ 633-2012",
            new LocalDate(2012, 2, 29),
            columns,
            mandatoryRounding: NoRounding,
            optionalRounding: GbT8170Concentrations,
            indexRounding: RoundingMode.Ceiling,
            minimumIndex: 0,
            ChinaCategories(0),
            ChinaDaily2012,
            primaryPollutantAbove: 50,
            reportsExceedingPollutants: true,
            partialAqiPublishedAbove: null,
            ChinaUnits,
            AboveTableRule.Cap,
            roundsConcentrations: false);
    }

    private static AirQualityStandard BuildHj633_2026()
    {
        decimal[] pm25 = [0, 35, 60, 115, 150, 250, 350, 500];
        decimal[] pm10 = [0, 50, 120, 250, 350, 420, 500, 600];
        List<BreakpointColumn> columns = ChinaColumns(
            pm25,
            pm10,
            so2OneHourAbove: new Overflow(OverflowKind.Fixed, "HJ 633-2026 Table 3 note: the SO2 IAQI is 200", FixedIndex: 200),
            o3EightHourAbove: new Overflow(OverflowKind.Fixed, "HJ 633-2026 Table 3 note: the O3 IAQI is 300", FixedIndex: 300));
        // HJ 633-2026: real-time 1-hour PM10 and PM2.5 values are indexed on the 24-hour breakpoints.
        columns.Add(China(Pollutant.Pm25, AveragingPeriod.OneHour, pm25, Overflow.StandardRule));
        columns.Add(China(Pollutant.Pm10, AveragingPeriod.OneHour, pm10, Overflow.StandardRule));
        return new AirQualityStandard(
            "hj633-2026",
            "HJ 633-2026",
            new LocalDate(2026, 3, 1),
            columns,
            mandatoryRounding: GbT8170Concentrations,
            optionalRounding: GbT8170Concentrations,
            indexRounding: RoundingMode.Ceiling,
            minimumIndex: 1,
            ChinaCategories(1),
            ChinaDaily2012[..6],
            primaryPollutantAbove: 50,
            reportsExceedingPollutants: false,
            partialAqiPublishedAbove: 100,
            ChinaUnits,
            AboveTableRule.Cap,
            roundsConcentrations: true);
    }

    private static BreakpointColumn EpaColumn(Pollutant p, AveragingPeriod a, Band[] bands, Overflow above, string? belowReason = null) =>
        new(Ind(p, a), EpaUnits[(int)p], bands, above, belowReason);

    private static AirQualityStandard BuildEpa2024()
    {
        var extrapolate = new Overflow(OverflowKind.Extrapolate, "40 CFR 58 App. G: above 500 the top band's equation is used");
        BreakpointColumn[] columns =
        [
            EpaColumn(Pollutant.O3, AveragingPeriod.EightHours,
                [new(0.000m, 0.054m, 0, 50), new(0.055m, 0.070m, 51, 100), new(0.071m, 0.085m, 101, 150), new(0.086m, 0.105m, 151, 200), new(0.106m, 0.200m, 201, 300)],
                new Overflow(OverflowKind.Substitute, "App. G Table 2: the 8-hour O3 rows stop at 0.200 ppm; the 1-hour O3 index is used", Substitute: AveragingPeriod.OneHour)),
            EpaColumn(Pollutant.O3, AveragingPeriod.OneHour,
                [new(0.125m, 0.164m, 101, 150), new(0.165m, 0.204m, 151, 200), new(0.205m, 0.404m, 201, 300), new(0.405m, 0.604m, 301, 500)],
                extrapolate,
                "App. G Table 2: 1-hour O3 has an index only from 0.125 ppm; below it the 8-hour O3 index applies."),
            EpaColumn(Pollutant.Pm25, AveragingPeriod.TwentyFourHours,
                [new(0.0m, 9.0m, 0, 50), new(9.1m, 35.4m, 51, 100), new(35.5m, 55.4m, 101, 150), new(55.5m, 125.4m, 151, 200), new(125.5m, 225.4m, 201, 300), new(225.5m, 325.4m, 301, 500)],
                extrapolate),
            EpaColumn(Pollutant.Pm10, AveragingPeriod.TwentyFourHours,
                [new(0m, 54m, 0, 50), new(55m, 154m, 51, 100), new(155m, 254m, 101, 150), new(255m, 354m, 151, 200), new(355m, 424m, 201, 300), new(425m, 604m, 301, 500)],
                extrapolate),
            EpaColumn(Pollutant.Co, AveragingPeriod.EightHours,
                [new(0.0m, 4.4m, 0, 50), new(4.5m, 9.4m, 51, 100), new(9.5m, 12.4m, 101, 150), new(12.5m, 15.4m, 151, 200), new(15.5m, 30.4m, 201, 300), new(30.5m, 50.4m, 301, 500)],
                extrapolate),
            EpaColumn(Pollutant.So2, AveragingPeriod.OneHour,
                [new(0m, 35m, 0, 50), new(36m, 75m, 51, 100), new(76m, 185m, 101, 150), new(186m, 304m, 151, 200)],
                new Overflow(OverflowKind.Substitute, "App. G Table 2: the 1-hour SO2 rows stop at 304 ppb; the 24-hour SO2 index is used", Substitute: AveragingPeriod.TwentyFourHours, SubstituteFloor: 200)),
            EpaColumn(Pollutant.So2, AveragingPeriod.TwentyFourHours,
                [new(305m, 604m, 201, 300), new(605m, 1004m, 301, 500)],
                extrapolate,
                "App. G Table 2: 24-hour SO2 has an index only from 305 ppb (AQI above 200, when 1-hour SO2 is above 304 ppb)."),
            EpaColumn(Pollutant.No2, AveragingPeriod.OneHour,
                [new(0m, 53m, 0, 50), new(54m, 100m, 51, 100), new(101m, 360m, 101, 150), new(361m, 649m, 151, 200), new(650m, 1249m, 201, 300), new(1250m, 2049m, 301, 500)],
                extrapolate),
        ];
        // English names and colours: TAD Table 5. The Chinese names are the project's translation (no EPA or AirNow source).
        AqiCategory[] categories =
        [
            new(1, 0, 50, "良好", "Good", "green", new RgbColour(0, 228, 0)),
            new(2, 51, 100, "中等", "Moderate", "yellow", new RgbColour(255, 255, 0)),
            new(3, 101, 150, "对敏感人群不健康", "Unhealthy for Sensitive Groups", "orange", new RgbColour(255, 126, 0)),
            new(4, 151, 200, "不健康", "Unhealthy", "red", new RgbColour(255, 0, 0)),
            new(5, 201, 300, "非常不健康", "Very Unhealthy", "purple", new RgbColour(143, 63, 151)),
            new(6, 301, null, "危险", "Hazardous", "maroon", new RgbColour(126, 0, 35)),
        ];
        AirIndicator[] daily =
        [
            Ind(Pollutant.Pm25, AveragingPeriod.TwentyFourHours), Ind(Pollutant.Pm10, AveragingPeriod.TwentyFourHours),
            Ind(Pollutant.So2, AveragingPeriod.OneHour), Ind(Pollutant.No2, AveragingPeriod.OneHour),
            Ind(Pollutant.Co, AveragingPeriod.EightHours), Ind(Pollutant.O3, AveragingPeriod.EightHours),
        ];
        return new AirQualityStandard(
            "epa-2024",
            "US EPA AQI (2024)",
            new LocalDate(2024, 5, 6),
            columns,
            mandatoryRounding: EpaTruncation,
            optionalRounding: EpaTruncation,
            indexRounding: RoundingMode.HalfUp,
            minimumIndex: 0,
            categories,
            daily,
            primaryPollutantAbove: -1,
            reportsExceedingPollutants: false,
            partialAqiPublishedAbove: null,
            EpaUnits,
            AboveTableRule.Extrapolate,
            roundsConcentrations: true);
    }
}
