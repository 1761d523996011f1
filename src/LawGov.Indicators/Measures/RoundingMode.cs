namespace LawGov.Indicators.Measures;

/// <summary>
/// How a value is brought to a number of decimals. Every rounding the library performs names one of these.
/// </summary>
public enum RoundingMode
{
    /// <summary>
    /// Round half to even ("四舍六入五成双", GB/T 8170-2008): 1.050 becomes 1.0 and 0.35 becomes 0.4 at one
    /// decimal. The default for Chinese statistical figures.
    /// </summary>
    HalfEven = 0,

    /// <summary>
    /// Round a midpoint away from zero, which is "half up" for the non-negative values measured here
    /// (the US EPA AQI index: 50.5 becomes 51).
    /// </summary>
    HalfUp = 1,

    /// <summary>Drop the digits beyond the precision (toward zero), as US EPA does with concentrations.</summary>
    Truncate = 2,

    /// <summary>Round toward positive infinity, as HJ 633 does with IAQI and AQI.</summary>
    Ceiling = 3,

    /// <summary>Round toward negative infinity.</summary>
    Floor = 4,
}
