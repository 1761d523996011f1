using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// The one wording of JSON errors for every format the library reads (the catalog, the aggregation states, calendars and
/// air data): the strict reader options they share, their own errors (<see cref="Error"/>), and System.Text.Json's
/// errors, whose messages name internal .NET types, rewritten into what the JSON should contain (<see cref="Describe"/>,
/// <see cref="Rewrite"/>).
/// </summary>
internal static partial class JsonMessages
{
    /// <summary>
    /// The reader options every format shares, set on <paramref name="options"/>: a repeated property, a comment and a
    /// trailing comma are errors (they would otherwise be "last wins" or skipped).
    /// </summary>
    /// <returns><paramref name="options"/>.</returns>
    internal static JsonSerializerOptions Strict(JsonSerializerOptions options)
    {
        options.AllowDuplicateProperties = false;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        return options;
    }

    /// <summary>
    /// A state or file format's own error: <c>{kind} JSON at {path}: {message}.</c>, with the path set (the catalog reports
    /// its errors as <see cref="CatalogError"/>s instead).
    /// </summary>
    internal static JsonException Error(string kind, string path, string message) =>
        new($"{kind} JSON at {path}: {message}.", path, null, null);

    /// <summary>True when <paramref name="ex"/> is already one of <see cref="Error"/>'s or <see cref="Rewrite"/>'s.</summary>
    internal static bool IsWorded(JsonException ex, string kind) => ex.Message.StartsWith(kind + " JSON at ", StringComparison.Ordinal);

    /// <summary>
    /// System.Text.Json's own error (syntax, a wrong type, an unknown or repeated property, and the number converters'
    /// "out of range" and "cannot be held exactly") in the words of <see cref="Error"/>: <c>{kind} JSON at {path}:
    /// {<see cref="Describe"/>}.</c>, followed for a syntax error (a comment, a trailing comma, malformed JSON) by its
    /// line and byte, as the path alone does not place it; path, line and byte are kept on the exception.
    /// </summary>
    internal static JsonException Rewrite(JsonException ex, string kind)
    {
        string path = ex.Path ?? "$";
        string at = ex.InnerException is JsonException && ex.LineNumber is long line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, byte {ex.BytePositionInLine + 1})")
            : "";
        return new JsonException($"{kind} JSON at {path}: {Describe(ex)}{at}.", path, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    /// <summary>
    /// What System.Text.Json's error says, in the formats' words and without its path and position suffix or final period
    /// (the catalog's <see cref="CatalogError"/> message, the middle of <see cref="Rewrite"/>'s).
    /// </summary>
    internal static string Describe(JsonException ex)
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
        return Clean(message).TrimEnd('.');
    }

    private static readonly Dictionary<string, string> Expectations = new(StringComparer.Ordinal)
    {
        ["System.Decimal"] = "a number",
        ["System.Int64"] = "a whole number",
        ["System.Boolean"] = "true or false",
        ["System.String"] = "a string",
    };

    /// <summary>One System.Text.Json message (without its path suffix) in the formats' words; other text unchanged.</summary>
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
            return $"the property '{duplicate.Groups[1].Value}' appears twice";
        }
        if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return "a property appears twice";
        }
        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the input is empty; expected a JSON object";
        }
        if (message.StartsWith("'/' is ", StringComparison.Ordinal))
        {
            // Outside strings a slash can only begin a comment.
            return "comments are not allowed";
        }
        if (message.Contains("trailing comma", StringComparison.Ordinal))
        {
            return "a trailing comma is not allowed";
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
