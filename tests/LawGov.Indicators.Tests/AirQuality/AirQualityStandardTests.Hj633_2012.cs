using System.Globalization;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

// Every band of every HJ 633-2012 Table 1 column: each breakpoint (its own IAQI, bands are (BP_lo, BP_hi]),
// each band's midpoint ((I_lo + I_hi) / 2 by linearity) and one unit above each lower breakpoint (the ceiling of
// §6.2). Expected values are hand calculations of IAQI = (I_hi - I_lo) / (BP_hi - BP_lo) * (C - BP_lo) + I_lo.
public partial class AirQualityStandardTests
{
    [Theory]
    // HJ 633-2012 Table 1 So2 TwentyFourHours: breakpoints [0, 50, 150, 475, 800, 1600, 2100, 2620]
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "50", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "150", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "475", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "800", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1600", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2100", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2620", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "25", 25)] // midpoint of (0, 50]: (0+50)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1", 1)] // 50/(50-0)*(1-0)+0 = 1 -> ceiling 1
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "100", 75)] // midpoint of (50, 150]: (50+100)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "51", 51)] // 50/(150-50)*(51-50)+50 = 50.5 -> ceiling 51
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "312.5", 125)] // midpoint of (150, 475]: (100+150)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "151", 101)] // 50/(475-150)*(151-150)+100 = 100.1538 -> ceiling 101
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "637.5", 175)] // midpoint of (475, 800]: (150+200)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "476", 151)] // 50/(800-475)*(476-475)+150 = 150.1538 -> ceiling 151
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1200", 250)] // midpoint of (800, 1600]: (200+300)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "801", 201)] // 100/(1600-800)*(801-800)+200 = 200.125 -> ceiling 201
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1850", 350)] // midpoint of (1600, 2100]: (300+400)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1601", 301)] // 100/(2100-1600)*(1601-1600)+300 = 300.2 -> ceiling 301
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2360", 450)] // midpoint of (2100, 2620]: (400+500)/2
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2101", 401)] // 100/(2620-2100)*(2101-2100)+400 = 400.1923 -> ceiling 401
    // HJ 633-2012 Table 1 So2 OneHour: breakpoints [0, 150, 500, 650, 800]
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "150", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "500", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "650", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "800", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "75", 25)] // midpoint of (0, 150]: (0+50)/2
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "1", 1)] // 50/(150-0)*(1-0)+0 = 0.3333 -> ceiling 1
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "325", 75)] // midpoint of (150, 500]: (50+100)/2
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "151", 51)] // 50/(500-150)*(151-150)+50 = 50.1429 -> ceiling 51
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "575", 125)] // midpoint of (500, 650]: (100+150)/2
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "501", 101)] // 50/(650-500)*(501-500)+100 = 100.3333 -> ceiling 101
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "725", 175)] // midpoint of (650, 800]: (150+200)/2
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "651", 151)] // 50/(800-650)*(651-650)+150 = 150.3333 -> ceiling 151
    // HJ 633-2012 Table 1 No2 TwentyFourHours: breakpoints [0, 40, 80, 180, 280, 565, 750, 940]
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "40", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "80", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "180", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "280", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "565", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "750", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "940", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "20", 25)] // midpoint of (0, 40]: (0+50)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "1", 2)] // 50/(40-0)*(1-0)+0 = 1.25 -> ceiling 2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "60", 75)] // midpoint of (40, 80]: (50+100)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "41", 52)] // 50/(80-40)*(41-40)+50 = 51.25 -> ceiling 52
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "130", 125)] // midpoint of (80, 180]: (100+150)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "81", 101)] // 50/(180-80)*(81-80)+100 = 100.5 -> ceiling 101
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "230", 175)] // midpoint of (180, 280]: (150+200)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "181", 151)] // 50/(280-180)*(181-180)+150 = 150.5 -> ceiling 151
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "422.5", 250)] // midpoint of (280, 565]: (200+300)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "281", 201)] // 100/(565-280)*(281-280)+200 = 200.3509 -> ceiling 201
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "657.5", 350)] // midpoint of (565, 750]: (300+400)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "566", 301)] // 100/(750-565)*(566-565)+300 = 300.5405 -> ceiling 301
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "845", 450)] // midpoint of (750, 940]: (400+500)/2
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "751", 401)] // 100/(940-750)*(751-750)+400 = 400.5263 -> ceiling 401
    // HJ 633-2012 Table 1 No2 OneHour: breakpoints [0, 100, 200, 700, 1200, 2340, 3090, 3840]
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "100", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "200", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "700", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1200", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2340", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3090", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3840", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "50", 25)] // midpoint of (0, 100]: (0+50)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1", 1)] // 50/(100-0)*(1-0)+0 = 0.5 -> ceiling 1
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "150", 75)] // midpoint of (100, 200]: (50+100)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "101", 51)] // 50/(200-100)*(101-100)+50 = 50.5 -> ceiling 51
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "450", 125)] // midpoint of (200, 700]: (100+150)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "201", 101)] // 50/(700-200)*(201-200)+100 = 100.1 -> ceiling 101
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "950", 175)] // midpoint of (700, 1200]: (150+200)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "701", 151)] // 50/(1200-700)*(701-700)+150 = 150.1 -> ceiling 151
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1770", 250)] // midpoint of (1200, 2340]: (200+300)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1201", 201)] // 100/(2340-1200)*(1201-1200)+200 = 200.0877 -> ceiling 201
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2715", 350)] // midpoint of (2340, 3090]: (300+400)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2341", 301)] // 100/(3090-2340)*(2341-2340)+300 = 300.1333 -> ceiling 301
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3465", 450)] // midpoint of (3090, 3840]: (400+500)/2
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3091", 401)] // 100/(3840-3090)*(3091-3090)+400 = 400.1333 -> ceiling 401
    // HJ 633-2012 Table 1 Pm10 TwentyFourHours: breakpoints [0, 50, 150, 250, 350, 420, 500, 600]
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "50", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "150", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "250", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "350", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "420", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "500", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "600", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "25", 25)] // midpoint of (0, 50]: (0+50)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "1", 1)] // 50/(50-0)*(1-0)+0 = 1 -> ceiling 1
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "100", 75)] // midpoint of (50, 150]: (50+100)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "51", 51)] // 50/(150-50)*(51-50)+50 = 50.5 -> ceiling 51
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "200", 125)] // midpoint of (150, 250]: (100+150)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "151", 101)] // 50/(250-150)*(151-150)+100 = 100.5 -> ceiling 101
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "300", 175)] // midpoint of (250, 350]: (150+200)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "251", 151)] // 50/(350-250)*(251-250)+150 = 150.5 -> ceiling 151
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "385", 250)] // midpoint of (350, 420]: (200+300)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "351", 202)] // 100/(420-350)*(351-350)+200 = 201.4286 -> ceiling 202
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "460", 350)] // midpoint of (420, 500]: (300+400)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "421", 302)] // 100/(500-420)*(421-420)+300 = 301.25 -> ceiling 302
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "550", 450)] // midpoint of (500, 600]: (400+500)/2
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "501", 401)] // 100/(600-500)*(501-500)+400 = 401 -> ceiling 401
    // HJ 633-2012 Table 1 Co TwentyFourHours: breakpoints [0, 2, 4, 14, 24, 36, 48, 60]
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "2", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "4", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "14", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "24", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "36", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "48", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "60", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "1", 25)] // midpoint of (0, 2]: (0+50)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "0.1", 3)] // 50/(2-0)*(0.1-0)+0 = 2.5 -> ceiling 3
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "3", 75)] // midpoint of (2, 4]: (50+100)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "2.1", 53)] // 50/(4-2)*(2.1-2)+50 = 52.5 -> ceiling 53
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "9", 125)] // midpoint of (4, 14]: (100+150)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "4.1", 101)] // 50/(14-4)*(4.1-4)+100 = 100.5 -> ceiling 101
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "19", 175)] // midpoint of (14, 24]: (150+200)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "14.1", 151)] // 50/(24-14)*(14.1-14)+150 = 150.5 -> ceiling 151
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "30", 250)] // midpoint of (24, 36]: (200+300)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "24.1", 201)] // 100/(36-24)*(24.1-24)+200 = 200.8333 -> ceiling 201
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "42", 350)] // midpoint of (36, 48]: (300+400)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "36.1", 301)] // 100/(48-36)*(36.1-36)+300 = 300.8333 -> ceiling 301
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "54", 450)] // midpoint of (48, 60]: (400+500)/2
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "48.1", 401)] // 100/(60-48)*(48.1-48)+400 = 400.8333 -> ceiling 401
    // HJ 633-2012 Table 1 Co OneHour: breakpoints [0, 5, 10, 35, 60, 90, 120, 150]
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "5", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "10", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "35", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "60", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "90", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "120", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "150", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "2.5", 25)] // midpoint of (0, 5]: (0+50)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "0.1", 1)] // 50/(5-0)*(0.1-0)+0 = 1 -> ceiling 1
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "7.5", 75)] // midpoint of (5, 10]: (50+100)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "5.1", 51)] // 50/(10-5)*(5.1-5)+50 = 51 -> ceiling 51
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "22.5", 125)] // midpoint of (10, 35]: (100+150)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "10.1", 101)] // 50/(35-10)*(10.1-10)+100 = 100.2 -> ceiling 101
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "47.5", 175)] // midpoint of (35, 60]: (150+200)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "35.1", 151)] // 50/(60-35)*(35.1-35)+150 = 150.2 -> ceiling 151
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "75", 250)] // midpoint of (60, 90]: (200+300)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "60.1", 201)] // 100/(90-60)*(60.1-60)+200 = 200.3333 -> ceiling 201
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "105", 350)] // midpoint of (90, 120]: (300+400)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "90.1", 301)] // 100/(120-90)*(90.1-90)+300 = 300.3333 -> ceiling 301
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "135", 450)] // midpoint of (120, 150]: (400+500)/2
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "120.1", 401)] // 100/(150-120)*(120.1-120)+400 = 400.3333 -> ceiling 401
    // HJ 633-2012 Table 1 O3 OneHour: breakpoints [0, 160, 200, 300, 400, 800, 1000, 1200]
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "160", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "200", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "300", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "400", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "800", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1000", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1200", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "80", 25)] // midpoint of (0, 160]: (0+50)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1", 1)] // 50/(160-0)*(1-0)+0 = 0.3125 -> ceiling 1
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "180", 75)] // midpoint of (160, 200]: (50+100)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "161", 52)] // 50/(200-160)*(161-160)+50 = 51.25 -> ceiling 52
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "250", 125)] // midpoint of (200, 300]: (100+150)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "201", 101)] // 50/(300-200)*(201-200)+100 = 100.5 -> ceiling 101
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "350", 175)] // midpoint of (300, 400]: (150+200)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "301", 151)] // 50/(400-300)*(301-300)+150 = 150.5 -> ceiling 151
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "600", 250)] // midpoint of (400, 800]: (200+300)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "401", 201)] // 100/(800-400)*(401-400)+200 = 200.25 -> ceiling 201
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "900", 350)] // midpoint of (800, 1000]: (300+400)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "801", 301)] // 100/(1000-800)*(801-800)+300 = 300.5 -> ceiling 301
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1100", 450)] // midpoint of (1000, 1200]: (400+500)/2
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1001", 401)] // 100/(1200-1000)*(1001-1000)+400 = 400.5 -> ceiling 401
    // HJ 633-2012 Table 1 O3 EightHours: breakpoints [0, 100, 160, 215, 265, 800]
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "100", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "160", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "215", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "265", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "800", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "50", 25)] // midpoint of (0, 100]: (0+50)/2
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "1", 1)] // 50/(100-0)*(1-0)+0 = 0.5 -> ceiling 1
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "130", 75)] // midpoint of (100, 160]: (50+100)/2
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "101", 51)] // 50/(160-100)*(101-100)+50 = 50.8333 -> ceiling 51
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "187.5", 125)] // midpoint of (160, 215]: (100+150)/2
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "161", 101)] // 50/(215-160)*(161-160)+100 = 100.9091 -> ceiling 101
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "240", 175)] // midpoint of (215, 265]: (150+200)/2
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "216", 151)] // 50/(265-215)*(216-215)+150 = 151 -> ceiling 151
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "532.5", 250)] // midpoint of (265, 800]: (200+300)/2
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "266", 201)] // 100/(800-265)*(266-265)+200 = 200.1869 -> ceiling 201
    // HJ 633-2012 Table 1 Pm25 TwentyFourHours: breakpoints [0, 35, 75, 115, 150, 250, 350, 500]
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "0", 0)] // on breakpoint: Table row IAQI 0
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "35", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "75", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "115", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "150", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "250", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "350", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "500", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "17.5", 25)] // midpoint of (0, 35]: (0+50)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "1", 2)] // 50/(35-0)*(1-0)+0 = 1.4286 -> ceiling 2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "55", 75)] // midpoint of (35, 75]: (50+100)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "36", 52)] // 50/(75-35)*(36-35)+50 = 51.25 -> ceiling 52
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "95", 125)] // midpoint of (75, 115]: (100+150)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "76", 102)] // 50/(115-75)*(76-75)+100 = 101.25 -> ceiling 102
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "132.5", 175)] // midpoint of (115, 150]: (150+200)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "116", 152)] // 50/(150-115)*(116-115)+150 = 151.4286 -> ceiling 152
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "200", 250)] // midpoint of (150, 250]: (200+300)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "151", 201)] // 100/(250-150)*(151-150)+200 = 201 -> ceiling 201
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "300", 350)] // midpoint of (250, 350]: (300+400)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "251", 301)] // 100/(350-250)*(251-250)+300 = 301 -> ceiling 301
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "425", 450)] // midpoint of (350, 500]: (400+500)/2
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "351", 401)] // 100/(500-350)*(351-350)+400 = 400.6667 -> ceiling 401
    public void Iaqi_Hj633_2012EveryBand_MatchesTable1(Pollutant pollutant, AveragingPeriod averaging, string concentration, int expected)
    {
        IaqiResult result = AirQualityStandard.Hj633_2012.Iaqi(pollutant, averaging, decimal.Parse(concentration, CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Value);
    }
}
