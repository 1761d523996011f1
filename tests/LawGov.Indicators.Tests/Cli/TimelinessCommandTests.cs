using System.Text.Json;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public sealed class TimelinessCommandTests : IDisposable
{
    // TimelinessSample (hand calculation there): A timely 2, overdue 1; B overdue 1, pending 1; lines 6 and 7 bad.
    private const string Sample = TimelinessSample.Csv;

    private readonly string directory = Directory.CreateTempSubdirectory("lawgov-timeliness-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string content, string name = "records.csv")
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Timeliness_Table_PrintsGroupsOverallAndExitsOneForBadRows()
    {
        string path = Write(Sample);

        var (exit, output, error) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--group-by", "unit", "--as-of", "2020-12-31"]);

        Assert.Equal(1, exit);
        string[] lines = output.Split('\n');
        Assert.Equal("group    timely  overdue  pending  rate", lines[1]);
        Assert.Equal("-------  ------  -------  -------  ------------", lines[2]);
        Assert.Equal("A             2        1        0  66.67% (2/3)", lines[3]);
        Assert.Equal("B             0        1        1  0.00% (0/1)", lines[4]);
        Assert.Equal("overall       2        2        1  50.00% (2/4)", lines[5]);
        Assert.Contains(path + ": line 6, column 'received': '2020-13-01' is not a start date (expected yyyy-MM-dd)", error);
        Assert.Contains(path + ": line 7, column 'replied': the completion date 2020-10-01 is before the start date 2020-10-10", error);
        Assert.Contains("2 of 7 records could not be used", error);
    }

    // A quoted key may hold a line break (RFC 4180): the tables show it escaped on one line, so the row stays whole and
    // no CR reaches the terminal; JSON keeps the key exactly. Record: started 2020-09-30, open, due 2020-11-04 (20
    // working days, TimelinessSample), overdue as of 2020-12-31 by 57 days.
    [Fact]
    public void Timeliness_KeyWithLineBreak_IsEscapedInBothTables()
    {
        string path = Write("unit,received,replied\n\"A\r\nB\",2020-09-30,\n");

        var (_, output, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--group-by", "unit", "--as-of", "2020-12-31", "--list-overdue"]);
        var (_, json, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--group-by", "unit", "--as-of", "2020-12-31", "--format", "json"]);

        Assert.DoesNotContain('\r', output);
        string[] lines = output.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("A\\r\\nB        0        1        0  0.00% (0/1)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("   2  A\\r\\nB  2020-09-30  2020-11-04  (open)", StringComparison.Ordinal) && l.EndsWith("57", StringComparison.Ordinal));
        Assert.Equal("A\r\nB", JsonDocument.Parse(json).RootElement.GetProperty("groups")[0].GetProperty("key").GetString());
    }

    // --snapshot as of 2020-11-04: the record received 2020-11-10 did not exist on that date; it is reported apart as not
    // started, in no count (the open one received 2020-09-30 is pending: due 2020-11-04, TimelinessSample).
    [Fact]
    public void Timeliness_SnapshotStartedAfterAsOf_IsReportedAsNotStarted()
    {
        string path = Write("unit,received,replied\nA,2020-09-30,\nB,2020-11-10,\n");
        string[] args = ["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--group-by", "unit", "--as-of", "2020-11-04", "--snapshot"];

        var (_, table, _) = CliRunner.Execute(args);
        using JsonDocument json = JsonDocument.Parse(CliRunner.Execute([.. args, "--format", "json"]).Output);

        Assert.Contains("Not started: 1 records started after 2020-11-04 and are in no count (they did not exist on the snapshot's date).", table, StringComparison.Ordinal);
        Assert.Equal(1, json.RootElement.GetProperty("notStarted").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("overall").GetProperty("pending").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("groups").GetArrayLength());
    }

    [Fact]
    public void Timeliness_Json_HasOverallAndGroupsWithExactCounts()
    {
        string path = Write(Sample);

        var (_, output, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--group-by", "unit", "--as-of", "2020-12-31", "--format", "json", "--list-overdue"]);

        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement overall = json.RootElement.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("timely").GetInt64());
        Assert.Equal(2, overall.GetProperty("overdue").GetInt64());
        Assert.Equal(1, overall.GetProperty("pending").GetInt64());
        Assert.Equal(50.00m, overall.GetProperty("rate").GetDecimal());
        Assert.Equal(4, overall.GetProperty("rateDenominator").GetInt64());
        JsonElement b = json.RootElement.GetProperty("groups")[1];
        Assert.Equal("B", b.GetProperty("key").GetString());
        Assert.Equal(0m, b.GetProperty("rate").GetDecimal());
        JsonElement open = json.RootElement.GetProperty("overdueRecords")[1];
        Assert.Equal(4, open.GetProperty("line").GetInt64());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("completed").ValueKind);
        Assert.Equal(57, open.GetProperty("daysLate").GetInt32());
        Assert.Equal("2020-12-31", json.RootElement.GetProperty("asOf").GetString());
    }

    // Only pending records: the rate is undefined and printed as null / n/a, never as a number.
    [Fact]
    public void Timeliness_NothingJudged_RateIsNull()
    {
        string path = Write("received,replied\n2020-12-20,\n");

        var (exit, output, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--as-of", "2020-12-31", "--format", "json"]);

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("overall").GetProperty("rate").ValueKind);
        Assert.Empty(json.RootElement.GetProperty("groups").EnumerateArray());
    }

    // Default as-of: the fixed clock says 2021-01-15 in China; received 2020-12-20 is due 2021-01-18 → still pending.
    // As of 2021-01-19 (clock at 2021-01-18 16:30 UTC = 2021-01-19 00:30 UTC+8) it is overdue.
    [Fact]
    public void Timeliness_DefaultAsOf_IsTodayInChina()
    {
        string path = Write("received,replied\n2020-12-20,\n");
        string[] args = ["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--format", "json"];

        using JsonDocument before = JsonDocument.Parse(CliRunner.Execute(args, NodaTime.Instant.FromUtc(2021, 1, 15, 4, 0)).Output);
        using JsonDocument after = JsonDocument.Parse(CliRunner.Execute(args, NodaTime.Instant.FromUtc(2021, 1, 18, 16, 30)).Output);

        Assert.Equal(1, before.RootElement.GetProperty("overall").GetProperty("pending").GetInt64());
        Assert.Equal(1, after.RootElement.GetProperty("overall").GetProperty("overdue").GetInt64());
        Assert.Equal("2021-01-19", after.RootElement.GetProperty("asOf").GetString());
    }

    // 20wd+20wd judges against the extended limit: 2020-09-30 is then due 2020-12-02, so a reply on 11-05 is timely.
    [Fact]
    public void Timeliness_ExtendedLimit_JudgesAgainstExtension()
    {
        string path = Write("received,replied\n2020-09-30,2020-11-05\n");

        var (exit, output, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd+20wd", "--as-of", "2020-12-31"]);

        Assert.Equal(0, exit);
        Assert.Contains("overall       1        0        0  100.00% (1/1)", output);
    }

    // Due 2020-11-04 (20wd from 2020-09-30); replied 2020-11-20, judged as of 2020-11-10. By default the reply is a
    // fact: late by 16 days. With --snapshot it had not happened on 11-10: open, 6 days overdue.
    [Fact]
    public void Timeliness_CompletionAfterAsOf_CountsByDateUnlessSnapshot()
    {
        string path = Write("received,replied\n2020-09-30,2020-11-20\n");
        string[] args = ["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--as-of", "2020-11-10", "--format", "json", "--list-overdue"];

        using JsonDocument literal = JsonDocument.Parse(CliRunner.Execute(args).Output);
        using JsonDocument snapshot = JsonDocument.Parse(CliRunner.Execute([.. args, "--snapshot"]).Output);

        Assert.False(literal.RootElement.GetProperty("snapshot").GetBoolean());
        Assert.Equal(16, literal.RootElement.GetProperty("overdueRecords")[0].GetProperty("daysLate").GetInt32());
        Assert.Equal("2020-11-20", literal.RootElement.GetProperty("overdueRecords")[0].GetProperty("completed").GetString());
        Assert.True(snapshot.RootElement.GetProperty("snapshot").GetBoolean());
        Assert.Equal(6, snapshot.RootElement.GetProperty("overdueRecords")[0].GetProperty("daysLate").GetInt32());
        Assert.Equal(JsonValueKind.Null, snapshot.RootElement.GetProperty("overdueRecords")[0].GetProperty("completed").ValueKind);
    }

    // info-disclosure selects the limit by the receipt date, with its extension (政府信息公开条例 arts. 24 / 33).
    // Received Tue 2019-05-14: 15+15 = 30 working days → 05-15..17 (3), 05-20..24 (8), 05-27..31 (13), 06-03..06 (17),
    // 06-07 Dragon Boat off, 06-10..14 (22), 06-17..21 (27), 06-24..26 (30): due 06-26, so a reply on 06-27 is late.
    // Received Wed 2019-05-15: 20+20 = 40 working days → due 2019-07-11, so the same reply is timely.
    [Fact]
    public void Timeliness_NamedStatutoryLimit_SelectsRuleByStartDate()
    {
        string path = Write("received,replied\n2019-05-14,2019-06-27\n2019-05-15,2019-06-27\n");

        var (exit, output, _) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "info-disclosure", "--as-of", "2019-12-31", "--list-overdue"]);

        Assert.Equal(0, exit);
        Assert.Contains("limit info-disclosure (15wd+15wd; from 2019-05-15 20wd+20wd)", output);
        Assert.Contains("overall       1        1        0  50.00% (1/2)", output);
        Assert.Contains("2019-05-14  2019-06-26  2019-06-27", output);
    }

    // The audit's case: a record started 9999-12-31 is one bad record (exit 1); the good one still counts.
    [Theory]
    [InlineData("20wd")]
    [InlineData("30d")]
    public void Timeliness_StartOn99991231_IsBadRecordNotACrash(string limit)
    {
        string path = Write("received,replied\n9999-12-31,\n2020-09-30,2020-10-20\n");

        var (exit, output, error) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", limit, "--as-of", "2020-12-31"]);

        Assert.Equal(1, exit);
        Assert.Contains("overall       1        0        0  100.00% (1/1)", output);
        Assert.Contains(path + ": line 2, column 'received': The working-day calendar 'China mainland' covers 2015-01-01 to 2026-12-31; the year 10000 is not covered", error);
    }

    [Fact]
    public void Timeliness_Utf16File_ExitsTwoSayingSo()
    {
        string path = Path.Combine(directory, "utf16.csv");
        File.WriteAllText(path, Sample, System.Text.Encoding.Unicode);

        var (exit, output, error) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("line 1: the input is UTF-16 (little-endian byte order mark FF FE); expected UTF-8", error);
    }

    [Fact]
    public void Timeliness_MissingColumn_ExitsTwoWithNothingOnStdout()
    {
        string path = Write(Sample);

        var (exit, output, error) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "answered", "--limit", "20wd"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(path + ": line 1, column 'answered': the header has no column 'answered' (columns: id, unit, received, replied)", error);
    }

    // A blank column option matches no header column: a usage error (exit 2), not an internal error, and a blank
    // --group-by is not silently "no grouping".
    [Theory]
    [InlineData("--start", "")]
    [InlineData("--end", " ")]
    [InlineData("--group-by", "\t")]
    public void Timeliness_BlankColumnOption_ExitsTwoNamingTheOption(string option, string value)
    {
        string path = Write(Sample);
        var args = new Dictionary<string, string> { ["--start"] = "received", ["--end"] = "replied", ["--group-by"] = "unit" };
        args[option] = value;

        var (exit, output, error) = CliRunner.Execute(["timeliness", path, .. args.SelectMany(a => new[] { a.Key, a.Value }), "--limit", "20wd"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(option + ": expected a column name of the header, found an empty value.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--limit", "20", "--limit: '20' is not a time limit")]
    [InlineData("--limit", "info", "Statutory limits by name: info-disclosure, proactive-disclosure")]
    [InlineData("--as-of", "2020-31-12", "'2020-31-12' is not a valid --as-of date")]
    [InlineData("--format", "xml", "xml")]
    public void Timeliness_BadOption_ExitsTwo(string option, string value, string message)
    {
        string path = Write(Sample);
        var args = new List<string> { "timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd" };
        int index = args.IndexOf(option);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (exit, output, error) = CliRunner.Execute(args.ToArray());

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Timeliness_MissingFile_ExitsTwo()
    {
        var (exit, output, _) = CliRunner.Execute(["timeliness", Path.Combine(directory, "none.csv"), "--start", "a", "--end", "b", "--limit", "30d"]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
    }

    [Fact]
    public void Timeliness_MissingRequiredOption_ExitsTwo() =>
        Assert.Equal(2, CliRunner.Execute(["timeliness", Write(Sample), "--start", "received", "--end", "replied"]).ExitCode);

    [Fact]
    public void Timeliness_AllGood_ExitsZeroWithEmptyStderr()
    {
        string path = Write("received,replied\n2020-09-30,2020-11-04\n");

        var (exit, _, error) = CliRunner.Execute(["timeliness", path, "--start", "received", "--end", "replied", "--limit", "20wd", "--as-of", "2020-12-31"]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
    }

    [Fact]
    public void Help_DescribesCommandWithExample()
    {
        var (exit, output, _) = CliRunner.Execute(["timeliness", "--help"]);

        Assert.Equal(0, exit);
        Assert.Contains("Example: lawgov-indicators timeliness replies.csv", output);
        Assert.Contains("--list-overdue", output);
    }
}
