using System.Globalization;
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
    /// <summary>
    /// A state or file format's own error: <c>{kind} JSON at {path}: {message}.</c>, with the path set (the catalog reports
    /// its errors as <see cref="CatalogError"/>s instead).
    /// </summary>
    internal static JsonException Error(string kind, string path, string message) =>
        new($"{kind} JSON at {path}: {message}.", path, null, null);

    /// <summary>True when <paramref name="ex"/> is already one of <see cref="Error"/>'s or <see cref="Rewrite"/>'s.</summary>
    internal static bool IsWorded(JsonException ex, string kind) => ex.Message.StartsWith(kind + " JSON at ", StringComparison.Ordinal);

    /// <summary>
    /// System.Text.Json's own errors in a state or file format (syntax, a wrong type, an unknown or repeated property, and
    /// the number converters' "out of range" and "cannot be held exactly") in the words of <see cref="Error"/>, path, line
    /// and byte kept.
    /// </summary>
    internal static JsonException Rewrite(JsonException ex, string kind)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }
        if (cut >= 0)
        {
            message = message[..cut];
        }
        string at = string.Create(CultureInfo.InvariantCulture, $" (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
        message = message.StartsWith("Duplicate property '", StringComparison.Ordinal)
            ? "the property '" + message.Split('\'')[1] + "' appears twice"
            : message.Contains("trailing comma", StringComparison.Ordinal)
                ? "a trailing comma is not allowed" + at
                : message.StartsWith("'/' is ", StringComparison.Ordinal)
                    ? "comments are not allowed; found '/'" + at
                    : Clean(message).TrimEnd('.');
        string path = ex.Path ?? "$";
        return new JsonException($"{kind} JSON at {path}: {message}.", path, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    private static readonly Dictionary<string, string> Expectations = new(StringComparer.Ordinal)
    {
        ["System.Decimal"] = "a number",
        ["System.Int64"] = "a whole number",
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
            if (type.EndsWith("Dto", StringComparison.Ordinal) || type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal))
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
