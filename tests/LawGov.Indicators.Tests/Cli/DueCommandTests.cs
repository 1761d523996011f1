using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public class DueCommandTests
{
    // time-limits.md §2: 20 working days from 2020-09-30 → 2020-11-04.
    [Fact]
    public void Due_WorkingDays_PrintsIsoDueDate()
    {
        var (exit, output, error) = CliRunner.Execute(["due", "2020-09-30", "--working-days", "20"]);

        Assert.Equal(0, exit);
        Assert.Equal("2020-11-04\n", output);
        Assert.Empty(error);
    }

    // time-limits.md §2: 30 calendar days from 2020-09-08 → 2020-10-09 (day 30 is a holiday).
    [Fact]
    public void Due_CalendarDays_MovesOffHoliday() =>
        Assert.Equal("2020-10-09\n", CliRunner.Execute(["due", "2020-09-08", "--days", "30", "--calendar", "cn"]).Output);

    // Day 30 from 2026-12-20 is 2027-01-19; no notice covers 2027.
    [Fact]
    public void Due_OutsideCoverage_ExitsTwoNamingYear()
    {
        var (exit, output, error) = CliRunner.Execute(["due", "2026-12-20", "--days", "30"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("the year 2027 is not covered", error);
    }

    // The last date NodaTime represents: 5 days after it is in the year 10000 — bad input (exit 2), not a crash (exit 3).
    [Theory]
    [InlineData("--days")]
    [InlineData("--working-days")]
    public void Due_StartOn99991231_ExitsTwoNamingYear10000(string kind)
    {
        var (exit, output, error) = CliRunner.Execute(["due", "9999-12-31", kind, "5"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("the year 10000 is not covered", error);
    }

    // Before the coverage: 5 days from 2014-06-01 is Fri 2014-06-06, whose status no notice declares.
    [Fact]
    public void Due_BeforeCoverage_ExitsTwoNaming2014()
    {
        var (exit, output, error) = CliRunner.Execute(["due", "2014-06-01", "--days", "5"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("the year 2014 is not covered (needed 2014-06-06)", error);
    }

    // Hand count across the 2020 Spring Festival extension (the lapsed 02-01 make-up day not counted): 5 working days
    // from Wed 2020-01-22 are 01-23, 02-03, 02-04, 02-05, 02-06.
    [Fact]
    public void Due_AcrossSpringFestivalExtension_PrintsFebruarySixth() =>
        Assert.Equal("2020-02-06\n", CliRunner.Execute(["due", "2020-01-22", "--working-days", "5"]).Output);

    [Fact]
    public void Due_CalendarIsADirectory_SaysSo()
    {
        var (exit, output, error) = CliRunner.Execute(["due", "2020-09-30", "--days", "3", "--calendar", Path.GetTempPath()]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("cannot read the calendar: it is a directory, not a file.", error);
    }

    // A misspelt member in a calendar file is an error naming it, not a silently plain year.
    [Fact]
    public void Due_CalendarFileWithUnknownMember_ExitsTwoNamingIt()
    {
        string path = Path.Combine(Path.GetTempPath(), "lawgov-cal-" + Guid.NewGuid() + ".json");
        File.WriteAllText(path, """{ "years": [ { "year": 2027, "holiday": [ { "name_zh": "元旦", "start": "2027-01-01", "end": "2027-01-03" } ] } ] }""");
        try
        {
            var (exit, _, error) = CliRunner.Execute(["due", "2026-12-31", "--working-days", "1", "--calendar", path]);

            Assert.Equal(2, exit);
            Assert.Contains(path + ": Calendar JSON at $.years[0].holiday: unknown property 'holiday'.", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new[] { "due", "2020-09-30" }, "exactly one of --days N and --working-days N")]
    [InlineData(new[] { "due", "2020-09-30", "--days", "3", "--working-days", "3" }, "exactly one of --days N and --working-days N")]
    [InlineData(new[] { "due", "2020-02-30", "--days", "3" }, "'2020-02-30' is not a valid start date: expected a date yyyy-MM-dd.")]
    [InlineData(new[] { "due", "2020-09-30", "--days", "-3" }, "The limit must be from 0 to 36600 days; got -3.")]
    [InlineData(new[] { "due", "2020-09-30", "--days", "x" }, "x")]
    [InlineData(new[] { "due", "2020-09-30", "--days", "3", "--calendar", "no-such-calendar.json" }, "no-such-calendar.json")]
    public void Due_BadInput_ExitsTwoWithMessage(string[] args, string message)
    {
        var (exit, output, error) = CliRunner.Execute(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    // A calendar file applied on top of cn: a made-up 2027 with 2027-01-01..03 off. 2026-12-31 (Thu) + 1 working day → Mon 2027-01-04.
    [Fact]
    public void Due_CalendarFile_ExtendsCoverage()
    {
        string path = Path.Combine(Path.GetTempPath(), "lawgov-cal-" + Guid.NewGuid() + ".json");
        File.WriteAllText(path, """{ "years": [ { "year": 2027, "holidays": [ { "name_zh": "元旦", "start": "2027-01-01", "end": "2027-01-03" } ] } ] }""");
        try
        {
            var (exit, output, _) = CliRunner.Execute(["due", "2026-12-31", "--working-days", "1", "--calendar", path]);

            Assert.Equal(0, exit);
            Assert.Equal("2027-01-04\n", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Due_BadCalendarFile_ExitsTwoNamingFileAndPath()
    {
        string path = Path.Combine(Path.GetTempPath(), "lawgov-cal-" + Guid.NewGuid() + ".json");
        File.WriteAllText(path, """{ "years": [ { "year": 2027, "holidays": [], "adjusted_workdays": [ "2027-13-01" ] } ] }""");
        try
        {
            var (exit, output, error) = CliRunner.Execute(["due", "2026-12-31", "--working-days", "1", "--calendar", path]);

            Assert.Equal(2, exit);
            Assert.Empty(output);
            Assert.Contains(path + ": Calendar JSON at $.years[0].adjusted_workdays[0]", error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_DescribesCommandWithExample()
    {
        var (exit, output, _) = CliRunner.Execute(["due", "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Example: lawgov-indicators due 2020-09-30 --working-days 20", output);
        Assert.Contains("--working-days", output);
    }
}
