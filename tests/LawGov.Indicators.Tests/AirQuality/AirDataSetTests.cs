using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirDataSetTests
{
    private static readonly LocalDate Jan1 = new(2024, 1, 1);

    private static AirDataSet Read(string csv, HourlyDataOptions? options = null)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(csv);
        return HourlyAirData.ReadCsv(new MemoryStream(bytes, 0, bytes.Length, writable: false, publiclyVisible: true), options).Value;
    }

    [Fact]
    public void Combine_OneFilePerStation_CityIsTheHourlyMeanOfAll()
    {
        // PM2.5 10 at A and 20 at B every hour, in separate files: the city's hourly value is 15, its daily mean 15,
        // as when both are read from one file. Each file alone is a city of one station.
        AirDataSet a = Read(new HourlyCsv().Days("A", Jan1, Jan1, pm25: "10").ToString());
        AirDataSet b = Read(new HourlyCsv().Days("B", Jan1, Jan1, pm25: "20").ToString());

        AirDataSet combined = AirDataSet.Combine([a, b]);

        Assert.Equal(15m, Assert.Single(combined.Cities[0].City.Days).DailyMean(Pollutant.Pm25));
        Assert.Equal(["A", "B"], combined.Cities[0].Stations.Select(s => s.Name));
        Assert.Equal(48, combined.RowCount);
    }

    [Fact]
    public void Merge_DaySplitAtNoon_JoinsTheDay()
    {
        // Hours 0–11 (PM2.5 10) in one part, 12–23 (PM2.5 20) and the next day in the other: the day has 24 hours, mean
        // (12 × 10 + 12 × 20) / 24 = 15, and all 17 ozone windows, as in one file.
        var morning = new HourlyCsv();
        var rest = new HourlyCsv();
        for (int h = 0; h < 24; h++)
        {
            (h < 12 ? morning : rest).Row("A", Jan1.At(new LocalTime(h, 0)), pm25: h < 12 ? "10" : "20");
        }
        rest.Days("A", Jan1.PlusDays(1), Jan1.PlusDays(1));

        AirDataSet combined = Read(rest.ToString()).Merge(Read(morning.ToString()));

        DailyConcentrations day = combined.Cities[0].Stations[0].Days[0];
        Assert.Equal(Jan1, day.Date);
        Assert.Equal(24, day.ValidHours(Pollutant.Pm25));
        Assert.Equal(15m, day.DailyMean(Pollutant.Pm25));
        Assert.Equal(17, day.O3ValidWindows);
        Assert.Equal(2, combined.Cities[0].Stations[0].Days.Count);
    }

    [Fact]
    public void Combine_SameHourInTwoParts_Throws()
    {
        // The same row in two parts would count twice in the city's hourly mean.
        string part = new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 1, 0, 0)).ToString();

        var ex = Assert.Throws<ArgumentException>(() => AirDataSet.Combine([Read(part), Read(part)]));

        Assert.StartsWith("Station 'A' has a row for 2024-01-01 00:00 (hour-beginning) in more than one part", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_DayBetweenOtherDaysOfTheStation_Throws()
    {
        // Days 1–3 in one part keep only a summary of day 2; another part with hours of day 2 overlaps it in time.
        AirDataSet threeDays = Read(new HourlyCsv().Days("A", Jan1, Jan1.PlusDays(2), skip: t => t.Day == 2 && t.Hour == 5).ToString());
        AirDataSet oneHour = Read(new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 2, 5, 0)).ToString());

        var ex = Assert.Throws<ArgumentException>(() => oneHour.Merge(threeDays));

        Assert.StartsWith("Station 'A' has 2024-01-02 in more than one part, and in one of them the day lies between other days", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A part with a bad value (column O3) on each of <paramref name="bad"/> lines after one good row.</summary>
    private static AirDataSet WithBadRows(string station, int bad, int maxIssues = 1000)
    {
        var csv = new HourlyCsv().Row(station, new LocalDateTime(2024, 1, 1, 0, 0));
        for (int h = 1; h <= bad; h++)
        {
            csv.Row(station, new LocalDateTime(2024, 1, 1, h, 0), o3: "x");
        }
        return Read(csv.ToString(), new HourlyDataOptions(maxIssues: maxIssues));
    }

    [Fact]
    public void Combine_PartsWithAnIssueLimit_KeepTheFirstIssuesUpToIt()
    {
        // Two parts read with MaxIssues 2, three bad rows each (lines 3–5): the combined data keeps the first 2 issues,
        // both of the first part, and counts all 6.
        AirDataSet combined = AirDataSet.Combine([WithBadRows("A", 3, maxIssues: 2), WithBadRows("B", 3, maxIssues: 2)]);

        Assert.Equal([(0, 3L), (0, 4L)], combined.Issues.Select(i => (i.Part, i.Line)));
        Assert.Equal(6, combined.IssueCount);
    }

    [Fact]
    public void Combine_PartsWithDifferentLimits_KeepsAsManyAsTheSmallest()
    {
        // Limits 5 and 1: the first part's 2 issues are all it had, the second kept 1 of its 2; the smallest limit (1)
        // is the number of issues that are surely the first of all.
        AirDataSet combined = AirDataSet.Combine([WithBadRows("A", 2, maxIssues: 5), WithBadRows("B", 2, maxIssues: 1)]);

        Assert.Equal([(0, 3L)], combined.Issues.Select(i => (i.Part, i.Line)));
    }

    [Fact]
    public void Combine_IssuesOnTheSameLineOfDifferentParts_AreToldApartByPart()
    {
        // Each part has its bad row on its own line 3: the part index, in the order given, tells them apart, the same
        // whether three parts are combined at once or two at a time in either grouping, and through the JSON state.
        AirDataSet a = WithBadRows("A", 1), b = WithBadRows("B", 1), c = WithBadRows("C", 1);

        foreach (AirDataSet combined in new[]
        {
            AirDataSet.Combine([a, b, c]),
            a.Merge(b).Merge(c),
            a.Merge(b.Merge(c)),
            AirDataJson.Read(AirDataJson.Write(a.Merge(b))).Merge(c),
        })
        {
            Assert.Equal([(0, 3L), (1, 3L), (2, 3L)], combined.Issues.Select(i => (i.Part, i.Line)));
        }
    }

    [Fact]
    public void Merge_TwoAtATime_SummarizesTheCityOnlyWhenRead()
    {
        // Combining needs the cities' hourly state only: the intermediate city of ((a + b) + c) is never summarized, and
        // the final one once, when its series is read; reads from several threads get the same series.
        AirDataSet a = WithBadRows("A", 0), b = WithBadRows("B", 0), c = WithBadRows("C", 0);

        AirDataSet ab = a.Merge(b);
        AirDataSet abc = ab.Merge(c);

        Assert.False(ab.Cities[0].IsCitySummarized);
        Assert.False(abc.Cities[0].IsCitySummarized);
        Assert.Equal([2024], abc.Years);
        SiteSeries[] reads = new SiteSeries[8];
        Parallel.For(0, reads.Length, i => reads[i] = abc.Cities[0].City);
        Assert.All(reads, r => Assert.Same(reads[0], r));
        Assert.Equal(Jan1, Assert.Single(reads[0].Days).Date); // each part's one row, 2024-01-01 00:00
        Assert.True(abc.Cities[0].IsCitySummarized);
    }

    [Fact]
    public void Combine_StationGoingBackADayAcrossTheCut_KeepsTheRowsAWholeReadSkips()
    {
        // The documented exception to "equals the whole": day 2 then day 1 of station A. Read whole, the day-1 row goes
        // back a day and is skipped; cut between them, each part is in order and the combination has both days.
        var whole = new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 2, 0, 0)).Row("A", new LocalDateTime(2024, 1, 1, 0, 0));
        AirDataSet later = Read(new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 2, 0, 0)).ToString());
        AirDataSet earlier = Read(new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 1, 0, 0)).ToString());

        AirDataSet read = Read(whole.ToString());
        AirDataSet combined = later.Merge(earlier);

        Assert.Equal(1, read.SkippedRowCount);
        Assert.Single(read.Cities[0].Stations[0].Days);
        Assert.Equal(0, combined.SkippedRowCount);
        Assert.Equal([Jan1, Jan1.PlusDays(1)], combined.Cities[0].Stations[0].Days.Select(d => d.Date));
    }

    [Fact]
    public void Combine_Nothing_IsEmpty() => Assert.Empty(AirDataSet.Combine([]).Cities);

    [Fact]
    public void Combine_NullPart_Throws() => Assert.Throws<ArgumentNullException>(() => AirDataSet.Combine([null!]));

    /// <summary>
    /// A week of 2–5 stations (across the leap day), optionally in two cities, rows time-major; values with decimals,
    /// NA, empty and bad values (those rows are skipped), some rows absent; each station's rows go forward in time and
    /// no hour repeats, so where the data is cut cannot change which rows are read.
    /// </summary>
    internal static string Partitionable(int seed)
    {
        var random = new Random(seed);
        int stations = random.Next(2, 6);
        bool cities = random.Next(2) == 0;
        int days = random.Next(2, 6);
        var text = new StringBuilder(cities ? "city," + HourlyCsv.Header : HourlyCsv.Header).Append('\n');
        var start = new LocalDate(2024, 2, 27);
        for (int d = 0; d < days; d++)
        {
            for (int h = 0; h < 24; h++)
            {
                for (int s = 0; s < stations; s++)
                {
                    if (random.Next(20) == 0)
                    {
                        continue;
                    }
                    if (cities)
                    {
                        text.Append(s % 2 == 0 ? "Jinan," : "Qingdao,");
                    }
                    text.Append("Station").Append(s).Append(',')
                        .Append(start.PlusDays(d).At(new LocalTime(h, 0)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                    for (int p = 0; p < 6; p++)
                    {
                        int kind = random.Next(40);
                        text.Append(',').Append(kind switch
                        {
                            0 => "NA",
                            1 => "",
                            2 => "x",
                            < 6 => (random.Next(0, 30000) / 100m).ToString(CultureInfo.InvariantCulture),
                            _ => random.Next(0, 300).ToString(CultureInfo.InvariantCulture),
                        });
                    }
                    text.Append('\n');
                }
            }
        }
        return text.ToString();
    }

    [Fact]
    public void Combine_PartsByStationAndTimeInAnyOrder_EqualTheWhole()
    {
        // The rows are cut by station group and at random hours (inside days too); each part is read on its own (some
        // with two threads, some passed through their JSON state), and the parts are merged two at a time in a random
        // order and grouping: the series (every field of every day), the cities' hourly state and the counts of the
        // whole, every time.
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from groups in Gen.Choose(1, 3)
                  from count in Gen.Choose(0, 4)
                  from cuts in Gen.ArrayOf(Gen.Choose(0, 6 * 24), count)
                  from order in Gen.Choose(0, int.MaxValue)
                  select (seed, groups, cuts, order);
        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            string csv = Partitionable(x.seed);
            string[] lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            string header = lines[0];
            bool cities = header.StartsWith("city,", StringComparison.Ordinal);
            var random = new Random(x.order);
            var parts = lines.Skip(1)
                .GroupBy(line =>
                {
                    string[] fields = line.Split(',');
                    int station = int.Parse(fields[cities ? 1 : 0]["Station".Length..], CultureInfo.InvariantCulture);
                    string time = fields[cities ? 2 : 1];
                    int day = DayNumbers.FromCivil(int.Parse(time[..4], CultureInfo.InvariantCulture), int.Parse(time[5..7], CultureInfo.InvariantCulture), int.Parse(time[8..10], CultureInfo.InvariantCulture));
                    int hour = ((day - DayNumbers.FromCivil(2024, 2, 27)) * 24) + int.Parse(time[11..13], CultureInfo.InvariantCulture);
                    return (station % x.groups, x.cuts.Count(c => hour >= c));
                })
                .Select(g => header + "\n" + string.Join("\n", g) + "\n")
                .Select(part =>
                {
                    AirDataSet data = Read(part, new HourlyDataOptions(HourLabel.HourBeginning, random.Next(1, 3), 1000, chunkSize: 256));
                    return random.Next(2) == 0 ? AirDataJson.Read(AirDataJson.Write(data)) : data;
                })
                .ToList();
            while (parts.Count > 1)
            {
                int i = random.Next(parts.Count);
                AirDataSet first = parts[i];
                parts.RemoveAt(i);
                int j = random.Next(parts.Count);
                parts[j] = random.Next(2) == 0 ? first.Merge(parts[j]) : AirDataSet.Combine([parts[j], first]);
            }
            // Issue lines are each part's own, so only the issue counts are compared; cities and stations by name.
            return AirDataSets.Same(Read(csv), parts[0], inputOrder: false, issues: false);
        }), maxTest: 60);
    }
}
