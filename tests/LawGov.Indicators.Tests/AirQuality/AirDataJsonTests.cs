using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirDataJsonTests
{
    private static AirDataSet Read(string csv) => HourlyAirData.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Value;

    /// <summary>One station, one row at 05:00: PM2.5 10.5, NO2 missing, the others whole numbers.</summary>
    private static readonly string OneRow = HourlyCsv.Header + "\nA,2024-01-01 05:00,10.5,20,5,NA,0.5,60\n";

    /// <summary>24 entries, <paramref name="value"/> at hour 5 and <paramref name="other"/> elsewhere.</summary>
    private static string AtFive(string value, string other) =>
        "[" + string.Join(",", Enumerable.Range(0, 24).Select(h => h == 5 ? value : other)) + "]";

    private static string OneRowJson(string rows = "[5]", string counts = "1", string pm25 = "10.5") =>
        "{\"rowCount\":1,\"skippedRowCount\":0,\"issueCount\":0,\"maxIssues\":1000,\"parts\":1,\"issues\":[],\"cities\":[{\"hours\":[{\"date\":\"2024-01-01\","
        + "\"sums\":{\"PM2.5\":" + AtFive("10.5", "0") + ",\"PM10\":" + AtFive("20", "0") + ",\"SO2\":" + AtFive("5", "0")
        + ",\"CO\":" + AtFive("0.5", "0") + ",\"O3\":" + AtFive("60", "0") + "},"
        + "\"counts\":{\"PM2.5\":" + AtFive(counts, "0") + ",\"PM10\":" + AtFive("1", "0") + ",\"SO2\":" + AtFive("1", "0")
        + ",\"CO\":" + AtFive("1", "0") + ",\"O3\":" + AtFive("1", "0") + "}}],"
        + "\"stations\":[{\"name\":\"A\",\"days\":[],\"openDays\":[{\"date\":\"2024-01-01\",\"rows\":" + rows + ",\"values\":{"
        + "\"PM2.5\":" + AtFive(pm25, "null") + ",\"PM10\":" + AtFive("20", "null") + ",\"SO2\":" + AtFive("5", "null")
        + ",\"CO\":" + AtFive("0.5", "null") + ",\"O3\":" + AtFive("60", "null") + "}}]}]}]}";

    [Fact]
    public void Write_OneRow_IsTheDocumentedShape()
    {
        // By hand: the city's hour 5 holds each value with a count of 1 (NO2 missing, so left out); the station's only
        // day is its first and last, so it is kept as hourly values with the row at hour 5.
        Assert.Equal(OneRowJson(), AirDataJson.Write(Read(OneRow)));
    }

    [Fact]
    public void Read_OneRow_GivesTheSameData()
    {
        AirDataSet data = AirDataJson.Read(OneRowJson());

        DailyConcentrations day = Assert.Single(data.Cities[0].Stations[0].Days);
        Assert.Equal(10.5m, day.Exact((int)Pollutant.Pm25).Sum);
        Assert.Equal(0, day.ValidHours(Pollutant.No2));
        Assert.Equal(Read(OneRow).Cities[0].City.Days, data.Cities[0].City.Days);
        Assert.Equal([2024], data.Years);
    }

    [Fact]
    public void WriteThenRead_RandomData_GivesTheSameSeriesAndState()
    {
        // Round trip: the same series and counts, and the state written again is the same text.
        Properties.Check(Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            AirDataSet data = Read(AirDataSetTests.Partitionable(seed));
            string json = AirDataJson.Write(data);
            AirDataSet back = AirDataJson.Read(json);
            return AirDataSets.Same(data, back) && AirDataJson.Write(back) == json;
        }), maxTest: 40);
    }

    [Fact]
    public void WriteThenRead_Stream_RoundTrips()
    {
        AirDataSet data = Read(AirDataSetTests.Partitionable(11));
        var stream = new MemoryStream();

        AirDataJson.Write(data, stream);
        stream.Position = 0;

        AirDataSets.Same(data, AirDataJson.Read(stream));
    }

    [Fact]
    public void Read_SummarizedDay_DerivesValidity()
    {
        // A full day of O3 60 at every hour: 24 hours, sum 1440; the best window 8 × 60 = 480 over 8 hours, 17 windows;
        // maximum 60. All valid (≥ 20 hours, ≥ 14 windows), so the MDA8 is 480 / 8 = 60.
        string json = OneRowJson().Replace(
            "\"days\":[]",
            "\"days\":[{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":480,\"hours\":8,\"windows\":17},\"o3Max\":60}]",
            StringComparison.Ordinal);

        DailyConcentrations day = AirDataJson.Read(json).Cities[0].Stations[0].Days[0];

        Assert.Equal(new NodaTime.LocalDate(2023, 12, 31), day.Date);
        Assert.Equal(60m, day.O3Mda8);
        Assert.Equal(60m, day.O3MaxOneHour);
        Assert.Equal(60m, day.DailyMean(Pollutant.O3));
    }

    private static string SummarizedDay(string day) => OneRowJson().Replace("\"days\":[]", "\"days\":[" + day + "]", StringComparison.Ordinal);

    [Theory]
    [InlineData("{\"rowCount\":1,", "{\"rowCount\":1,\"extra\":2,", "$.extra", "unknown property 'extra'")]
    [InlineData("{\"rowCount\":1,", "{\"rowCount\":1,\"rowCount\":1,", "$.rowCount", "appears twice")]
    [InlineData("{\"rowCount\":1,", "{/* state */\"rowCount\":1,", "$", "comments are not allowed")]
    [InlineData("\"sums\":{\"PM2.5\"", "\"sums\":{\"CO\":[],\"CO\":[],\"PM2.5\"", "$.cities[0].hours[0].sums.CO", "appears twice")]
    [InlineData("{\"rowCount\":1,", "{\"rowCount\":\"1\",", "$.rowCount", "expected a whole number")]
    [InlineData("\"skippedRowCount\":0", "\"skippedRowCount\":-1", "$.skippedRowCount", "expected a whole number ≥ 0, found -1")]
    [InlineData("\"skippedRowCount\":0", "\"skippedRowCount\":2", "$.skippedRowCount", "more rows skipped (2) than read (1)")]
    [InlineData("\"issueCount\":0,", "", "$.issueCount", "missing")]
    [InlineData("\"issues\":[]", "\"issues\":[{\"line\":0,\"column\":0,\"message\":\"m\"}]", "$.issueCount", "expected at least the 1 issues listed, found 0")]
    [InlineData("\"maxIssues\":1000,", "", "$.maxIssues", "missing")]
    [InlineData("\"parts\":1,", "\"parts\":-1,", "$.parts", "missing or negative")]
    [InlineData("\"issueCount\":0,", "\"issueCount\":1,", "$.issues", "expected the first 1 of the 1 issues (at most maxIssues, 1000), found 0")]
    [InlineData("\"issueCount\":0,\"maxIssues\":1000,", "\"issueCount\":2,\"maxIssues\":1,", "$.issues", "expected the first 1 of the 2 issues (at most maxIssues, 1)")]
    [InlineData("\"issueCount\":0,\"maxIssues\":1000,\"parts\":1,\"issues\":[]", "\"issueCount\":1,\"maxIssues\":1000,\"parts\":1,\"issues\":[{\"part\":1,\"line\":2,\"column\":0,\"message\":\"m\"}]", "$.issues[0].part", "expected the 0-based part, 0 to 0")]
    [InlineData("\"issueCount\":0,\"maxIssues\":1000,\"parts\":1,\"issues\":[]", "\"issueCount\":1,\"maxIssues\":1000,\"parts\":1,\"issues\":[{\"line\":2,\"column\":0,\"message\":\"m\"}]", "$.issues[0].part", "missing")]
    [InlineData("\"date\":\"2024-01-01\",\"sums\"", "\"date\":\"2024-1-1\",\"sums\"", "$.cities[0].hours[0].date", "expected a date yyyy-MM-dd")]
    [InlineData("\"sums\":{\"PM2.5\"", "\"sums\":{\"PM1\":[],\"PM2.5\"", "$.cities[0].hours[0].sums.PM1", "unknown pollutant 'PM1'")]
    [InlineData("\"stations\":[{\"name\":\"A\"", "\"stations\":[{\"name\":\" \"", "$.cities[0].stations[0].name", "missing or blank")]
    [InlineData("\"values\":{\"PM2.5\":[null,", "\"values\":{\"PM2.5\":[1,", "$.cities[0].stations[0].openDays[0].values['PM2.5'][0]", "hour 0 has a value but is not in 'rows'")]
    [InlineData("\"rows\":[5]", "\"rows\":[5,5]", "$.cities[0].stations[0].openDays[0].rows[1]", "not listed before, found 5")]
    [InlineData("\"rows\":[5]", "\"rows\":[24]", "$.cities[0].stations[0].openDays[0].rows[0]", "expected an hour 0–23")]
    [InlineData("\"openDays\":[{", "\"openDays\":[{\"date\":\"2024-01-01\",\"rows\":[1],\"values\":{}},{", "$.cities[0].stations[0].openDays[1].date", "appears twice")]
    public void Read_Invalid_ThrowsNamingThePath(string find, string replace, string path, string message)
    {
        string json = OneRowJson().Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(OneRowJson(), json);

        var ex = Assert.Throws<JsonException>(() => AirDataJson.Read(json));

        Assert.Equal(path, ex.Path);
        Assert.StartsWith("Air data JSON at " + path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"rowCount\":1,", "{/* state */\"rowCount\":1,")] // no comments
    [InlineData("\"rows\":[5]", "\"rows\":[5,]")] // no trailing commas
    [InlineData("\"issues\":[]", "\"issues\":[")]
    public void Read_NotStrictJson_Throws(string find, string replace)
    {
        string json = OneRowJson().Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => AirDataJson.Read(json));

        Assert.StartsWith("Air data JSON at $", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }

    [Theory]
    [InlineData("counts", "2", "$.cities[0].hours[0].counts['PM2.5'][5]", "expected 0 to 1 (the city's stations), found 2")]
    [InlineData("pm25", "10.5000001", "$.cities[0].stations[0].openDays[0].values['PM2.5'][5]", "at most 6 decimals")]
    [InlineData("pm25", "-1", "$.cities[0].stations[0].openDays[0].values['PM2.5'][5]", "expected a number ≥ 0")]
    [InlineData("pm25", "10000000", "$.cities[0].stations[0].openDays[0].values['PM2.5'][5]", "expected at most 9999999.999999")]
    // Numbers go through the package's exact converters: 10.5 followed by 29 more digits has more digits than a decimal
    // holds (it would be read as 10.5 by default), 1e-400 is finer than a decimal resolves (it would underflow to 0), and a
    // count of 1.5 is not whole.
    [InlineData("pm25", "10.50000000000000000000000000001", "$.cities[0].stations[0].openDays[0].values['PM2.5'][5]", "cannot be held exactly")]
    [InlineData("pm25", "1e-400", "$.cities[0].stations[0].openDays[0].values['PM2.5'][5]", "out of range (1e-400 is not zero but finer than 1e-28")]
    [InlineData("counts", "1.5", "$.cities[0].hours[0].counts['PM2.5'][5]", "expected a whole number")]
    public void Read_InvalidValue_ThrowsNamingThePath(string part, string value, string path, string message)
    {
        string json = part == "counts" ? OneRowJson(counts: value) : OneRowJson(pm25: value);

        var ex = Assert.Throws<JsonException>(() => AirDataJson.Read(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    // 24 O3 hours but no 1-hour maximum: hourly data always gives one.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":480,\"hours\":8,\"windows\":17}}", ".o3Max", "missing")]
    // 24 O3 hours and no window: at least one of hours 0–7, 8–15, 16–23 is complete.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"o3Max\":60}", ".mda8", "missing")]
    // The maximum below the mean (1440 / 24 = 60).
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":480,\"hours\":8,\"windows\":17},\"o3Max\":59}", ".o3Max", "between the O3 mean")]
    // Hand-built days hourly data cannot give (each check of DailyConcentrations.TryFromParts):
    // the maximum 1000 above the day's O3 sum 480 (it is one of the 24 hours).
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":480},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":160,\"hours\":8,\"windows\":17},\"o3Max\":1000}", ".o3Max", "and the O3 sum")]
    // A window of 8 hours summing to 8000 in a day whose 24 O3 hours sum to 1440.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":8000,\"hours\":8,\"windows\":17},\"o3Max\":1000}", ".mda8.sum", "at most the day's O3 sum")]
    // The other 16 hours would hold 1440 − 100 = 1340, more than 16 × the maximum 60 = 960.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":100,\"hours\":8,\"windows\":17},\"o3Max\":60}", ".mda8.sum", "less 16 × the maximum")]
    // 6 O3 hours fill at most 3 windows with 6 hours (ValidityRules.MostWindows), not 17.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":360},\"hours\":{\"O3\":6},\"mda8\":{\"sum\":360,\"hours\":6,\"windows\":17}}", ".mda8.windows", "has 1 to 3 of the 17")]
    // 22 O3 hours: every window misses at most 2 hours, so all 17 have 6 or more.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1320},\"hours\":{\"O3\":22},\"mda8\":{\"sum\":480,\"hours\":8,\"windows\":16},\"o3Max\":60}", ".mda8.windows", "has 17 to 17")]
    // 5 O3 hours: no window has 6.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":300},\"hours\":{\"O3\":5},\"mda8\":{\"sum\":300,\"hours\":6,\"windows\":1}}", ".mda8.windows", "no 8-hour window")]
    // A kept window counts itself.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":360},\"hours\":{\"O3\":6},\"mda8\":{\"sum\":360,\"hours\":6,\"windows\":0}}", ".mda8.windows", "found 0")]
    // 18 O3 hours always leave at least 3 windows with 6 hours.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1080},\"hours\":{\"O3\":18}}", ".mda8", "at least 3 8-hour windows")]
    // With all 24 O3 hours every window has 8, so the best one does too.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":1440},\"hours\":{\"O3\":24},\"mda8\":{\"sum\":420,\"hours\":7,\"windows\":17},\"o3Max\":60}", ".mda8.hours", "has 8 to 8 of them, found 7")]
    // A window of 8 hours in a day with 7 O3 hours.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"O3\":420},\"hours\":{\"O3\":7},\"mda8\":{\"sum\":420,\"hours\":8,\"windows\":2}}", ".mda8.hours", "has 6 to 7 of them, found 8")]
    // 25 hours in a day.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"CO\":10},\"hours\":{\"CO\":25}}", ".hours.CO", "expected 0 to 24 hourly values, found 25")]
    // A sum of 0 hours that is not 0.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"CO\":1},\"hours\":{\"CO\":0}}", ".sums.CO", "0 without values")]
    // A sum without its hour count.
    [InlineData("{\"date\":\"2023-12-31\",\"sums\":{\"CO\":1},\"hours\":{}}", ".hours.CO", "missing")]
    // The day also kept as hours.
    [InlineData("{\"date\":\"2024-01-01\",\"sums\":{\"CO\":1},\"hours\":{\"CO\":1}}", "", "appears twice")]
    public void Read_InconsistentDay_ThrowsNamingThePart(string day, string part, string message)
    {
        var ex = Assert.Throws<JsonException>(() => AirDataJson.Read(SummarizedDay(day)));

        Assert.StartsWith("$.cities[0].stations[0]", ex.Path, StringComparison.Ordinal);
        Assert.EndsWith(part, ex.Path, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Null_Throws() => Assert.Throws<ArgumentNullException>(() => AirDataJson.Read((string)null!));

    [Fact]
    public void Read_JsonNull_ThrowsAtTheRoot()
    {
        var ex = Assert.Throws<JsonException>(() => AirDataJson.Read("null"));

        Assert.Equal("$", ex.Path);
    }
}
