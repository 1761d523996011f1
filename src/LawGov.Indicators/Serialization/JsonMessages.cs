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
        Match duplicate = DuplicateProperty().Match(message);
        if (duplicate.Success)
        {
            return $"property '{duplicate.Groups[1].Value}' is given more than once";
        }
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the file is empty; expected a JSON object";
        }
        if (message.StartsWith("'/' is ", StringComparison.Ordinal))
        {
            // Outside strings a slash can only begin a comment.
            return "a comment; comments are not allowed";
        }
        if (message.Contains("contains a trailing comma", StringComparison.Ordinal))
        {
            return "trailing comma; expected another value, or the end of the object or array without a comma";
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

    [GeneratedRegex(@"^Duplicate property '([^']*)' encountered")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex(@"^The JSON value could not be converted to ([^ ]+?)\.?$")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"^System\.Nullable`1\[(.+)\]$")]
    private static partial Regex NullableOf();
}
