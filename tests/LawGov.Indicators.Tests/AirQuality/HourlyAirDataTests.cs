using System.Text;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class HourlyAirDataTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);

    /// <summary>Reads CSV text from a memory stream whose buffer is visible, so reads with several threads go in parts.</summary>
    private static AirDataSet Read(string csv, HourlyDataOptions? options = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(csv);
        return HourlyAirData.ReadCsv(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), options).Value;
    }

    private static AirDataSet Read(HourlyCsv csv, HourlyDataOptions? options = null) => Read(csv.ToString(), options);

    private static LocalDateTime At(int day, int hour) => Jan1.PlusDays(day - 1).At(new LocalTime(hour, 0));

    [Fact]
    public void ReadCsv_TwoStations_CityIsTheHourlyMeanOfStations()
    {
        // PM2.5 10 at A and 20 at B every hour: city hourly value 15, daily mean 15.
        var csv = new HourlyCsv().Days("A", Jan1, Jan1, pm25: "10").Days("B", Jan1, Jan1, pm25: "20");

        AirDataSet data = Read(csv);

        CityAirData city = Assert.Single(data.Cities);
        Assert.Null(city.Name);
        Assert.Equal(["A", "B"], city.Stations.Select(s => s.Name));
        Assert.Equal(15m, Assert.Single(city.City.Days).DailyMean(Pollutant.Pm25));
        Assert.Equal(48, data.RowCount);
    }

    [Fact]
    public void ReadCsv_CityHourWithOneStation_UsesTheStationsThatHaveAValue()
    {
        // Hour 0: A 10, B missing -> city 10; other hours 10 and 20 -> 15. Mean (10 + 23*15)/24 = 355/24.
        var csv = new HourlyCsv().Days("A", Jan1, Jan1, pm25: "10")
            .Days("B", Jan1, Jan1, skip: t => t.Hour == 0, pm25: "20");

        DailyConcentrations day = Assert.Single(Read(csv).Cities[0].City.Days);

        Assert.Equal(355m / 24m, day.DailyMean(Pollutant.Pm25));
    }

    [Fact]
    public void ReadCsv_ColumnsInAnyOrderWithExtras_Reads()
    {
        string csv = "O3,note,time,CO,NO2,SO2,PM10,PM2.5,station\n" +
                     string.Concat(Enumerable.Range(0, 24).Select(h => $"60,x,2024-01-01 {h:00}:00,0.5,20,5,20,12,A\n"));

        DailyConcentrations day = Assert.Single(Read(csv).Cities[0].Stations[0].Days);

        Assert.Equal(12m, day.DailyMean(Pollutant.Pm25));
        Assert.Equal(0.5m, day.DailyMean(Pollutant.Co));
    }

    [Fact]
    public void ReadCsv_CityColumn_GroupsStationsIntoCities()
    {
        string csv = "city,station,time,PM2.5,PM10,SO2,NO2,CO,O3\n" +
                     "Jinan,A,2024-01-01 00:00,10,20,5,20,0.5,60\n" +
                     "Qingdao,A,2024-01-01 00:00,30,20,5,20,0.5,60\n" +
                     "Jinan,B,2024-01-01 00:00,10,20,5,20,0.5,60\n";

        AirDataSet data = Read(csv);

        Assert.Equal(["Jinan", "Qingdao"], data.Cities.Select(c => c.Name));
        Assert.Equal(["A", "B"], data.Cities[0].Stations.Select(s => s.Name));
        Assert.Single(data.Cities[1].Stations);
    }

    [Fact]
    public void ReadCsv_MissingColumn_FailsNamingIt()
    {
        AirDataReadResult result = HourlyAirData.ReadCsv(new MemoryStream("station,time,PM2.5,PM10,SO2,NO2,O3\n"u8.ToArray()));

        Assert.False(result.Success);
        Assert.Equal(1, result.Error!.Line);
        Assert.Contains("lacks the required column(s) CO", result.Error.Message);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ReadCsv_RepeatedColumn_Fails()
    {
        AirDataReadResult result = HourlyAirData.ReadCsv(new MemoryStream("station,time,PM2.5,PM10,SO2,NO2,CO,O3,pm2.5\n"u8.ToArray()));

        Assert.Contains("repeats the column(s) pm2.5", result.Error!.Message);
    }

    [Fact]
    public void ReadCsv_EmptyInput_Fails()
    {
        AirDataReadResult result = HourlyAirData.ReadCsv(new MemoryStream());

        Assert.Contains("no header line", result.Error!.Message);
    }

    [Fact]
    public void ReadCsv_UnparsableValue_ReportsLineAndColumnAndKeepsTheOtherRows()
    {
        var csv = new HourlyCsv().Row("A", At(1, 0)).Line("A,2024-01-01 01:00,10,abc,5,20,0.5,60").Row("A", At(1, 2));

        AirDataSet data = Read(csv);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Line); // header is line 1
        Assert.Equal(23, issue.Column); // "A,2024-01-01 01:00,10," is 22 characters
        Assert.Equal("PM10: expected a number (or an empty field, NA or - for a missing value), found 'abc'", issue.Message);
        Assert.Equal(2, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.Pm25));
        Assert.Equal(3, data.RowCount);
        Assert.Equal(1, data.SkippedRowCount);
    }

    [Fact]
    public void ReadCsv_BadTime_ReportsTheTimeColumn()
    {
        AirDataSet data = Read(new HourlyCsv().Line("A,2024-01-01 7:00,10,20,5,20,0.5,60"));

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Column);
        Assert.StartsWith("time: expected a local time", issue.Message);
    }

    [Fact]
    public void ReadCsv_TooFewFields_ReportsTheRow()
    {
        AirDataSet data = Read(new HourlyCsv().Line("A,2024-01-01 00:00,10,20"));

        Assert.Contains("expected 8 fields, as in the header, found 4", Assert.Single(data.Issues).Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadCsv_StrayComma_ReportsTheRowInsteadOfShiftingColumns(bool fast)
    {
        // "1,000" splits PM10 in two: read by position, CO would become 30 (the O3 value). The row has 9 fields where the
        // header has 8, so it is reported and skipped; the rows around it (long enough for the fast path) are kept.
        var csv = new HourlyCsv()
            .Row("Station0001", At(1, 11))
            .Line("Station0001,2024-01-01 12:00,1,000,60,10,30,0.8,50")
            .Row("Station0001", At(1, 13))
            .Row("Station0001", At(1, 14));

        AirDataSet data = Read(csv.ToString(), new HourlyDataOptions(HourLabel.HourBeginning, 1, 1000) { FastLines = fast });

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Equal("expected 8 fields, as in the header, found 9; a stray or missing comma would shift the columns (skipped)", issue.Message);
        Assert.Equal(3, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.Co));
        Assert.Equal(1, data.SkippedRowCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReadCsv_RowWithoutAnUnusedLastColumn_IsReported(bool fast)
    {
        // The header has a ninth column, "note"; a row with the eight used columns but not it has a field too few.
        var csv = new HourlyCsv(HourlyCsv.Header + ",note")
            .Line("Station0001,2024-01-01 00:00,10,20,5,20,0.5,60,ok")
            .Line("Station0001,2024-01-01 01:00,10,20,5,20,0.5,60")
            .Line("Station0001,2024-01-01 02:00,10,20,5,20,0.5,60,")
            .Line("Station0001,2024-01-01 03:00,10,20,5,20,0.5,60,ok");

        AirDataSet data = Read(csv.ToString(), new HourlyDataOptions(HourLabel.HourBeginning, 1, 1000) { FastLines = fast });

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Line);
        Assert.StartsWith("expected 9 fields, as in the header, found 8", issue.Message, StringComparison.Ordinal);
        Assert.Equal(3, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.Pm25));
    }

    [Fact]
    public void ReadCsv_HeaderOfAHundredThousandColumns_ReadsTheFarRightOnes()
    {
        // The field positions of so wide a header do not fit on the stack; the reader takes pooled arrays instead of
        // overflowing it. The pollutants are the last six of 100 000 columns.
        const int Columns = 100_000;
        string filler = string.Concat(Enumerable.Repeat(",", Columns - 8));
        string header = "station,time" + string.Concat(Enumerable.Range(0, Columns - 8).Select(i => ",x" + i)) + ",PM2.5,PM10,SO2,NO2,CO,O3";
        var csv = new HourlyCsv(header)
            .Line("A,2024-01-01 00:00" + filler + ",10,20,5,20,0.5,60")
            .Line("A,2024-01-01 01:00" + filler + ",30,20,5,20,0.5,60");

        AirDataSet data = Read(csv.ToString());

        Assert.Empty(data.Issues);
        DailyConcentrations day = Assert.Single(data.Cities[0].Stations[0].Days);
        Assert.Equal(2, day.ValidHours(Pollutant.Pm25));
        Assert.Equal(40m, day.Exact(0).Sum); // 10 + 30 µg/m³
    }

    [Fact]
    public void ReadCsv_EmptyStation_Reports()
    {
        AirDataSet data = Read(new HourlyCsv().Line(" ,2024-01-01 00:00,10,20,5,20,0.5,60"));

        Assert.Contains("expected a station name", Assert.Single(data.Issues).Message);
    }

    [Fact]
    public void ReadCsv_ByteOrderMarkCrLfAndBlankLines_Read()
    {
        string csv = "\uFEFF" + HourlyCsv.Header + "\r\n\r\nA,2024-01-01 00:00,10,20,5,20,0.5,60\r\n";

        AirDataSet data = Read(csv);

        Assert.Empty(data.Issues);
        Assert.Equal(1, data.RowCount);
        Assert.Equal(1, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.Pm25));
    }

    [Theory]
    [InlineData(",,,,,,,")] // the header's 8 fields, all empty: a spreadsheet's empty row
    [InlineData(" , ,,\t, ,,, ")] // spaces and a tab between the commas
    [InlineData(",,,")] // fewer commas than the header's fields
    public void ReadCsv_LineOfOnlySeparators_IsBlankWhereverItFalls(string blank)
    {
        // A blank line is no row and no issue, whether more than 64 bytes follow it in the block (the vector split) or
        // it ends the input (the general path): 24 good rows either way.
        var middle = new HourlyCsv().Days("A", Jan1, Jan1, skip: t => t.Hour >= 12).Line(blank).Days("A", Jan1, Jan1, skip: t => t.Hour < 12);
        var end = new HourlyCsv().Days("A", Jan1, Jan1).Line(blank);

        foreach (HourlyCsv csv in new[] { middle, end })
        {
            AirDataSet data = Read(csv, new HourlyDataOptions(maxDegreeOfParallelism: 1));

            Assert.Empty(data.Issues);
            Assert.Equal(24, data.RowCount);
            Assert.Equal(24, Assert.Single(data.Cities[0].Stations[0].Days).ValidHours(Pollutant.Pm25));
        }
    }

    [Fact]
    public void ReadCsv_QuotedStationName_KeepsCommaAndQuote()
    {
        AirDataSet data = Read(new HourlyCsv().Line("\"North, \"\"Old\"\" site\",2024-01-01 00:00,10,20,5,20,0.5,60"));

        Assert.Equal("North, \"Old\" site", data.Cities[0].Stations[0].Name);
    }

    [Fact]
    public void ReadCsv_UnclosedQuote_Reports()
    {
        AirDataSet data = Read(new HourlyCsv().Line("\"North,2024-01-01 00:00,10,20,5,20,0.5,60"));

        Assert.Contains("quoted field", Assert.Single(data.Issues).Message);
    }

    [Fact]
    public void ReadCsv_SortedByTimeAcrossStations_GivesTheSameSeriesAsSortedByStation()
    {
        var byStation = new HourlyCsv().Days("A", Jan1, Jan1.PlusDays(2), pm25: "10").Days("B", Jan1, Jan1.PlusDays(2), pm25: "30");
        var byTime = new HourlyCsv();
        for (int d = 1; d <= 3; d++)
        {
            for (int h = 0; h < 24; h++)
            {
                byTime.Row("A", At(d, h), pm25: "10").Row("B", At(d, h), pm25: "30");
            }
        }

        AirDataSet a = Read(byStation);
        AirDataSet b = Read(byTime);

        Assert.Equal(a.Cities[0].City.Days, b.Cities[0].City.Days);
        Assert.Equal(a.Cities[0].Stations[1].Days, b.Cities[0].Stations[1].Days);
        Assert.Equal(3, b.Cities[0].Stations[0].Days.Count);
    }

    [Fact]
    public void ReadCsv_StationGoesBackADay_ReportsAndSkipsTheRow()
    {
        var csv = new HourlyCsv().Row("A", At(2, 0)).Row("A", At(1, 5)).Row("A", At(2, 1));

        AirDataSet data = Read(csv);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(3, issue.Line);
        Assert.Contains("must not go back to an earlier day", issue.Message);
        Assert.Equal(new LocalDate(2024, 1, 2), Assert.Single(data.Cities[0].Stations[0].Days).Date);
    }

    [Fact]
    public void ReadCsv_HoursOutOfOrderWithinADay_AreFine()
    {
        var csv = new HourlyCsv().Row("A", At(1, 5)).Row("A", At(1, 0));

        AirDataSet data = Read(csv);

        Assert.Empty(data.Issues);
        Assert.Equal(2, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.O3));
    }

    [Fact]
    public void ReadCsv_DuplicateHour_KeepsTheFirst()
    {
        var csv = new HourlyCsv().Row("A", At(1, 0), pm25: "10").Row("A", At(1, 0), pm25: "99");

        AirDataSet data = Read(csv);

        Assert.Contains("a second row for 2024-01-01 00:00", Assert.Single(data.Issues).Message);
        Assert.Equal(1, data.Cities[0].Stations[0].Days[0].ValidHours(Pollutant.Pm25));
    }

    [Fact]
    public void ReadCsv_MissingRowsAndMissingValues_GiveTheSameDay()
    {
        // Four hours absent as rows vs present with NA/empty/-/negative values: both leave 20 valid hours.
        var rowsMissing = new HourlyCsv().Days("A", Jan1, Jan1, skip: t => t.Hour < 4);
        var valuesMissing = new HourlyCsv();
        string[] missing = ["NA", "", "-", "-1"];
        for (int h = 0; h < 24; h++)
        {
            string v = h < 4 ? missing[h] : null!;
            valuesMissing.Row("A", At(1, h), pm25: v ?? "10", pm10: v ?? "20", so2: v ?? "5", no2: v ?? "20", co: v ?? "0.5", o3: v ?? "60");
        }

        DailyConcentrations a = Read(rowsMissing).Cities[0].Stations[0].Days[0];
        DailyConcentrations b = Read(valuesMissing).Cities[0].Stations[0].Days[0];

        Assert.Equal(a, b);
        Assert.Equal(20, b.ValidHours(Pollutant.Co));
    }

    [Fact]
    public void ReadCsv_HourEnding_MidnightBelongsToThePreviousDay()
    {
        // Hour-ending labels 01:00 ... 24:00 (as 00:00 of the next day) are the 24 hours of 2024-01-01.
        var csv = new HourlyCsv();
        for (int h = 1; h <= 24; h++)
        {
            csv.Row("A", Jan1.At(LocalTime.Midnight).PlusHours(h));
        }

        DailyConcentrations day = Assert.Single(Read(csv, new HourlyDataOptions(HourLabel.HourEnding)).Cities[0].Stations[0].Days);

        Assert.Equal(Jan1, day.Date);
        Assert.Equal(24, day.ValidHours(Pollutant.Pm25));
    }

    [Fact]
    public void ReadCsv_IssueLimit_KeepsTheFirstAndCountsAll()
    {
        var csv = new HourlyCsv();
        for (int i = 0; i < 5; i++)
        {
            csv.Line("A,bad,1,2,3,4,5,6");
        }

        AirDataSet data = Read(csv, new HourlyDataOptions(maxIssues: 2));

        Assert.Equal(2, data.Issues.Count);
        Assert.Equal(5, data.IssueCount);
        Assert.Equal(5, data.SkippedRowCount);
    }

    [Fact]
    public void ReadCsv_NoThreads_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HourlyAirData.ReadCsv(new MemoryStream(), new HourlyDataOptions(maxDegreeOfParallelism: 0)));
    }

    [Fact]
    public void ReadCsv_BadRowsOfStationsOnEveryThread_AreReportedOnceInLineOrder()
    {
        // Four stations over two threads (shards by site id): each bad row is reported once, in line order.
        var csv = new HourlyCsv();
        foreach (string station in new[] { "A", "B", "C", "D" })
        {
            csv.Row(station, At(1, 0)).Line(station + ",2024-01-01 01:00,x,1,1,1,1,1");
        }
        csv.Line(",2024-01-01 02:00,1,1,1,1,1,1");

        AirDataSet data = Read(csv, new HourlyDataOptions(maxDegreeOfParallelism: 2));

        Assert.Equal([3L, 5L, 7L, 9L, 10L], data.Issues.Select(i => i.Line));
        Assert.Equal(9, data.RowCount);
        Assert.Equal(5, data.SkippedRowCount);
        Assert.Equal(["A", "B", "C", "D"], data.Cities[0].Stations.Select(s => s.Name));
    }

    [Fact]
    public void ReadCsv_LineLongerThanTheChunk_Reads()
    {
        string longName = new('x', 300);
        var csv = new HourlyCsv().Row(longName, At(1, 0));

        AirDataSet data = Read(csv, new HourlyDataOptions(HourLabel.HourBeginning, 1, 1000, chunkSize: 64));

        Assert.Equal(longName, data.Cities[0].Stations[0].Name);
    }

    /// <summary>
    /// Three weeks of two stations with random values, some missing, some bad rows; built from a seed so that shrinking
    /// yields another well-formed file.
    /// </summary>
    internal static FsCheck.Gen<string> RandomCsv { get; } = Gen.Choose(0, int.MaxValue).Select(Build);

    private static string Build(int seed)
    {
        var random = new Random(seed);
        var csv = new HourlyCsv();
        for (int d = 1; d <= 21; d++)
        {
            for (int h = 0; h < 24; h++)
            {
                foreach (string station in new[] { "A", "B" })
                {
                    int kind = random.Next(10);
                    string v = kind == 0 ? "NA" : kind == 1 ? "x" : (random.Next(400) / 4m).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    csv.Row(station, At(d, h), pm25: v, o3: v == "x" ? "1" : v);
                }
            }
        }
        return csv.ToString();
    }

    [Fact]
    public void ReadCsv_AnyChunkSizeAndThreads_GivesTheSameSeriesAndIssues()
    {
        var gen = from csv in RandomCsv
                  from chunk in Gen.Choose(16, 4000)
                  from threads in Gen.Choose(1, 3)
                  select (csv, chunk, threads);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x => AirDataSets.Same(
            Read(x.csv, new HourlyDataOptions(maxDegreeOfParallelism: 1)),
            Read(x.csv, new HourlyDataOptions(HourLabel.HourBeginning, x.threads, 1000, chunkSize: x.chunk)))), maxTest: 40);
    }

    /// <summary>
    /// A CSV of common lines and every kind of line the fast path must leave to the general one: quotes, CRLF, padded
    /// stations and values, other separators, new stations, new dates, hours out of range, bad and missing values,
    /// repeated hours, rows going back a day, long lines, blank lines (empty, or only commas, spaces and tabs), too few
    /// fields.
    /// </summary>
    private static FsCheck.Gen<(string Csv, bool HourEnding)> MessyCsv { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from ending in Gen.Elements(false, true)
        select (BuildMessy(seed), ending);

    private static string BuildMessy(int seed)
    {
        var random = new Random(seed);
        string[] values = ["45", "7", "167", "2.3", "1.0", "0.25", "NA", "na", "", "-", " 5", "5 ", "x", "1.", ".5", "-3", "12345678", "1234567.8", "00000001", "1.0000001", "\"9\"", "3.141593"];
        string[] stations = ["Station0001", "Station0002", "S3", "\"Station0001\"", " Station0002", "A very long station name that goes past the window", ""];
        string[] blanks = [",,,,,,,", " , , , , , , , ", ",,,", ",,,,,,,,,", "\t,,,,,,,", "   "];
        var text = new StringBuilder(HourlyCsv.Header).Append('\n');
        var day = new LocalDate(2024, 1, 1);
        for (int i = 0; i < 600; i++)
        {
            if (random.Next(40) == 0)
            {
                day = day.PlusDays(random.Next(-1, 2));
            }
            int hour = random.Next(30) == 0 ? 24 : random.Next(24);
            string station = random.Next(6) == 0 ? stations[random.Next(stations.Length)] : stations[random.Next(2)];
            string separator = random.Next(20) == 0 ? "T" : " ";
            string time = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + separator + hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + (random.Next(50) == 0 ? ":30" : ":00");
            var fields = new List<string> { station, time };
            for (int p = 0; p < 6; p++)
            {
                fields.Add(random.Next(3) == 0 ? values[random.Next(values.Length)] : random.Next(500).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (random.Next(30) == 0)
            {
                fields.RemoveAt(fields.Count - 1);
            }
            if (random.Next(30) == 0)
            {
                fields.Add("extra");
            }
            text.Append(string.Join(",", fields));
            text.Append(random.Next(25) == 0 ? "\r\n" : "\n");
            if (random.Next(60) == 0)
            {
                text.Append('\n');
            }
            if (random.Next(40) == 0)
            {
                // A line of only separators (the header's field count or not, with spaces or a tab): blank, not a row.
                text.Append(blanks[random.Next(blanks.Length)]).Append(random.Next(4) == 0 ? "\r\n" : "\n");
            }
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(256)]
    [InlineData(512)] // in software where AVX-512 is missing: the branch is exercised on every machine
    public void ReadCsv_FastPathOnOrOff_GivesTheSameSeriesAndIssues(int vectorBits)
    {
        // The fast path for common lines is the general path: the same series, counts and issues with it turned off.
        Properties.Check(Prop.ForAll(MessyCsv.ToArbitrary(), x =>
        {
            HourLabel label = x.HourEnding ? HourLabel.HourEnding : HourLabel.HourBeginning;
            AirDataSet fast = Read(x.Csv, new HourlyDataOptions(label, 1, 1000, chunkSize: 1 << 22) { FastPathVectorBits = vectorBits });
            AirDataSet general = Read(x.Csv, new HourlyDataOptions(label, 1, 1000, chunkSize: 1 << 22) { FastLines = false });
            return AirDataSets.Same(general, fast);
        }), maxTest: 60);
    }

    [Fact]
    public void ReadCsv_MessyInputReadInParts_GivesTheSameAsInSequence()
    {
        // Parts read at once and joined (or read again in sequence when a station's rows cross the cut backwards or
        // repeat an hour) give the same series, counts and issues as one sequential read.
        var gen = from x in MessyCsv
                  from chunk in Gen.Choose(64, 3000)
                  from threads in Gen.Choose(2, 4)
                  select (x.Csv, x.HourEnding, chunk, threads);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            HourLabel label = x.HourEnding ? HourLabel.HourEnding : HourLabel.HourBeginning;
            AirDataSet parts = Read(x.Csv, new HourlyDataOptions(label, x.threads, 50, chunkSize: x.chunk));
            AirDataSet sequence = Read(x.Csv, new HourlyDataOptions(label, 1, 50, chunkSize: 1 << 22));
            return AirDataSets.Same(sequence, parts);
        }), maxTest: 200);
    }

    [Fact]
    public void ReadCsv_FileInParts_GivesTheSameAsInSequence()
    {
        // A file is read in parts with positional reads; a station that starts in the second part comes after the others.
        string csv = Build(7) + "C," + At(21, 23).ToString("yyyy-MM-dd HH:mm", null) + ",1,2,3,4,0.5,6\n";
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, csv);
            AirDataSet sequence = Read(csv, new HourlyDataOptions(maxDegreeOfParallelism: 1));
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            AirDataSet parts = HourlyAirData.ReadCsv(file, new HourlyDataOptions(HourLabel.HourBeginning, 2, 1000, chunkSize: 1024)).Value;

            AirDataSets.Same(sequence, parts);
            Assert.Equal(["A", "B", "C"], parts.Cities[0].Stations.Select(s => s.Name));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ReadCsv_Progress_ReportsEveryByteRead(int threads)
    {
        // Sequentially or in parts, the reports add up to the whole input and never go down.
        byte[] bytes = Encoding.UTF8.GetBytes(Build(3));
        var reports = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var progress = new ImmediateProgress(reports.Enqueue);

        HourlyAirData.ReadCsv(new MemoryStream(bytes, 0, bytes.Length, false, true), new HourlyDataOptions(HourLabel.HourBeginning, threads, 1000, chunkSize: 1024, progress));

        long[] seen = reports.ToArray();
        Assert.Equal(bytes.Length, seen[^1]);
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.First <= p.Second));
    }

    private sealed class ImmediateProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    [Fact]
    public void ReadCsv_YearSplitIntoParts_GivesTheSameDailySeries()
    {
        // Splitting a file at day boundaries and reading the parts separately gives the same daily series, per station and city.
        var gen = from csv in RandomCsv
                  from cuts in Gen.ArrayOf(Gen.Choose(2, 21), 2)
                  select (csv, cuts);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            string[] lines = x.csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var parts = lines.Skip(1)
                .GroupBy(l => x.cuts.Count(c => int.Parse(l.Substring(10, 2), System.Globalization.CultureInfo.InvariantCulture) >= c))
                .Select(g => HourlyCsv.Header + "\n" + string.Join("\n", g) + "\n");
            var partData = parts.Select(p => Read(p)).ToArray();
            AirDataSet whole = Read(x.csv);
            var sites = whole.Cities[0].Stations.Append(whole.Cities[0].City).ToArray();
            for (int i = 0; i < sites.Length; i++)
            {
                var expected = sites[i].Days.ToArray();
                string name = sites[i].Name;
                var actual = partData.SelectMany(p => i < 2 ? p.Cities[0].Stations.Single(s => s.Name == name).Days : p.Cities[0].City.Days).ToArray();
                if (!expected.SequenceEqual(actual))
                {
                    throw new Xunit.Sdk.XunitException($"site {i}: {expected.Length} vs {actual.Length}\n" + string.Join("\n", expected.Zip(actual).Where(z => z.First != z.Second).Take(2).Select(z => z.First + "\n" + z.Second)));
                }
            }
            return true;
        }), maxTest: 30);
    }

    [Fact]
    public void FromObservations_SameData_GivesTheSameSeriesAsCsv()
    {
        var observations = new List<HourlyObservation>();
        var csv = new HourlyCsv();
        for (int h = 0; h < 24; h++)
        {
            decimal pm = 10 + h * 0.25m;
            observations.Add(new HourlyObservation("A", At(1, h), pm, 20, 5, 20, 0.5m, h == 3 ? null : 60));
            csv.Row("A", At(1, h), pm25: pm.ToString(System.Globalization.CultureInfo.InvariantCulture), o3: h == 3 ? "NA" : "60");
        }

        AirDataSet fromObjects = HourlyAirData.FromObservations(observations);

        Assert.Equal(Read(csv).Cities[0].Stations[0].Days, fromObjects.Cities[0].Stations[0].Days);
    }

    [Fact]
    public async Task FromObservationsAsync_SameData_GivesTheSameSeriesAsTheEnumerable()
    {
        var observations = new List<HourlyObservation>();
        for (int h = 0; h < 48; h++)
        {
            observations.Add(new HourlyObservation(h % 2 == 0 ? "A" : "B", At(1 + (h / 24), h % 24), 10 + (h * 0.5m), 20, 5, h == 7 ? null : 20, 0.5m, 60));
        }
        observations.Add(new HourlyObservation(" ", At(3, 0), 1, 1, 1, 1, 1, 1)); // reported as record 49

        AirDataSet expected = HourlyAirData.FromObservations(observations);
        AirDataSet actual = await HourlyAirData.FromObservationsAsync(Stream(observations));

        AirDataSets.Same(expected, actual);
        Assert.Equal(49, Assert.Single(actual.Issues).Line);
    }

    /// <summary>The items as an async stream that honours the token it is given or not, calling back after each item.</summary>
    private static async IAsyncEnumerable<HourlyObservation> Stream(
        IEnumerable<HourlyObservation> items, bool honourToken = true, Action<int>? afterEach = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
    {
        int i = 0;
        foreach (HourlyObservation item in items)
        {
            await Task.Yield();
            if (honourToken)
            {
                token.ThrowIfCancellationRequested();
            }
            yield return item;
            afterEach?.Invoke(++i);
        }
    }

    private static IEnumerable<HourlyObservation> Many(int count) =>
        Enumerable.Range(0, count).Select(i => new HourlyObservation("A", At(1 + (i / 24 % 300), i % 24), 10, 20, 5, 20, 0.5m, 60));

    [Theory]
    [InlineData(true)] // the stream honours the token it is given
    [InlineData(false)] // the stream ignores it: the reader checks the token itself every 4,096 observations
    public async Task FromObservationsAsync_Cancelled_StopsWithOperationCanceled(bool streamHonoursToken)
    {
        using var cancel = new CancellationTokenSource();
        int read = 0;
        IAsyncEnumerable<HourlyObservation> source = Stream(
            Many(20_000), streamHonoursToken, i =>
            {
                read = i;
                if (i == 100)
                {
                    cancel.Cancel();
                }
            });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await HourlyAirData.FromObservationsAsync(source, null, cancel.Token));

        Assert.InRange(read, 100, 4096);
    }

    [Fact]
    public async Task FromObservationsAsync_Null_Throws()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await HourlyAirData.FromObservationsAsync(null!));
    }

    /// <summary>A stream that cannot seek (so the reader reads it in sequence) and counts its reads.</summary>
    private sealed class CountingStream(byte[] bytes, Action<int> onRead) : Stream
    {
        private readonly MemoryStream inner = new(bytes);
        private int reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, Math.Min(count, 256));
            onRead(++reads);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)] // the next block read on another thread while this one is parsed
    public void ReadCsv_CancelledWhileReadingInSequence_Throws(int threads)
    {
        // Cancelled after the stream's first read (the header): the token is checked before each block, so the
        // reader stops long before the end (the input is hundreds of reads of 256 bytes).
        using var cancel = new CancellationTokenSource();
        int reads = 0;
        var stream = new CountingStream(Encoding.UTF8.GetBytes(Build(3)), n =>
        {
            reads = n;
            cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            HourlyAirData.ReadCsv(stream, new HourlyDataOptions(HourLabel.HourBeginning, threads, 1000, chunkSize: 256), cancel.Token));

        Assert.InRange(reads, 1, 4);
    }

    [Fact]
    public void ReadCsv_CancelledWhileReadingInParts_Throws()
    {
        // A visible buffer read in parts on two threads: cancelled at the first progress report (after a block), each
        // part stops at its next block and the cancellation surfaces as such, not as an AggregateException.
        byte[] bytes = Encoding.UTF8.GetBytes(Build(3));
        using var cancel = new CancellationTokenSource();
        var reports = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var progress = new ImmediateProgress(read =>
        {
            reports.Enqueue(read);
            cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() => HourlyAirData.ReadCsv(
            new MemoryStream(bytes, 0, bytes.Length, false, true),
            new HourlyDataOptions(HourLabel.HourBeginning, 2, 1000, chunkSize: 1024, progress),
            cancel.Token));

        Assert.True(reports.Max() < bytes.Length / 2, "stopped well before the end");
    }

    [Fact]
    public void FromObservations_NamesWithSpacesAndTabs_AreTrimmedAsCsvFieldsAre()
    {
        // CSV fields are trimmed of spaces only: " Jinan " is Jinan, "\tA " is "\tA". Observations the same way.
        string csv = "city,station,time,PM2.5,PM10,SO2,NO2,CO,O3\n Jinan ,\tA ,2024-01-01 00:00,10,20,5,20,0.5,60\n";
        AirDataSet fromCsv = Read(csv);

        AirDataSet fromObjects = HourlyAirData.FromObservations([new HourlyObservation("\tA ", At(1, 0), 10, 20, 5, 20, 0.5m, 60, city: " Jinan ")]);

        Assert.Equal("Jinan", Assert.Single(fromCsv.Cities).Name);
        Assert.Equal("\tA", Assert.Single(fromCsv.Cities[0].Stations).Name);
        AirDataSets.Same(fromCsv, fromObjects);
    }

    [Fact]
    public void FromObservations_HourEndingMidnightOfYear1_IsReported()
    {
        // Hour-ending 0001-01-01 00:00 is the hour 23:00–24:00 of 0000-12-31, a day a data set cannot hold (its JSON state
        // writes ISO dates from year 1): reported and skipped; 01:00 is the first hour of 0001-01-01 and is kept.
        var options = new HourlyDataOptions(HourLabel.HourEnding);
        AirDataSet data = HourlyAirData.FromObservations(
            [new HourlyObservation("A", new LocalDateTime(1, 1, 1, 0, 0), 10, 20, 5, 20, 0.5m, 60), new HourlyObservation("A", new LocalDateTime(1, 1, 1, 1, 0), 10, 20, 5, 20, 0.5m, 60)],
            options);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Contains("the day before 0001-01-01", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(1, 1, 1), Assert.Single(data.Cities[0].Stations[0].Days).Date);
        AirDataSets.Same(data, AirDataJson.Read(AirDataJson.Write(data)));
    }

    [Fact]
    public void FromObservations_TooManyDecimals_ReportsTheRecord()
    {
        AirDataSet data = HourlyAirData.FromObservations([new HourlyObservation("A", At(1, 0), 1.0000001m, 1, 1, 1, 1, 1)]);

        AirDataIssue issue = Assert.Single(data.Issues);
        Assert.Equal(1, issue.Line);
        Assert.Contains("more than 6 decimal places", issue.Message);
    }
}
