namespace LawGov.Indicators.AirQuality;

/// <summary>
/// What a Chinese standard reports for a concentration above the top (IAQI 500) breakpoint of a column, such as
/// PM2.5 above 500 µg/m³. HJ 633-2012 defines nothing there; HJ 633-2026 states the AQI range as 1–500.
/// </summary>
public enum AboveTableRule
{
    /// <summary>Report the top index, 500 (the library default for both HJ 633 versions).</summary>
    Cap = 0,

    /// <summary>Continue the top band's straight line beyond 500 (what US EPA does).</summary>
    Extrapolate = 1,

    /// <summary>Report no index (<see cref="IaqiStatus.Undefined"/>).</summary>
    Undefined = 2,
}
