using System.ComponentModel;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Reads and writes the JSON catalog format (indicators, targets, reported figures, provenance) and produces its
/// JSON Schema. Bad input never escapes as anything but a <see cref="JsonException"/> that names the JSON path
/// and what was expected — or, with <see cref="TryRead"/>, as a result listing every problem.
/// </summary>
public static class CatalogJson
{
    // Written for files, not for embedding in HTML: Chinese text and ' " < > & stay as they are (control characters
    // and lone surrogates are still escaped). Exact numbers come from the context; the strict reading rules are the
    // ones every format of the package shares (JsonMessages.Strict).
    private static readonly JsonSerializerOptions Options = JsonMessages.Strict(new(CatalogJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static JsonTypeInfo<CatalogDto> TypeInfo => (JsonTypeInfo<CatalogDto>)Options.GetTypeInfo(typeof(CatalogDto));

    /// <summary>Reads a catalog.</summary>
    /// <param name="utf8Json">The JSON, UTF-8.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The JSON is malformed or the catalog has errors; the message lists each with
    /// its JSON path, and <see cref="JsonException.Path"/> is the first one's.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static Catalog Read(Stream utf8Json, string? sourceName = null)
    {
        CatalogReadResult result = TryRead(utf8Json, sourceName);
        return result.Success ? result.Catalog! : throw ToException(sourceName, result.Errors);
    }

    /// <summary>Reads a catalog from a string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="JsonException">The JSON is malformed or the catalog has errors.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Catalog Parse(string json, string? sourceName = null)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, sourceName);
    }

    /// <summary>
    /// Reads a catalog, keeping the entries that can be read and reporting the others. A value of the wrong JSON type
    /// (a string where a number belongs, an unknown property, malformed JSON) rejects the whole document with one error;
    /// problems of meaning (unknown references, missing parts, impossible combinations) leave out only their entry.
    /// </summary>
    /// <param name="utf8Json">The JSON, UTF-8.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The catalog of the good entries (null if the JSON itself is malformed) and every error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static CatalogReadResult TryRead(Stream utf8Json, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        var (parsed, error) = Deserialize(utf8Json);
        if (parsed is null)
        {
            return new CatalogReadResult(null, [error!]);
        }
        var reader = new CatalogReader();
        Catalog? catalog = reader.ReadCatalog(parsed);
        return new CatalogReadResult(catalog, reader.Errors);
    }

    /// <summary>
    /// Reads a file of reported figures for a catalog: figures refer to the catalog's indicators or targets, and to
    /// documents of the catalog or of the file. A figure without a source gets a document named after the file.
    /// </summary>
    /// <param name="utf8Json">The JSON, UTF-8: an object with <c>figures</c> (and optionally <c>documents</c>, <c>jurisdiction</c>).</param>
    /// <param name="catalog">The catalog the figures belong to.</param>
    /// <param name="sourceName">A name for messages (e.g. the file's path).</param>
    /// <param name="documentTitle">The title of the default source document; null for <paramref name="sourceName"/>.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="JsonException">The JSON is malformed or a figure has errors (unknown target or indicator,
    /// wrong unit…); the message lists each with its JSON path.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static IReadOnlyList<ReportedFigure> ReadFigures(Stream utf8Json, Catalog catalog, string? sourceName = null, string? documentTitle = null)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        var (parsed, error) = Deserialize(utf8Json);
        if (parsed is null)
        {
            throw ToException(sourceName, [error!]);
        }
        var reader = new CatalogReader();
        string name = !string.IsNullOrWhiteSpace(documentTitle) ? documentTitle : string.IsNullOrWhiteSpace(sourceName) ? "figures" : sourceName;
        List<ReportedFigure> figures = reader.ReadFigures(parsed, catalog, new SourceDocument("file:" + name, name, DocumentKind.Other));
        return reader.Errors.Count == 0 ? figures : throw ToException(sourceName, reader.Errors);
    }

    /// <summary>
    /// Writes a catalog as indented UTF-8 JSON in normalised form: scopes, periods, sources, rounding and units written
    /// out on every entry; other values only where they differ from their defaults.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static void Write(Catalog catalog, Stream utf8Json)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonSerializer.Serialize(utf8Json, CatalogWriter.ToDto(catalog), TypeInfo);
    }

    /// <summary>Writes a catalog as indented JSON text in normalised form (see <see cref="Write(Catalog, Stream)"/>).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Write(Catalog catalog)
    {
        Preconditions.CheckNotNull(catalog, nameof(catalog));
        return JsonSerializer.Serialize(CatalogWriter.ToDto(catalog), TypeInfo);
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the catalog format, generated from the format's own types with
    /// System.Text.Json's schema exporter.
    /// </summary>
    /// <returns>The schema, indented JSON.</returns>
    public static string GetSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        JsonNode schema = Options.GetJsonSchemaAsNode(typeof(CatalogDto), exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "LawGov.Indicators catalog",
        };
        foreach (var (key, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            root[key] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode node)
    {
        // The NodaTime types, units and numbers are read by our own converters; describe them by type, as the exporter
        // would otherwise describe their .NET shape (or, for numbers, nothing at all).
        Type shape = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        bool nullable = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null;
        JsonNode result = shape switch
        {
            _ when shape == typeof(decimal) => NumberSchema("number", nullable),
            _ when shape == typeof(long) || shape == typeof(int) => NumberSchema("integer", nullable),
            _ when shape == typeof(NodaTime.LocalDate) => StringSchema(@"^\d{4}-\d{2}-\d{2}$", "ISO date yyyy-MM-dd"),
            _ when shape == typeof(NodaTime.AnnualDate) => StringSchema(@"^\d{2}-\d{2}$", "month and day MM-dd"),
            _ when shape == typeof(NodaTime.DateInterval) => StringSchema(@"^\d{4}(-\d{2}-\d{2}/\d{4}-\d{2}-\d{2})?$", "a year (2020) or an inclusive ISO interval yyyy-MM-dd/yyyy-MM-dd"),
            _ when shape == typeof(Unit) => new JsonObject
            {
                ["type"] = new JsonArray("string", "null"),
                ["enum"] = new JsonArray(Units.All.Select(u => (JsonNode?)JsonValue.Create(u.Code())).Append(null).ToArray()),
            },
            { IsEnum: true } => EnumSchema(shape, nullable),
            { IsGenericType: true } when shape.GetGenericTypeDefinition() == typeof(List<>) && shape.GenericTypeArguments[0].IsEnum && node is JsonObject list
                => WithItems(list, EnumSchema(shape.GenericTypeArguments[0], nullable: false)),
            { IsGenericType: true } when shape.GetGenericTypeDefinition() == typeof(List<>) && shape.GenericTypeArguments[0] == typeof(decimal) && node is JsonObject numbers && !numbers.ContainsKey("$ref")
                => WithItems(numbers, NumberSchema("number", nullable: false)),
            _ when context.PropertyInfo?.AttributeProvider?.IsDefined(typeof(StandardCodesAttribute), false) == true => new JsonObject
            {
                ["type"] = new JsonArray("string", "null"),
                ["enum"] = new JsonArray(Indicator.StandardCodes.Select(c => (JsonNode?)JsonValue.Create(c)).Append(null).ToArray()),
            },
            _ => node,
        };
        if (context.PropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(DescriptionAttribute), false).FirstOrDefault() is DescriptionAttribute property
            && result is JsonObject withProperty)
        {
            withProperty["description"] = property.Description;
        }
        else if (context.PropertyInfo is null && context.TypeInfo.Type.GetCustomAttribute<DescriptionAttribute>() is { } type && result is JsonObject withType)
        {
            withType["description"] = type.Description;
        }
        return result;
    }

    /// <summary>An enum written by <see cref="CamelCaseEnumConverter{TEnum}"/>: its camelCase names.</summary>
    private static JsonObject EnumSchema(Type type, bool nullable) => new()
    {
        ["enum"] = new JsonArray(Enum.GetNames(type).Select(n => (JsonNode?)JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(n)))
            .Concat(nullable ? [null] : []).ToArray()),
    };

    private static JsonObject NumberSchema(string type, bool nullable) => new()
    {
        ["type"] = nullable ? new JsonArray(type, "null") : type,
    };

    private static JsonObject WithItems(JsonObject array, JsonObject items)
    {
        array["items"] = items;
        return array;
    }

    private static JsonObject StringSchema(string pattern, string description) => new()
    {
        ["type"] = new JsonArray("string", "null"),
        ["pattern"] = pattern,
        ["description"] = description,
    };

    private static (CatalogDto? Dto, CatalogError? Error) Deserialize(Stream utf8Json)
    {
        try
        {
            CatalogDto? dto = JsonSerializer.Deserialize(utf8Json, TypeInfo);
            return dto is null ? (null, new CatalogError("$", "expected a JSON object, got null")) : (dto, null);
        }
        catch (JsonException ex)
        {
            return (null, FromJsonException(ex));
        }
    }

    private static CatalogError FromJsonException(JsonException ex) => new(ex.Path ?? "$", JsonMessages.Describe(ex), ex.LineNumber + 1);

    private static JsonException ToException(string? sourceName, IReadOnlyList<CatalogError> errors)
    {
        string prefix = string.IsNullOrWhiteSpace(sourceName) ? "catalog" : sourceName;
        string message = errors.Count == 1
            ? $"{prefix}: {errors[0]}"
            : $"{prefix}: {errors.Count} errors:" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
        return new JsonException(message, errors[0].Path, errors[0].LineNumber - 1, null);
    }
}
