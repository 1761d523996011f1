using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Cli;

public sealed class IaqiCommandTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("hj633-2012", "CO", "24h", "2.2", "55")] // 50/(4-2)*(2.2-2)+50 = 55 exactly (HJ 633-2012 Table 1)
    [InlineData("hj633-2026", "PM2.5", "24h", "35.5", "52")] // 35.5 -> 36 (GB/T 8170), 50/25*1+50 = 52 (Table 3)
    [InlineData("hj633-2026", "PM2.5", "1h", "60", "100")] // 2026: PM 1-hour on the 24-hour breakpoints; row IAQI 100
    [InlineData("epa-2024", "O3", "8h", "0.080", "133")] // 49/0.014*0.009+101 = 132.5 -> half up 133 (App. G)
    [InlineData("HJ633-2012", "pm10", "24H", "150", "100")] // codes ignore case; Table 1 row IAQI 100
    public void Iaqi_DefinedCombination_PrintsTheIndex(string standard, string pollutant, string averaging, string concentration, string expected)
    {
        var (exit, output, error) = cli.Run("iaqi", "--standard", standard, "--pollutant", pollutant, "--averaging", averaging, concentration);

        Assert.Equal(0, exit);
        Assert.Equal(expected + Environment.NewLine, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Iaqi_UndefinedCombination_Exits2WithTheReason()
    {
        var (exit, output, error) = cli.Run("iaqi", "--standard", "hj633-2012", "--pollutant", "PM2.5", "--averaging", "1h", "20");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("HJ 633-2012 defines no IAQI for PM2.5 1h", error);
    }

    [Fact]
    public void Iaqi_So2OneHourAbove800In2012_Exits2PointingToThe24HourMean()
    {
        var (exit, output, error) = cli.Run("iaqi", "--standard", "hj633-2012", "--pollutant", "SO2", "--averaging", "1h", "801");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("24-hour mean is reported instead", error);
    }

    [Fact]
    public void Iaqi_AboveTheTable_PrintsTheCapWithANote()
    {
        var (exit, output, error) = cli.Run("iaqi", "--standard", "hj633-2012", "--pollutant", "PM2.5", "--averaging", "24h", "600");

        Assert.Equal(0, exit);
        Assert.Equal("500" + Environment.NewLine, output);
        Assert.Contains("note: ", error);
        Assert.Contains("capped at 500", error);
    }

    [Fact]
    public void Iaqi_AboveTheTableUndefined_Exits2()
    {
        var (exit, output, _) = cli.Run("iaqi", "--standard", "hj633-2012", "--above-table", "undefined", "--pollutant", "PM2.5", "--averaging", "24h", "600");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
    }

    [Fact]
    public void Iaqi_RoundConcentrations_RoundsFirst()
    {
        // 35.5 -> 36: 50/40*1+50 = 51.25 -> 52 (without the option: 50.625 -> 51).
        var (_, output, _) = cli.Run("iaqi", "--standard", "hj633-2012", "--round-concentrations", "--pollutant", "PM2.5", "--averaging", "24h", "35.5");

        Assert.Equal("52" + Environment.NewLine, output);
    }

    [Fact]
    public void Iaqi_EpaWithChinaOption_Exits2()
    {
        var (exit, _, error) = cli.Run("iaqi", "--standard", "epa-2024", "--round-concentrations", "--pollutant", "CO", "--averaging", "8h", "1");

        Assert.Equal(2, exit);
        Assert.Contains("HJ 633 only", error);
    }

    [Theory]
    [InlineData("2,2", "concentration: expected a number")]
    [InlineData("abc", "concentration: expected a number")]
    [InlineData("-1", "cannot be negative")]
    // 29 significant digits: decimal.Parse would give 2.2 and IAQI 55, while the exact value lies just above 2.2, whose
    // exact IAQI 55.000…0005 has ceiling 56 (HJ 633-2012 §6.2). Refused like the hourly CSV reader refuses it.
    [InlineData("2.20000000000000000000000000001", "has more than 6 decimal places")]
    public void Iaqi_BadNumber_Exits2(string concentration, string expected)
    {
        var (exit, output, error) = cli.Run("iaqi", "--standard", "hj633-2012", "--pollutant", "CO", "--averaging", "24h", concentration);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Iaqi_SixDecimals_IsAccepted()
    {
        // 2.200001 mg/m³ CO 24h: 50/(4-2)·0.200001 + 50 = 55.000025 -> ceiling 56 (HJ 633-2012 Table 1, §6.2).
        var (exit, output, _) = cli.Run("iaqi", "--standard", "hj633-2012", "--pollutant", "CO", "--averaging", "24h", "2.200001");

        Assert.Equal(0, exit);
        Assert.Equal("56" + Environment.NewLine, output);
    }

    [Theory]
    [InlineData("--standard", "hj633-1999", "Unknown --standard")]
    [InlineData("--pollutant", "NOx", "Unknown --pollutant")]
    [InlineData("--averaging", "2h", "Unknown --averaging")]
    public void Iaqi_UnknownOptionValue_Exits2(string option, string value, string expected)
    {
        var args = new Dictionary<string, string> { ["--standard"] = "hj633-2012", ["--pollutant"] = "CO", ["--averaging"] = "24h" };
        args[option] = value;

        var (exit, output, error) = cli.Run(["iaqi", .. args.SelectMany(a => new[] { a.Key, a.Value }), "1"]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Iaqi_MissingStandard_Exits2()
    {
        var (exit, output, error) = cli.Run("iaqi", "--pollutant", "CO", "--averaging", "24h", "1");

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("--standard", error);
    }

    [Fact]
    public void Iaqi_Help_ShowsAnExample()
    {
        var (exit, output, _) = cli.Run("iaqi", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Example: lawgov-indicators iaqi --standard hj633-2012", output);
        Assert.Contains("--averaging", output);
    }
}
