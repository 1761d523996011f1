using System.Text;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

public class AirDataIssueTests
{
    private static AirDataIssue FirstIssue(string csv) =>
        HourlyAirData.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Value.Issues[0];

    [Fact]
    public void ToString_WithColumn_IsLineColonColumn()
    {
        AirDataIssue issue = FirstIssue(HourlyCsv.Header + "\nA,2024-01-01 00:00,1,1,1,1,1,?\n");

        // "A,2024-01-01 00:00,1,1,1,1,1," is 2 + 17 + 10 = 29 characters: the O3 field starts at column 30.
        Assert.Equal("2:30: O3: expected a number (or an empty field, NA or - for a missing value), found '?'", issue.ToString());
    }

    [Fact]
    public void ToString_WholeRow_IsLineOnly()
    {
        AirDataIssue issue = FirstIssue(HourlyCsv.Header + "\nA,2024-01-01 00:00,1\n");

        Assert.StartsWith("2: expected 8 fields, as in the header, found 3", issue.ToString());
    }

    [Fact]
    public void Column_CountsCharactersNotBytes()
    {
        // "北京站," is 4 characters (10 bytes in UTF-8): the time field starts at character 5.
        AirDataIssue issue = FirstIssue(HourlyCsv.Header + "\n北京站,2024-99-01 00:00,1,1,1,1,1,1\n");

        Assert.Equal(5, issue.Column);
    }
}
