using System.Globalization;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

// Every band of every HJ 633-2026 Table 3 column. The concentration is first rounded half to even (GB/T 8170) to an
// integer (CO: 0.1 mg/m3) per §4.2.2, then IAQI = (I_hi - I_lo) / (BP_hi - BP_lo) * (C - BP_lo) + I_lo rounded up
// (§4.2.6). PM2.5 and PM10 1-hour values use the 24-hour breakpoints. The AQI range is 1-500.
public partial class AirQualityStandardTests
{
    [Theory]
    // HJ 633-2026 Table 3 So2 TwentyFourHours: breakpoints [0, 50, 150, 475, 800, 1600, 2100, 2620]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "50", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "150", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "475", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "800", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1600", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2100", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2620", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "25", 25)] // 25 -> 25; 50/(50-0)*(25-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "100", 75)] // 100 -> 100; 50/(150-50)*(100-50)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "312.5", 125)] // 312.5 -> 312; 50/(475-150)*(312-150)+100 = 124.9231 -> ceiling 125
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "637.5", 176)] // 637.5 -> 638; 50/(800-475)*(638-475)+150 = 175.0769 -> ceiling 176
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1200", 250)] // 1200 -> 1200; 100/(1600-800)*(1200-800)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1850", 350)] // 1850 -> 1850; 100/(2100-1600)*(1850-1600)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "2360", 450)] // 2360 -> 2360; 100/(2620-2100)*(2360-2100)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 So2 OneHour: breakpoints [0, 150, 500, 650, 800]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "150", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "500", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "650", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "800", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "75", 25)] // 75 -> 75; 50/(150-0)*(75-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "325", 75)] // 325 -> 325; 50/(500-150)*(325-150)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "575", 125)] // 575 -> 575; 50/(650-500)*(575-500)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "725", 175)] // 725 -> 725; 50/(800-650)*(725-650)+150 = 175.0000 -> ceiling 175
    // HJ 633-2026 Table 3 No2 TwentyFourHours: breakpoints [0, 40, 80, 180, 280, 565, 750, 940]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "40", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "80", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "180", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "280", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "565", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "750", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "940", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "20", 25)] // 20 -> 20; 50/(40-0)*(20-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "60", 75)] // 60 -> 60; 50/(80-40)*(60-40)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "130", 125)] // 130 -> 130; 50/(180-80)*(130-80)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "230", 175)] // 230 -> 230; 50/(280-180)*(230-180)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "422.5", 250)] // 422.5 -> 422; 100/(565-280)*(422-280)+200 = 249.8246 -> ceiling 250
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "657.5", 351)] // 657.5 -> 658; 100/(750-565)*(658-565)+300 = 350.2703 -> ceiling 351
    [InlineData(Pollutant.No2, AveragingPeriod.TwentyFourHours, "845", 450)] // 845 -> 845; 100/(940-750)*(845-750)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 No2 OneHour: breakpoints [0, 100, 200, 700, 1200, 2340, 3090, 3840]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "100", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "200", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "700", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1200", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2340", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3090", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3840", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "50", 25)] // 50 -> 50; 50/(100-0)*(50-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "150", 75)] // 150 -> 150; 50/(200-100)*(150-100)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "450", 125)] // 450 -> 450; 50/(700-200)*(450-200)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "950", 175)] // 950 -> 950; 50/(1200-700)*(950-700)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1770", 250)] // 1770 -> 1770; 100/(2340-1200)*(1770-1200)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2715", 350)] // 2715 -> 2715; 100/(3090-2340)*(2715-2340)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "3465", 450)] // 3465 -> 3465; 100/(3840-3090)*(3465-3090)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 Pm10 TwentyFourHours: breakpoints [0, 50, 120, 250, 350, 420, 500, 600]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "50", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "120", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "250", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "350", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "420", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "500", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "600", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "25", 25)] // 25 -> 25; 50/(50-0)*(25-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "85", 75)] // 85 -> 85; 50/(120-50)*(85-50)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "185", 125)] // 185 -> 185; 50/(250-120)*(185-120)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "300", 175)] // 300 -> 300; 50/(350-250)*(300-250)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "385", 250)] // 385 -> 385; 100/(420-350)*(385-350)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "460", 350)] // 460 -> 460; 100/(500-420)*(460-420)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "550", 450)] // 550 -> 550; 100/(600-500)*(550-500)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 Pm10 OneHour: breakpoints [0, 50, 120, 250, 350, 420, 500, 600]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "50", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "120", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "250", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "350", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "420", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "500", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "600", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "25", 25)] // 25 -> 25; 50/(50-0)*(25-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "85", 75)] // 85 -> 85; 50/(120-50)*(85-50)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "185", 125)] // 185 -> 185; 50/(250-120)*(185-120)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "300", 175)] // 300 -> 300; 50/(350-250)*(300-250)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "385", 250)] // 385 -> 385; 100/(420-350)*(385-350)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "460", 350)] // 460 -> 460; 100/(500-420)*(460-420)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Pm10, AveragingPeriod.OneHour, "550", 450)] // 550 -> 550; 100/(600-500)*(550-500)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 Co TwentyFourHours: breakpoints [0, 2, 4, 14, 24, 36, 48, 60]; concentrations rounded to 0.1 mg/m3 half-even (GB/T 8170) first
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "2", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "4", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "14", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "24", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "36", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "48", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "60", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "1", 25)] // 1 -> 1; 50/(2-0)*(1-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "3", 75)] // 3 -> 3; 50/(4-2)*(3-2)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "9", 125)] // 9 -> 9; 50/(14-4)*(9-4)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "19", 175)] // 19 -> 19; 50/(24-14)*(19-14)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "30", 250)] // 30 -> 30; 100/(36-24)*(30-24)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "42", 350)] // 42 -> 42; 100/(48-36)*(42-36)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Co, AveragingPeriod.TwentyFourHours, "54", 450)] // 54 -> 54; 100/(60-48)*(54-48)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 Co OneHour: breakpoints [0, 5, 10, 35, 60, 90, 120, 150]; concentrations rounded to 0.1 mg/m3 half-even (GB/T 8170) first
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "5", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "10", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "35", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "60", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "90", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "120", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "150", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "2.5", 25)] // 2.5 -> 2.5; 50/(5-0)*(2.5-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "7.5", 75)] // 7.5 -> 7.5; 50/(10-5)*(7.5-5)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "22.5", 125)] // 22.5 -> 22.5; 50/(35-10)*(22.5-10)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "47.5", 175)] // 47.5 -> 47.5; 50/(60-35)*(47.5-35)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "75", 250)] // 75 -> 75; 100/(90-60)*(75-60)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "105", 350)] // 105 -> 105; 100/(120-90)*(105-90)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Co, AveragingPeriod.OneHour, "135", 450)] // 135 -> 135; 100/(150-120)*(135-120)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 O3 OneHour: breakpoints [0, 160, 200, 300, 400, 800, 1000, 1200]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "160", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "200", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "300", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "400", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "800", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1000", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1200", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "80", 25)] // 80 -> 80; 50/(160-0)*(80-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "180", 75)] // 180 -> 180; 50/(200-160)*(180-160)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "250", 125)] // 250 -> 250; 50/(300-200)*(250-200)+100 = 125.0000 -> ceiling 125
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "350", 175)] // 350 -> 350; 50/(400-300)*(350-300)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "600", 250)] // 600 -> 600; 100/(800-400)*(600-400)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "900", 350)] // 900 -> 900; 100/(1000-800)*(900-800)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "1100", 450)] // 1100 -> 1100; 100/(1200-1000)*(1100-1000)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 O3 EightHours: breakpoints [0, 100, 160, 215, 265, 800]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "100", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "160", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "215", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "265", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "800", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "50", 25)] // 50 -> 50; 50/(100-0)*(50-0)+0 = 25.0000 -> ceiling 25
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "130", 75)] // 130 -> 130; 50/(160-100)*(130-100)+50 = 75.0000 -> ceiling 75
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "187.5", 126)] // 187.5 -> 188; 50/(215-160)*(188-160)+100 = 125.4545 -> ceiling 126
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "240", 175)] // 240 -> 240; 50/(265-215)*(240-215)+150 = 175.0000 -> ceiling 175
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "532.5", 250)] // 532.5 -> 532; 100/(800-265)*(532-265)+200 = 249.9065 -> ceiling 250
    // HJ 633-2026 Table 3 Pm25 TwentyFourHours: breakpoints [0, 35, 60, 115, 150, 250, 350, 500]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "35", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "60", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "115", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "150", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "250", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "350", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "500", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "17.5", 26)] // 17.5 -> 18; 50/(35-0)*(18-0)+0 = 25.7143 -> ceiling 26
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "47.5", 76)] // 47.5 -> 48; 50/(60-35)*(48-35)+50 = 76.0000 -> ceiling 76
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "87.5", 126)] // 87.5 -> 88; 50/(115-60)*(88-60)+100 = 125.4545 -> ceiling 126
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "132.5", 175)] // 132.5 -> 132; 50/(150-115)*(132-115)+150 = 174.2857 -> ceiling 175
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "200", 250)] // 200 -> 200; 100/(250-150)*(200-150)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "300", 350)] // 300 -> 300; 100/(350-250)*(300-250)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "425", 450)] // 425 -> 425; 100/(500-350)*(425-350)+400 = 450.0000 -> ceiling 450
    // HJ 633-2026 Table 3 Pm25 OneHour: breakpoints [0, 35, 60, 115, 150, 250, 350, 500]; concentrations rounded to integer half-even (GB/T 8170) first
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "0", 1)] // on breakpoint: Table row IAQI 0 (AQI range 1-500: 0 reported as 1)
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "35", 50)] // on breakpoint: Table row IAQI 50
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "60", 100)] // on breakpoint: Table row IAQI 100
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "115", 150)] // on breakpoint: Table row IAQI 150
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "150", 200)] // on breakpoint: Table row IAQI 200
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "250", 300)] // on breakpoint: Table row IAQI 300
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "350", 400)] // on breakpoint: Table row IAQI 400
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "500", 500)] // on breakpoint: Table row IAQI 500
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "17.5", 26)] // 17.5 -> 18; 50/(35-0)*(18-0)+0 = 25.7143 -> ceiling 26
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "47.5", 76)] // 47.5 -> 48; 50/(60-35)*(48-35)+50 = 76.0000 -> ceiling 76
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "87.5", 126)] // 87.5 -> 88; 50/(115-60)*(88-60)+100 = 125.4545 -> ceiling 126
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "132.5", 175)] // 132.5 -> 132; 50/(150-115)*(132-115)+150 = 174.2857 -> ceiling 175
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "200", 250)] // 200 -> 200; 100/(250-150)*(200-150)+200 = 250.0000 -> ceiling 250
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "300", 350)] // 300 -> 300; 100/(350-250)*(300-250)+300 = 350.0000 -> ceiling 350
    [InlineData(Pollutant.Pm25, AveragingPeriod.OneHour, "425", 450)] // 425 -> 425; 100/(500-350)*(425-350)+400 = 450.0000 -> ceiling 450
    public void Iaqi_Hj633_2026EveryBand_MatchesTable3(Pollutant pollutant, AveragingPeriod averaging, string concentration, int expected)
    {
        IaqiResult result = AirQualityStandard.Hj633_2026.Iaqi(pollutant, averaging, decimal.Parse(concentration, CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Value);
    }
}
