using System.Text.Json;
using System.Text.RegularExpressions;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Rewrites System.Text.Json's messages, which name internal .NET types, into what the JSON should contain.
/// </summary>
internal static partial class JsonMessages
{
    private static readonly Dictionary<string, string> Expectations = new(StringComparer.Ordinal)
    {
        ["System.Decimal"] = "a number",
        ["System.Int64"] = "a whole number",
        ["System.Int32"] = "a whole number",
        ["System.Boolean"] = "true or false",
        ["System.String"] = "a string",
    };

    internal static string Clean(string message)
    {
        Match unmapped = UnmappedProperty().Match(message);
        if (unmapped.Success)
        {
            return $"unknown property '{unmapped.Groups[1].Value}'";
        }
        Match converted = NotConverted().Match(message);
        if (converted.Success)
        {
            string type = converted.Groups[1].Value;
            Match nullable = NullableOf().Match(type);
            if (nullable.Success)
            {
                type = nullable.Groups[1].Value;
            }
            if (Expectations.TryGetValue(type, out string? expected))
            {
                return "expected " + expected;
            }
            if (type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal))
            {
                return "expected an array";
            }
            if (type.EndsWith("Dto", StringComparison.Ordinal))
            {
                return "expected an object";
            }
        }
        return message;
    }

    [GeneratedRegex(@"^The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"^The JSON value could not be converted to ([^ ]+?)\.?$")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$")]
    private static partial Regex NullableOf();
}
