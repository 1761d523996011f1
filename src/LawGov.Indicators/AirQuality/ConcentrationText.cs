using System.Text;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Reads one concentration written as text by the rule of the hourly CSV reader (<see cref="HourlyAirData.ReadCsv"/>):
/// a plain decimal number with a point, at most 7 digits before it and 6 decimals after it (trailing zeros aside), so
/// that every accepted value is exact. Anything else is refused rather than rounded: a <c>decimal</c> parse would
/// silently round <c>2.20000000000000000000000000001</c> (29 significant digits) to 2.2.
/// </summary>
public static class ConcentrationText
{
    /// <summary>Parses a concentration.</summary>
    /// <param name="text">The text, e.g. <c>35</c> or <c>2.2</c>.</param>
    /// <param name="concentration">The exact value, when accepted.</param>
    /// <param name="error">Why the text was refused (too many digits or decimals, not a number, a quote, a missing-value
    /// marker such as <c>NA</c>, or a negative value), or null.</param>
    /// <returns>True when the text is an exact, non-negative concentration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, out decimal concentration, out string? error)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        concentration = 0m;
        if (text.Contains('"', StringComparison.Ordinal))
        {
            // The CSV reader unquotes a quoted field before reading it; a lone value is not a CSV field.
            error = $"'{text}' holds a quote; expected a plain number";
            return false;
        }
        switch (HourlyCsvParser.TryParseValue(Encoding.UTF8.GetBytes(text), out long millionths, out error))
        {
            case HourlyCsvParser.ValueStatus.Value:
                // Exact at scale 6; the division drops trailing zeros (2.200000 -> 2.2) without changing the value.
                concentration = FixedPoint.ToDecimal(millionths) / 1.000000000000000000000000000000000m;
                return true;
            case HourlyCsvParser.ValueStatus.Missing:
                error = text.Trim().StartsWith('-') && text.Trim().Length > 1
                    ? $"'{text}' is negative; a concentration cannot be negative (the hourly CSV reader reads it as a missing value)"
                    : $"'{text}' marks a missing value; expected a concentration";
                return false;
            default:
                return false;
        }
    }
}
