namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One of the six criteria pollutants of the Chinese AQI (HJ 633) and the US EPA AQI, in the order of the hourly
/// CSV header <c>PM2.5,PM10,SO2,NO2,CO,O3</c>.
/// </summary>
public enum Pollutant
{
    /// <summary>Fine particulate matter, PM2.5 (细颗粒物).</summary>
    Pm25 = 0,

    /// <summary>Inhalable particulate matter, PM10 (可吸入颗粒物).</summary>
    Pm10 = 1,

    /// <summary>Sulphur dioxide, SO2 (二氧化硫).</summary>
    So2 = 2,

    /// <summary>Nitrogen dioxide, NO2 (二氧化氮).</summary>
    No2 = 3,

    /// <summary>Carbon monoxide, CO (一氧化碳).</summary>
    Co = 4,

    /// <summary>Ozone, O3 (臭氧).</summary>
    O3 = 5,
}

/// <summary>The averaging period a breakpoint column of an AQI table applies to.</summary>
public enum AveragingPeriod
{
    /// <summary>A 1-hour mean (in a daily report: the day's largest 1-hour mean).</summary>
    OneHour = 0,

    /// <summary>An 8-hour moving mean (in a daily report: the day's largest, MDA8).</summary>
    EightHours = 1,

    /// <summary>A 24-hour (daily) mean.</summary>
    TwentyFourHours = 2,
}

/// <summary>Codes and names of <see cref="Pollutant"/> and <see cref="AveragingPeriod"/> values, from one table.</summary>
public static class Pollutants
{
    private static readonly string[] Codes = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"];
    private static readonly string[] NamesZh = ["细颗粒物", "可吸入颗粒物", "二氧化硫", "二氧化氮", "一氧化碳", "臭氧"];
    private static readonly string[] AveragingCodes = ["1h", "8h", "24h"];

    /// <summary>All pollutants, in declaration order.</summary>
    public static IReadOnlyList<Pollutant> All { get; } = Array.AsReadOnly(Enum.GetValues<Pollutant>());

    /// <summary>The code used in CSV headers, JSON keys and the CLI, e.g. <c>PM2.5</c>.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollutant"/> is not defined.</exception>
    public static string Code(this Pollutant pollutant) => Codes[Index(pollutant)];

    /// <summary>The Chinese name, e.g. <c>细颗粒物</c>.</summary>
    /// <param name="pollutant">The pollutant.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollutant"/> is not defined.</exception>
    public static string NameZh(this Pollutant pollutant) => NamesZh[Index(pollutant)];

    /// <summary>The code of an averaging period: <c>1h</c>, <c>8h</c> or <c>24h</c>.</summary>
    /// <param name="averaging">The averaging period.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averaging"/> is not defined.</exception>
    public static string Code(this AveragingPeriod averaging) =>
        (uint)averaging < (uint)AveragingCodes.Length
            ? AveragingCodes[(int)averaging]
            : throw new ArgumentOutOfRangeException(nameof(averaging), averaging, "Value is not a defined AveragingPeriod.");

    /// <summary>Parses a pollutant code (<c>PM2.5</c>, <c>PM10</c>, <c>SO2</c>, <c>NO2</c>, <c>CO</c>, <c>O3</c>), ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="pollutant">The pollutant, when found.</param>
    /// <returns>True when the text names a pollutant.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Pollutant pollutant)
    {
        text = text.Trim();
        for (int i = 0; i < Codes.Length; i++)
        {
            if (text.Equals(Codes[i], StringComparison.OrdinalIgnoreCase))
            {
                pollutant = (Pollutant)i;
                return true;
            }
        }
        pollutant = default;
        return false;
    }

    /// <summary>Parses an averaging-period code (<c>1h</c>, <c>8h</c>, <c>24h</c>), ignoring case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="averaging">The averaging period, when found.</param>
    /// <returns>True when the text names an averaging period.</returns>
    public static bool TryParseAveraging(ReadOnlySpan<char> text, out AveragingPeriod averaging)
    {
        text = text.Trim();
        for (int i = 0; i < AveragingCodes.Length; i++)
        {
            if (text.Equals(AveragingCodes[i], StringComparison.OrdinalIgnoreCase))
            {
                averaging = (AveragingPeriod)i;
                return true;
            }
        }
        averaging = default;
        return false;
    }

    private static int Index(Pollutant pollutant) =>
        (uint)pollutant < (uint)Codes.Length
            ? (int)pollutant
            : throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "Value is not a defined Pollutant.");
}
