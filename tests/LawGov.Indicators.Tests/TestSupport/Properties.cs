using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using Microsoft.FSharp.Core;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// Runs FsCheck properties from plain xunit facts (FsCheck.Xunit is not used). Every run picks a seed and a
/// failure reports it; set the environment variable <c>LAWGOV_PROPERTY_SEED</c> to that seed to replay it. A value
/// that is not a seed fails the run instead of silently falling back to a random one.
/// </summary>
public static class Properties
{
    public const string SeedVariable = "LAWGOV_PROPERTY_SEED";

    public static void Check(Property property, int maxTest = 300, [CallerMemberName] string name = "") =>
        Check(property, ParseSeed(Environment.GetEnvironmentVariable(SeedVariable)) ?? (ulong)Random.Shared.NextInt64(), maxTest, name);

    /// <summary>Runs a property from a given seed: the same seed gives the same cases, the same failure and the same shrinking.</summary>
    public static void Check(Property property, ulong seed, int maxTest, string name)
    {
        const ulong gamma = 0x9E3779B97F4A7C15UL; // an odd constant: SplitMix's golden gamma
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        try
        {
            FsCheck.Check.One(name, config, property);
        }
        catch (Exception ex)
        {
            throw new Xunit.Sdk.XunitException(
                string.Create(CultureInfo.InvariantCulture, $"Property '{name}' failed with seed {seed}. Replay: {SeedVariable}={seed}.{Environment.NewLine}{ex.Message}"));
        }
    }

    /// <summary>The seed a replay asks for: null when none is set; an exception naming the variable when it is not a seed.</summary>
    public static ulong? ParseSeed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            throw new InvalidOperationException(
                $"{SeedVariable}='{text}' is not a seed: expected the whole number (0 to {ulong.MaxValue}) that a failing property printed.");
        }
        return seed;
    }
}
