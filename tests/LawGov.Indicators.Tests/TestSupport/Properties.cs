using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck;
using Microsoft.FSharp.Core;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// Runs FsCheck properties from plain xunit facts (FsCheck.Xunit is not used). Every run picks a seed and a
/// failure reports it; set the environment variable <c>LAWGOV_PROPERTY_SEED</c> to that seed to replay it.
/// </summary>
public static class Properties
{
    public const string SeedVariable = "LAWGOV_PROPERTY_SEED";

    public static void Check(Property property, int maxTest = 300, [CallerMemberName] string name = "")
    {
        ulong seed = ChooseSeed();
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

    private static ulong ChooseSeed()
    {
        string? fixedSeed = Environment.GetEnvironmentVariable(SeedVariable);
        if (fixedSeed is not null && ulong.TryParse(fixedSeed, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            return seed;
        }
        return (ulong)Random.Shared.NextInt64();
    }
}
