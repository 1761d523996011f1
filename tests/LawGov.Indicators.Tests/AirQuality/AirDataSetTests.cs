using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.AirQuality;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirDataSetTests
{
    private static AirDataSet Read(string csv) => HourlyAirData.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Value;

    // Merge of parts = whole: a file split at day boundaries, read part by part and combined in any order, has the same
    // daily series for every station and the city, and the same row counts.
    [Fact]
    public void Combine_PartsSplitAtDayBoundaries_EqualsTheWhole()
    {
        var gen = from csv in HourlyAirDataTests.RandomCsv
                  from cuts in Gen.ArrayOf(Gen.Choose(2, 21), 3)
                  from seed in Gen.Choose(0, 1000)
                  select (csv, cuts, seed);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), x =>
        {
            string[] lines = x.csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var parts = lines.Skip(1)
                .GroupBy(l => x.cuts.Count(c => int.Parse(l.Substring(10, 2), System.Globalization.CultureInfo.InvariantCulture) >= c))
                .Select(g => Read(HourlyCsv.Header + "\n" + string.Join("\n", g) + "\n"))
                .OrderBy(_ => new Random(x.seed).Next())
                .ToList();
            AirDataSet whole = Read(x.csv);

            AirDataSet combined = AirDataSet.Combine(parts);

            return Series(combined) == Series(whole)
                && combined.RowCount == whole.RowCount
                && combined.SkippedRowCount == whole.SkippedRowCount;
        }), maxTest: 30);
    }

    [Fact]
    public void Combine_SameDayInTwoParts_Throws()
    {
        string part = new HourlyCsv().Row("A", new LocalDateTime(2024, 1, 1, 0, 0)).ToString();

        var ex = Assert.Throws<ArgumentException>(() => AirDataSet.Combine([Read(part), Read(part)]));

        Assert.Contains("'A' has 2024-01-01 in more than one part", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_Nothing_IsEmpty() => Assert.Empty(AirDataSet.Combine([]).Cities);

    /// <summary>Every site's daily series as text, sites ordered by name (station order follows the parts).</summary>
    private static string Series(AirDataSet data) => string.Join("\n", data.Cities
        .SelectMany(c => c.Stations.Prepend(c.City).Select(s => (City: c.Name, Site: s)))
        .OrderBy(s => s.City, StringComparer.Ordinal).ThenBy(s => s.Site.Name, StringComparer.Ordinal)
        .Select(s => s.City + "/" + s.Site.Name + ": " + string.Join(";", s.Site.Days)));
}
