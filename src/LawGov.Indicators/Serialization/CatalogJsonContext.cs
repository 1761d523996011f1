using System.Text.Json.Serialization;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Source-generated serialization of the catalog format, strict as the README states: unknown and repeated properties,
/// comments and trailing commas are errors, and every number is read exactly (decimals and whole numbers through the
/// <see cref="NumberConverter{T}"/> converters) or not at all.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    Converters = [typeof(ExactDecimalConverter), typeof(ExactInt64Converter), typeof(ExactInt32Converter)],
    WriteIndented = true)]
[JsonSerializable(typeof(CatalogDto))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
