using System.Globalization;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

// Every band of every US EPA 2024 column (40 CFR 58 App. G Table 2, TAD Table 6): each band's low and high end
// (I_lo, I_hi), a value just below the next truncation unit (truncated back to the band's high end, TAD Table 6
// notes), and an interior value: I = (I_hi - I_lo) / (BP_hi - BP_lo) * (C - BP_lo) + I_lo rounded half up.
public partial class AirQualityStandardTests
{
    [Theory]
    // App. G Table 2, O3 EightHours (truncated to 3 decimals)
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.000", 0)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.054", 50)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.0549", 50)] // truncated to 0.054: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.018", 17)] // (50-0)/(0.054-0.000)*(0.018-0.000)+0 = 16.6667 -> half up 17
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.055", 51)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.070", 100)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.0709", 100)] // truncated to 0.070: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.060", 67)] // (100-51)/(0.070-0.055)*(0.060-0.055)+51 = 67.3333 -> half up 67
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.071", 101)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.085", 150)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.0859", 150)] // truncated to 0.085: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.075", 115)] // (150-101)/(0.085-0.071)*(0.075-0.071)+101 = 115.0000 -> half up 115
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.086", 151)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.105", 200)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.1059", 200)] // truncated to 0.105: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.092", 166)] // (200-151)/(0.105-0.086)*(0.092-0.086)+151 = 166.4737 -> half up 166
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.106", 201)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.200", 300)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.2009", 300)] // truncated to 0.200: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.EightHours, "0.137", 234)] // (300-201)/(0.200-0.106)*(0.137-0.106)+201 = 233.6489 -> half up 234
    // App. G Table 2, O3 OneHour (truncated to 3 decimals)
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.125", 101)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.164", 150)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.1649", 150)] // truncated to 0.164: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.138", 117)] // (150-101)/(0.164-0.125)*(0.138-0.125)+101 = 117.3333 -> half up 117
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.165", 151)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.204", 200)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.2049", 200)] // truncated to 0.204: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.178", 167)] // (200-151)/(0.204-0.165)*(0.178-0.165)+151 = 167.3333 -> half up 167
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.205", 201)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.404", 300)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.4049", 300)] // truncated to 0.404: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.271", 234)] // (300-201)/(0.404-0.205)*(0.271-0.205)+201 = 233.8342 -> half up 234
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.405", 301)] // band low: I_lo
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.604", 500)] // band high: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.6049", 500)] // truncated to 0.604: I_hi
    [InlineData(Pollutant.O3, AveragingPeriod.OneHour, "0.471", 367)] // (500-301)/(0.604-0.405)*(0.471-0.405)+301 = 367.0000 -> half up 367
    // App. G Table 2, Pm25 TwentyFourHours (truncated to 1 decimals)
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "0.0", 0)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "9.0", 50)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "9.09", 50)] // truncated to 9.0: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "3.0", 17)] // (50-0)/(9.0-0.0)*(3.0-0.0)+0 = 16.6667 -> half up 17
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "9.1", 51)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "35.4", 100)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "35.49", 100)] // truncated to 35.4: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "17.8", 67)] // (100-51)/(35.4-9.1)*(17.8-9.1)+51 = 67.2091 -> half up 67
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "35.5", 101)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "55.4", 150)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "55.49", 150)] // truncated to 55.4: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "42.1", 117)] // (150-101)/(55.4-35.5)*(42.1-35.5)+101 = 117.2513 -> half up 117
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "55.5", 151)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "125.4", 200)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "125.49", 200)] // truncated to 125.4: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "78.8", 167)] // (200-151)/(125.4-55.5)*(78.8-55.5)+151 = 167.3333 -> half up 167
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "125.5", 201)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "225.4", 300)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "225.49", 300)] // truncated to 225.4: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "158.8", 234)] // (300-201)/(225.4-125.5)*(158.8-125.5)+201 = 234.0000 -> half up 234
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "225.5", 301)] // band low: I_lo
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "325.4", 500)] // band high: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "325.49", 500)] // truncated to 325.4: I_hi
    [InlineData(Pollutant.Pm25, AveragingPeriod.TwentyFourHours, "258.8", 367)] // (500-301)/(325.4-225.5)*(258.8-225.5)+301 = 367.3333 -> half up 367
    // App. G Table 2, Pm10 TwentyFourHours (truncated to 0 decimals)
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "0", 0)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "54", 50)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "54.9", 50)] // truncated to 54: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "18", 17)] // (50-0)/(54-0)*(18-0)+0 = 16.6667 -> half up 17
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "55", 51)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "154", 100)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "154.9", 100)] // truncated to 154: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "88", 67)] // (100-51)/(154-55)*(88-55)+51 = 67.3333 -> half up 67
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "155", 101)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "254", 150)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "254.9", 150)] // truncated to 254: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "188", 117)] // (150-101)/(254-155)*(188-155)+101 = 117.3333 -> half up 117
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "255", 151)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "354", 200)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "354.9", 200)] // truncated to 354: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "288", 167)] // (200-151)/(354-255)*(288-255)+151 = 167.3333 -> half up 167
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "355", 201)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "424", 300)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "424.9", 300)] // truncated to 424: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "378", 234)] // (300-201)/(424-355)*(378-355)+201 = 234.0000 -> half up 234
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "425", 301)] // band low: I_lo
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "604", 500)] // band high: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "604.9", 500)] // truncated to 604: I_hi
    [InlineData(Pollutant.Pm10, AveragingPeriod.TwentyFourHours, "484", 367)] // (500-301)/(604-425)*(484-425)+301 = 366.5922 -> half up 367
    // App. G Table 2, Co EightHours (truncated to 1 decimals)
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "0.0", 0)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "4.4", 50)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "4.49", 50)] // truncated to 4.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "1.4", 16)] // (50-0)/(4.4-0.0)*(1.4-0.0)+0 = 15.9091 -> half up 16
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "4.5", 51)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "9.4", 100)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "9.49", 100)] // truncated to 9.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "6.1", 67)] // (100-51)/(9.4-4.5)*(6.1-4.5)+51 = 67.0000 -> half up 67
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "9.5", 101)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "12.4", 150)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "12.49", 150)] // truncated to 12.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "10.4", 116)] // (150-101)/(12.4-9.5)*(10.4-9.5)+101 = 116.2069 -> half up 116
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "12.5", 151)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "15.4", 200)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "15.49", 200)] // truncated to 15.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "13.4", 166)] // (200-151)/(15.4-12.5)*(13.4-12.5)+151 = 166.2069 -> half up 166
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "15.5", 201)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "30.4", 300)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "30.49", 300)] // truncated to 30.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "20.4", 234)] // (300-201)/(30.4-15.5)*(20.4-15.5)+201 = 233.5570 -> half up 234
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "30.5", 301)] // band low: I_lo
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "50.4", 500)] // band high: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "50.49", 500)] // truncated to 50.4: I_hi
    [InlineData(Pollutant.Co, AveragingPeriod.EightHours, "37.1", 367)] // (500-301)/(50.4-30.5)*(37.1-30.5)+301 = 367.0000 -> half up 367
    // App. G Table 2, So2 OneHour (truncated to 0 decimals)
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "0", 0)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "35", 50)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "35.9", 50)] // truncated to 35: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "11", 16)] // (50-0)/(35-0)*(11-0)+0 = 15.7143 -> half up 16
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "36", 51)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "75", 100)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "75.9", 100)] // truncated to 75: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "49", 67)] // (100-51)/(75-36)*(49-36)+51 = 67.3333 -> half up 67
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "76", 101)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "185", 150)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "185.9", 150)] // truncated to 185: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "112", 117)] // (150-101)/(185-76)*(112-76)+101 = 117.1835 -> half up 117
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "186", 151)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "304", 200)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "304.9", 200)] // truncated to 304: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.OneHour, "225", 167)] // (200-151)/(304-186)*(225-186)+151 = 167.1949 -> half up 167
    // App. G Table 2, So2 TwentyFourHours (truncated to 0 decimals)
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "305", 201)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "604", 300)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "604.9", 300)] // truncated to 604: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "404", 234)] // (300-201)/(604-305)*(404-305)+201 = 233.7793 -> half up 234
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "605", 301)] // band low: I_lo
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1004", 500)] // band high: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "1004.9", 500)] // truncated to 1004: I_hi
    [InlineData(Pollutant.So2, AveragingPeriod.TwentyFourHours, "738", 367)] // (500-301)/(1004-605)*(738-605)+301 = 367.3333 -> half up 367
    // App. G Table 2, No2 OneHour (truncated to 0 decimals)
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "0", 0)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "53", 50)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "53.9", 50)] // truncated to 53: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "17", 16)] // (50-0)/(53-0)*(17-0)+0 = 16.0377 -> half up 16
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "54", 51)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "100", 100)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "100.9", 100)] // truncated to 100: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "69", 67)] // (100-51)/(100-54)*(69-54)+51 = 66.9783 -> half up 67
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "101", 101)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "360", 150)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "360.9", 150)] // truncated to 360: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "187", 117)] // (150-101)/(360-101)*(187-101)+101 = 117.2703 -> half up 117
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "361", 151)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "649", 200)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "649.9", 200)] // truncated to 649: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "457", 167)] // (200-151)/(649-361)*(457-361)+151 = 167.3333 -> half up 167
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "650", 201)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1249", 300)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1249.9", 300)] // truncated to 1249: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "849", 234)] // (300-201)/(1249-650)*(849-650)+201 = 233.8898 -> half up 234
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1250", 301)] // band low: I_lo
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2049", 500)] // band high: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "2049.9", 500)] // truncated to 2049: I_hi
    [InlineData(Pollutant.No2, AveragingPeriod.OneHour, "1516", 367)] // (500-301)/(2049-1250)*(1516-1250)+301 = 367.2503 -> half up 367
    public void Iaqi_Epa2024EveryBand_MatchesAppendixG(Pollutant pollutant, AveragingPeriod averaging, string concentration, int expected)
    {
        IaqiResult result = AirQualityStandard.Epa2024.Iaqi(pollutant, averaging, decimal.Parse(concentration, CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Value);
    }
}
