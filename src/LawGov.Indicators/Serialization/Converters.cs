using System.Text.Json;
using System.Text.Json.Serialization;
using LawGov.Indicators.Measures;

using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// Base of the text converters: checks the token is a string, parses it, and turns every failure into a
/// <see cref="JsonException"/> (inner exception kept) that System.Text.Json completes with the JSON path.
/// </summary>
internal abstract class TextConverter<T> : JsonConverter<T>
{
    /// <summary>What the text must look like, for error messages.</summary>
    protected abstract string Expected { get; }

    protected abstract bool TryParse(string text, out T value, out string? error);

    protected abstract string Format(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {Expected} as a JSON string, got {reader.TokenType}");
        }
        string text = reader.GetString()!;
        try
        {
            if (TryParse(text, out T value, out string? error))
            {
                return value;
            }
            throw new JsonException(error ?? $"expected {Expected}, got '{text}'");
        }
        catch (Exception ex) when (ex is not JsonException)
        {
            throw new JsonException($"expected {Expected}, got '{text}'", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WritePropertyName(Format(value));
}

/// <summary>A NodaTime value written and read with one of NodaTime's ISO patterns.</summary>
internal abstract class PatternConverter<T> : TextConverter<T>
{
    private readonly IPattern<T> pattern;

    protected PatternConverter(IPattern<T> pattern)
    {
        this.pattern = pattern;
    }

    protected override bool TryParse(string text, out T value, out string? error)
    {
        ParseResult<T> result = pattern.Parse(text);
        value = result.Success ? result.Value : default!;
        error = result.Success ? null : $"expected {Expected}, got '{text}'";
        return result.Success;
    }

    protected override string Format(T value) => pattern.Format(value);
}

/// <summary>ISO calendar dates, <c>2020-07-17</c>.</summary>
internal sealed class LocalDateConverter() : PatternConverter<LocalDate>(LocalDatePattern.Iso)
{
    protected override string Expected => "an ISO date (yyyy-MM-dd)";
}

/// <summary>Month and day recurring each year, <c>03-31</c>.</summary>
internal sealed class AnnualDateConverter() : PatternConverter<AnnualDate>(AnnualDatePattern.Iso)
{
    protected override string Expected => "a month and day (MM-dd)";
}

/// <summary>Periods: a calendar year <c>2020</c> or an inclusive ISO interval <c>2020-01-01/2020-11-30</c>.</summary>
internal sealed class DateIntervalConverter : TextConverter<DateInterval>
{
    protected override string Expected => "a year (2020) or an ISO date interval (2020-01-01/2020-06-30)";

    protected override bool TryParse(string text, out DateInterval value, out string? error)
    {
        DateInterval? parsed = Periods.TryParse(text, out error);
        value = parsed!;
        return parsed is not null;
    }

    protected override string Format(DateInterval value) => Periods.Format(value);
}

/// <summary>Units by code, symbol or alias (<c>ug/m3</c>, <c>µg/m³</c>, <c>%</c>); written as the code.</summary>
internal sealed class UnitConverter : TextConverter<Unit>
{
    protected override string Expected => "a unit (" + Units.AcceptedCodes + ")";

    protected override bool TryParse(string text, out Unit value, out string? error)
    {
        bool ok = Units.TryParse(text, out value);
        error = ok ? null : $"unknown unit '{text}'; expected one of: {Units.AcceptedCodes}";
        return ok;
    }

    protected override string Format(Unit value) => value.Code();
}

/// <summary>
/// Enums as camelCase strings (<c>halfEven</c>, <c>higherIsBetter</c>): exactly one defined value. Numbers and
/// comma-separated lists (which <see cref="JsonStringEnumConverter{TEnum}"/> would accept as flags) are refused.
/// </summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static string Expected => "one of: " + string.Join(", ", ByName.Keys);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {Expected} as a JSON string, got {reader.TokenType}");
        }
        string text = reader.GetString()!;
        return ByName.TryGetValue(text, out TEnum value) ? value : throw new JsonException($"expected {Expected}, got '{text}'");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));
}
