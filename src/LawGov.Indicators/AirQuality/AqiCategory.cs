namespace LawGov.Indicators.AirQuality;

/// <summary>
/// One of the six AQI levels of a standard, with its AQI range, names and colour (HJ 633 Table 2 and Appendix A;
/// US EPA TAD Table 5).
/// </summary>
/// <remarks>Instances belong to a standard's table; equality is reference equality.</remarks>
public sealed class AqiCategory
{
    internal AqiCategory(int level, int minimumAqi, int? maximumAqi, string nameZh, string nameEn, string colourName, RgbColour colour)
    {
        Level = level;
        MinimumAqi = minimumAqi;
        MaximumAqi = maximumAqi;
        NameZh = nameZh;
        NameEn = nameEn;
        ColourName = colourName;
        Colour = colour;
    }

    /// <summary>The level, 1 (best) to 6 (worst).</summary>
    public int Level { get; }

    /// <summary>The smallest AQI of the level.</summary>
    public int MinimumAqi { get; }

    /// <summary>The largest AQI of the level; null for the open top level.</summary>
    public int? MaximumAqi { get; }

    /// <summary>
    /// The Chinese category name, e.g. <c>轻度污染</c> (HJ 633 Table 2). For the US EPA categories the names
    /// (良好, 中等, 对敏感人群不健康, 不健康, 非常不健康, 危险) are the project's translation: no Chinese rendering by EPA
    /// or AirNow was found; third-party Chinese pages on the US AQI use the same terms, some with 有害 for Hazardous.
    /// </summary>
    public string NameZh { get; }

    /// <summary>The English category name, e.g. <c>lightly polluted</c> or <c>Unhealthy for Sensitive Groups</c>.</summary>
    public string NameEn { get; }

    /// <summary>The colour's name, e.g. <c>orange</c>.</summary>
    public string ColourName { get; }

    /// <summary>The colour as RGB.</summary>
    public RgbColour Colour { get; }

    /// <summary>True when <paramref name="aqi"/> lies in this level's range.</summary>
    /// <param name="aqi">An AQI.</param>
    /// <returns>True when contained.</returns>
    public bool Contains(int aqi) => aqi >= MinimumAqi && (MaximumAqi is null || aqi <= MaximumAqi);

    /// <summary>Formats as <c>3 lightly polluted (101–150)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Level} {NameEn} ({MinimumAqi}–{(MaximumAqi is int max ? max.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")})";
}
