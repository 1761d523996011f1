namespace LawGov.Indicators.AirQuality;

/// <summary>Which end of its hour a timestamp of hourly data names.</summary>
public enum HourLabel
{
    /// <summary><c>2024-01-01 00:00</c> is the hour 00:00–01:00 (the usual label of third-party datasets; the default).</summary>
    HourBeginning = 0,

    /// <summary>
    /// <c>2024-01-01 01:00</c> is the hour 00:00–01:00 (CNEMC's "1时"); <c>2024-01-02 00:00</c> and
    /// <c>2024-01-01 24:00</c> are the last hour of 2024-01-01.
    /// </summary>
    HourEnding = 1,
}
