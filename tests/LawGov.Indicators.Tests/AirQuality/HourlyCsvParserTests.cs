using System.Text;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class HourlyCsvParserTests
{
    private static HourlyCsvParser.ValueStatus Value(string text, out long value, out string? error) =>
        HourlyCsvParser.TryParseValue(Encoding.UTF8.GetBytes(text), out value, out error);

    [Theory]
    [InlineData("35", 35_000_000)]
    [InlineData("2.2", 2_200_000)]
    [InlineData("0.000001", 1)]
    [InlineData("12.3400000", 12_340_000)] // trailing zeros beyond 6 decimals are fine
    [InlineData(" 7 ", 7_000_000)]
    [InlineData(".5", 500_000)]
    [InlineData("5.", 5_000_000)]
    [InlineData("+3", 3_000_000)]
    [InlineData("-0", 0)] // negative zero is zero, not missing
    [InlineData("9999999.999999", 9_999_999_999_999)]
    [InlineData("\"42\"", 42_000_000)]
    public void TryParseValue_Number_IsExactFixedPoint(string text, long expected)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Value, Value(text, out long value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("-")]
    [InlineData("-3.5")]
    public void TryParseValue_MissingMarker_IsMissing(string text)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Missing, Value(text, out _, out _));
    }

    [Theory]
    [InlineData("abc", "expected a number")]
    [InlineData("1e3", "expected a number")]
    [InlineData("1,5", "expected a number")]
    [InlineData("NaN", "expected a number")]
    [InlineData(".", "expected a number")]
    [InlineData("1.2.3", "expected a number")]
    [InlineData("-abc", "expected a number")]
    [InlineData("1.0000001", "more than 6 decimal places")]
    [InlineData("12345678", "more than 7 digits")]
    public void TryParseValue_Malformed_IsAnErrorSayingWhy(string text, string expected)
    {
        Assert.Equal(HourlyCsvParser.ValueStatus.Error, Value(text, out _, out string? error));
        Assert.Contains(expected, error);
    }

    private static int DayNumber(int y, int m, int d) => DayNumbers.FromCivil(y, m, d);

    [Theory]
    [InlineData("2024-01-01 00:00", 2024, 1, 1, 0)]
    [InlineData("2024-01-01T13:00", 2024, 1, 1, 13)]
    [InlineData("2024-02-29 23:00", 2024, 2, 29, 23)] // leap day
    public void TryParseHour_HourBeginning_IsThatHour(string text, int y, int m, int d, int h)
    {
        Assert.True(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourBeginning, out int hour, out _));
        Assert.Equal(DayNumber(y, m, d) * 24 + h, hour);
    }

    [Theory]
    [InlineData("2024-01-01 01:00", 2024, 1, 1, 0)] // "1时" is 00:00-01:00
    [InlineData("2024-01-02 00:00", 2024, 1, 1, 23)] // midnight ends the previous day's last hour
    [InlineData("2024-01-01 24:00", 2024, 1, 1, 23)]
    [InlineData("2025-01-01 00:00", 2024, 12, 31, 23)] // belongs to the previous year
    public void TryParseHour_HourEnding_IsTheHourBefore(string text, int y, int m, int d, int h)
    {
        Assert.True(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourEnding, out int hour, out _));
        Assert.Equal(DayNumber(y, m, d) * 24 + h, hour);
    }

    [Theory]
    [InlineData("2024-01-01 24:00", "24:00 is only valid with hour-ending labels")]
    [InlineData("2024-01-01 12:30", "not a whole hour")]
    [InlineData("2023-02-29 00:00", "not a calendar date")]
    [InlineData("2024-13-01 00:00", "not a calendar date")]
    [InlineData("0999-06-01 00:00", "the year is before 1000; hourly data takes four-digit years 1000 to 9999")]
    [InlineData("2024/01/01 00:00", "expected a local time")]
    [InlineData("2024-01-01", "expected a local time")]
    [InlineData("2024-01-01 00:00:00", "expected a local time")]
    public void TryParseHour_Malformed_SaysWhy(string text, string expected)
    {
        Assert.False(HourlyCsvParser.TryParseHour(Encoding.UTF8.GetBytes(text), HourLabel.HourBeginning, out _, out string? error));
        Assert.Contains(expected, error);
    }
}

public class HourlyCsvFastPathTests
{
    private static readonly FsCheck.Gen<string> ValueText =
        Gen.Elements("0", "1", "2", "5", "9", "0", "7", ".", ".", "-", "+", "N", "A", "n", "a", " ", "x", "\"", "e")
            .ListOf()
            .Select(parts => string.Concat(parts.Take(11)));

    private static readonly FsCheck.Gen<string> PlainNumber =
        from integer in Gen.Choose(0, 9_999_999)
        from decimals in Gen.Choose(0, 6)
        from fraction in Gen.Choose(0, 999_999)
        select decimals == 0
            ? integer.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : integer.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + (fraction % (int)Math.Pow(10, decimals)).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(decimals, '0');

    /// <summary>The fast value parser, on <paramref name="text"/> placed after <paramref name="offset"/> bytes of other text.</summary>
    private static bool Fast(string text, int offset, out long value, out bool has)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(new string('7', offset) + text + ",9,9,9,9,9,9,9\n");
        int stop = offset + Encoding.UTF8.GetByteCount(text);
        return HourlyCsvParser.TryFastValue(ref bytes[0], offset, stop, out value, out has);
    }

    [Fact]
    public void TryFastValue_WhenItAccepts_AgreesWithTryParseValue()
    {
        // The fast path is the reference path: whatever it accepts, TryParseValue reads the same (a value, or missing).
        var gen = from text in Gen.OneOf(ValueText, PlainNumber)
                  from offset in Gen.Choose(0, 20)
                  select (text, offset);
        Properties.Check(Prop.ForAll(Arb.From(gen), x =>
        {
            if (!Fast(x.text, x.offset, out long value, out bool has))
            {
                return true;
            }
            HourlyCsvParser.ValueStatus status = HourlyCsvParser.TryParseValue(Encoding.UTF8.GetBytes(x.text), out long reference, out _);
            return has
                ? status == HourlyCsvParser.ValueStatus.Value && value == reference
                : status == HourlyCsvParser.ValueStatus.Missing;
        }), maxTest: 3000);
    }

    [Fact]
    public void TryFastValue_PlainNumbers_AreAcceptedExactly()
    {
        Properties.Check(Prop.ForAll(Arb.From(PlainNumber), text =>
        {
            Assert.Equal(HourlyCsvParser.ValueStatus.Value, HourlyCsvParser.TryParseValue(Encoding.UTF8.GetBytes(text), out long reference, out _));
            return Fast(text, 12, out long value, out bool has) && has && value == reference;
        }), maxTest: 2000);
    }

    [Theory]
    [InlineData("45", 45_000_000)]
    [InlineData("2.3", 2_300_000)]
    [InlineData("1234.567", 1_234_567_000)]
    [InlineData("0.000001", 1)]
    [InlineData("9999999", 9_999_999_000_000)]
    public void TryFastValue_Examples(string text, long expected)
    {
        Assert.True(Fast(text, 10, out long value, out bool has));
        Assert.True(has);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("-")]
    public void TryFastValue_MissingMarkers_AreMissing(string text)
    {
        Assert.True(Fast(text, 10, out _, out bool has));
        Assert.False(has);
    }

    [Fact]
    public void EightDigits_IsTheDecimalNumber()
    {
        Properties.Check(Prop.ForAll(Arb.From(Gen.Choose(0, 99_999_999)), n =>
        {
            ulong word = 0;
            string digits = n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            for (int i = 0; i < 8; i++)
            {
                word |= (ulong)(digits[i] - '0') << (8 * i);
            }
            return HourlyCsvParser.EightDigits(word) == (ulong)n;
        }), maxTest: 2000);
    }
}

public class HourlyCsvParserDateMemoryTests
{
    private static readonly string NulTime = new string('\0', 10) + " 00:00";

    private static AirDataSet Read(string csv, HourLabel label, bool fast, int threads = 1, int chunk = 1 << 20)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(csv);
        var options = new HourlyDataOptions(label, threads, 1000, chunk) { FastLines = fast };
        return HourlyAirData.ReadCsv(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), options).Value;
    }

    [Theory]
    [InlineData(true, HourLabel.HourBeginning)]
    [InlineData(true, HourLabel.HourEnding)]
    [InlineData(false, HourLabel.HourBeginning)]
    [InlineData(false, HourLabel.HourEnding)]
    public void Parse_FirstTimeOfTenNulBytes_IsReportedNotTakenForTheSameDate(bool fast, HourLabel label)
    {
        // Before any row the remembered date matched ten zero bytes: the row became day 0 (year 0), and with hour-ending
        // labels 00:00 became hour -1 and crashed the accumulator. Rows after it keep the line long enough for the fast path.
        string csv = new HourlyCsv()
            .Line("Station0001," + NulTime + ",10,20,5,20,0.5,60")
            .Row("Station0001", new NodaTime.LocalDateTime(2024, 1, 1, 5, 0))
            .Row("Station0001", new NodaTime.LocalDateTime(2024, 1, 1, 6, 0))
            .ToString();

        AirDataSet data = Read(csv, label, fast);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(2, issue.Line);
        Assert.StartsWith("time: expected a local time", issue.Message, StringComparison.Ordinal);
        Assert.Equal([2024], data.Years);
        Assert.Equal(2, data.Cities[0].Stations[0].Days.Sum(d => d.ValidHours(Pollutant.Pm25)));
    }

    [Theory]
    [InlineData(HourLabel.HourBeginning)]
    [InlineData(HourLabel.HourEnding)]
    public void Parse_PartOfAParallelReadStartingWithNulTimes_ReportsThem(HourLabel label)
    {
        // The second half is all NUL times, so whichever line starts a later part is one: each part's parser must parse
        // its first time in full. Every such row is reported, as in a sequential read.
        var csv = new HourlyCsv();
        for (int h = 1; h <= 24; h++)
        {
            csv.Row("Station0001", new NodaTime.LocalDate(2024, 1, 1).At(NodaTime.LocalTime.Midnight).PlusHours(h));
        }
        for (int i = 0; i < 40; i++)
        {
            csv.Line("Station0001," + NulTime + ",10,20,5,20,0.5,60");
        }

        AirDataSet parts = Read(csv.ToString(), label, fast: true, threads: 3, chunk: 256);

        Assert.Equal(40, parts.IssueCount);
        Assert.All(parts.Issues, i => Assert.StartsWith("time: expected a local time", i.Message, StringComparison.Ordinal));
        Assert.Equal([2024], parts.Years);
    }
}

public class HourlyCsvParserNameTests
{
    private static AirDataSet Read(byte[] csv, bool fast) =>
        HourlyAirData.ReadCsv(new MemoryStream(csv), new HourlyDataOptions(HourLabel.HourBeginning, 1, 1000) { FastLines = fast }).Value;

    private static byte[] Csv(string header, params byte[][] lines) =>
        [.. Encoding.UTF8.GetBytes(header + "\n"), .. lines.SelectMany(l => l.Concat("\n"u8.ToArray()))];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_StationNameNotUtf8_IsReportedNotMergedOrSplit(bool fast)
    {
        // 0xFF and 0xFE are never UTF-8; decoded, both would become "Station\uFFFD" — one station from two, silently.
        byte[] ff = [.. "Station0001"u8, 0xFF];
        byte[] fe = [.. "Station0001"u8, 0xFE];
        byte[] rest = ",2024-01-01 00:00,10,20,5,20,0.5,60"u8.ToArray();
        byte[] csv = Csv(HourlyCsv.Header,
            [.. "Station0001"u8, .. rest],
            [.. ff, .. rest],
            [.. fe, .. rest],
            [.. "Station0002"u8, .. rest],
            [.. "Station0003"u8, .. rest]);

        AirDataSet data = Read(csv, fast);

        Assert.Equal([3L, 4L], data.Issues.Select(i => i.Line));
        Assert.All(data.Issues, i => Assert.Equal("station: expected UTF-8 text, found bytes that are not UTF-8; the name would not be told apart from other such names", i.Message));
        Assert.Equal(1, data.Issues[0].Column);
        Assert.Equal(["Station0001", "Station0002", "Station0003"], data.Cities[0].Stations.Select(s => s.Name));
    }

    [Fact]
    public void Parse_CityNameNotUtf8_IsReported()
    {
        byte[] csv = Csv("city,station,time,PM2.5,PM10,SO2,NO2,CO,O3",
            [.. "Jinan,A,2024-01-01 00:00,10,20,5,20,0.5,60"u8],
            [0xC3, .. ",A,2024-01-01 00:00,10,20,5,20,0.5,60"u8]); // a lead byte without its continuation

        AirDataSet data = Read(csv, fast: true);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Line);
        Assert.StartsWith("city: expected UTF-8 text", issue.Message, StringComparison.Ordinal);
        Assert.Equal("Jinan", Assert.Single(data.Cities).Name);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_NameOfOnlyWhiteSpace_IsReportedLikeAnEmptyOne(bool fast)
    {
        // A tab, or spaces inside quotes, name nothing (and the JSON state refuses such a name): reported, not a station.
        byte[] rest = ",2024-01-01 00:00,10,20,5,20,0.5,60"u8.ToArray();
        byte[] csv = Csv(HourlyCsv.Header,
            [.. "Station0001"u8, .. rest],
            [.. "\t"u8, .. rest],
            [.. "\"  \""u8, .. rest],
            [.. "Station0002"u8, .. rest],
            [.. "Station0003"u8, .. rest]);

        AirDataSet data = Read(csv, fast);

        Assert.Equal([3L, 4L], data.Issues.Select(i => i.Line));
        Assert.Equal(
            ["station: expected a station name, found only white space", "station: expected a station name, found an empty field"],
            data.Issues.Select(i => i.Message));
        Assert.Equal(["Station0001", "Station0002", "Station0003"], data.Cities[0].Stations.Select(s => s.Name));
        AirDataJson.Read(AirDataJson.Write(data)); // every name it kept is one the state can carry
    }

    [Fact]
    public void Parse_CityOfOnlyWhiteSpace_IsReported()
    {
        byte[] csv = Csv("city,station,time,PM2.5,PM10,SO2,NO2,CO,O3",
            [.. "Jinan,A,2024-01-01 00:00,10,20,5,20,0.5,60"u8],
            [.. "\t,A,2024-01-01 00:00,10,20,5,20,0.5,60"u8]);

        AirDataSet data = Read(csv, fast: true);

        Assert.Equal("city: expected a city name, found only white space", Assert.Single(data.Issues).Message);
        Assert.Equal("Jinan", Assert.Single(data.Cities).Name);
    }
}
