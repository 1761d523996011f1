using LawGov.Indicators.AirQuality;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class HourlyAccumulatorTests
{
    private static readonly int Jan1 = DayNumbers.FromCivil(2024, 1, 1);

    private static void Add(HourlyAccumulator accumulator, int site, int day, long line)
    {
        var row = new HourRow { Site = site, Hour = (Jan1 + day) * 24, Present = 1 };
        row.Values[0] = 10_000_000; // PM2.5 10 µg/m³
        accumulator.CountRow();
        accumulator.Add(row, line);
    }

    [Fact]
    public void TryAbsorb_StationFirstSeenInTheLaterPart_CanBeAbsorbedOnward()
    {
        // Three parts in input order: a has X and Y on day 0, b has X on day 1, c has Y on day 2. b absorbs c (Y is new to
        // b and starts on day 2), then a absorbs b: Y's rows in b start on day 2, after a's open day 0, so the join is
        // exact and must be taken (a station created by an absorb that kept "no first day" would refuse it).
        var registry = new SiteRegistry();
        int x = registry.GetOrAdd(null, "X"), y = registry.GetOrAdd(null, "Y");
        var a = new HourlyAccumulator(registry, new IssueCollector(10));
        var b = new HourlyAccumulator(registry, new IssueCollector(10), holdFirstDay: true);
        var c = new HourlyAccumulator(registry, new IssueCollector(10), holdFirstDay: true);
        Add(a, x, 0, 2);
        Add(a, y, 0, 3);
        Add(b, x, 1, 1);
        Add(c, y, 2, 1);

        Assert.True(b.TryAbsorb(c, 1));
        Assert.True(a.TryAbsorb(b, 3));

        AirDataSet data = HourlyAccumulator.Merge([a]);
        SiteSeries station = data.Cities[0].Stations.Single(s => s.Name == "Y");
        Assert.Equal([new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 3)], station.Days.Select(d => d.Date));
        Assert.Equal(4, data.RowCount);
    }
}
