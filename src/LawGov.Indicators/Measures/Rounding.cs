using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Measures;

/// <summary>
/// Rounding of exact decimal values with a declared <see cref="RoundingMode"/>. No binary floating point is
/// involved: midpoints are detected exactly.
/// </summary>
public static class Rounding
{
    /// <summary>The largest number of decimals a <see cref="decimal"/> can carry.</summary>
    public const int MaxDecimals = 28;

    /// <summary>
    /// Rounds <paramref name="value"/> to <paramref name="decimals"/> decimal places.
    /// </summary>
    /// <param name="value">The value to round.</param>
    /// <param name="decimals">The number of decimals to keep, 0 to 28.</param>
    /// <param name="mode">The rounding rule.</param>
    /// <returns>The rounded value (trailing zeros are not added: 52 rounded to two decimals is 52).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..28 or
    /// <paramref name="mode"/> is not defined.</exception>
    public static decimal Round(decimal value, int decimals, RoundingMode mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        return Math.Round(value, decimals, ToMidpointRounding(mode));
    }

    internal static MidpointRounding ToMidpointRounding(RoundingMode mode) => mode switch
    {
        RoundingMode.HalfEven => MidpointRounding.ToEven,
        RoundingMode.HalfUp => MidpointRounding.AwayFromZero,
        RoundingMode.Truncate => MidpointRounding.ToZero,
        RoundingMode.Ceiling => MidpointRounding.ToPositiveInfinity,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Value is not a defined RoundingMode."),
    };
}
