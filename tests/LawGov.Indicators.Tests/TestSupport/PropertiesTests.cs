using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Sdk;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>The property helper itself: a failure names its seed, the seed replays it, a bad seed is refused.</summary>
public class PropertiesTests
{
    // Fails for every value above 40 (60 of 101 values), so which counterexample FsCheck meets first depends on the seed.
    private static Property FailsAboveForty() => Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), i => i <= 40);

    [Fact]
    public void Check_FailingProperty_NamesTheSeed_AndReplayingItReproducesTheFailure()
    {
        var first = Assert.Throws<XunitException>(() => Properties.Check(FailsAboveForty(), (ulong)Random.Shared.NextInt64(), 100, "fails-above-forty"));
        Match named = Regex.Match(first.Message, $@"failed with seed (\d+)\. Replay: {Properties.SeedVariable}=(\d+)\.");
        Assert.True(named.Success, first.Message);
        Assert.Equal(named.Groups[1].Value, named.Groups[2].Value);

        ulong seed = ulong.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture);
        var replay = Assert.Throws<XunitException>(() => Properties.Check(FailsAboveForty(), seed, 100, "fails-above-forty"));

        // The same seed gives the same cases: the same counterexample and the same message.
        Assert.Equal(first.Message, replay.Message);
        Match counterexample = Regex.Match(replay.Message, @"Original:\s*(\d+)");
        Assert.True(counterexample.Success, replay.Message);
        Assert.True(int.Parse(counterexample.Groups[1].Value, CultureInfo.InvariantCulture) > 40, replay.Message);
    }

    [Fact]
    public void Check_HoldingProperty_DoesNotThrow() =>
        Properties.Check(Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), i => i <= 100), 1UL, 100, "holds");

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", 0UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    public void ParseSeed_NoneOrAWholeNumber_IsAccepted(string? text, ulong? expected) =>
        Assert.Equal(expected, Properties.ParseSeed(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData(" 12")]
    [InlineData("1.5")]
    [InlineData("18446744073709551616")] // 2^64: one more than the largest seed
    public void ParseSeed_NotASeed_FailsLoudly_NamingTheVariable(string text)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Properties.ParseSeed(text));

        Assert.StartsWith($"{Properties.SeedVariable}='{text}' is not a seed", ex.Message, StringComparison.Ordinal);
    }
}
