using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
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

/// <summary>
/// Base of the number converters: checks the token is a JSON number, reads its text exactly (digits and power of ten,
/// no binary floating point and no rounding), converts it only when the value is held exactly, and turns every failure
/// into a <see cref="JsonException"/> that System.Text.Json completes with the JSON path. Values are written as plain
/// JSON numbers.
/// </summary>
internal abstract class NumberConverter<T> : JsonConverter<T>
    where T : struct
{
    /// <summary>What the number must be, for error messages.</summary>
    protected abstract string Expected { get; }

    /// <summary>Converts <paramref name="number"/> exactly, or says why it cannot be.</summary>
    protected abstract bool TryConvert(ExactNumber number, string text, out T value, out string? error);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"expected {Expected}, got {reader.TokenType}");
        }
        // A JSON number token is ASCII and has no escapes: its raw bytes are its text.
        string text = Encoding.ASCII.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        if (TryConvert(ExactNumber.Parse(text), text, out T value, out string? error))
        {
            return value;
        }
        throw new JsonException(error ?? $"expected {Expected}, got {text}");
    }
}

/// <summary>
/// Decimals, exactly as written: 62.02 keeps its two decimals and 5.2e1 is 52. A number a decimal cannot hold exactly
/// is an error, never rounded: beyond ±79228162514264337593543950335, non-zero but finer than 1e-28, or with non-zero
/// digits beyond the 28 decimal places and 96-bit significand a decimal keeps.
/// </summary>
internal sealed class ExactDecimalConverter : NumberConverter<decimal>
{
    private static readonly BigInteger MaxSignificand = new(decimal.MaxValue);

    protected override string Expected => "a number";

    protected override bool TryConvert(ExactNumber number, string text, out decimal value, out string? error)
    {
        value = 0m;
        error = null;
        string digits = number.Digits;
        if (digits.Length == 0)
        {
            value = new decimal(0, 0, 0, false, (byte)Math.Clamp(-number.Exponent, 0, Rounding.MaxDecimals));
            return true;
        }
        string outOfRange = $"out of range ({text} is outside ±{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)})";
        if (number.Exponent >= 0)
        {
            if (digits.Length + number.Exponent > 29)
            {
                error = outOfRange;
                return false;
            }
            digits += new string('0', (int)number.Exponent);
        }
        // Keep the written scale (62.020 has three decimals); drop trailing zeros only where a decimal cannot hold them.
        long scale = Math.Max(0, -number.Exponent);
        int trailing = digits.Length - digits.TrimEnd('0').Length;
        int drop = (int)Math.Min(trailing, Math.Max(0, scale - Rounding.MaxDecimals));
        digits = digits[..^drop];
        scale -= drop;
        trailing -= drop;
        if (scale > Rounding.MaxDecimals)
        {
            // Non-zero digits beyond the 28th decimal place: all of them (the value is finer than 1e-28), or some.
            error = digits.Length <= scale - Rounding.MaxDecimals
                ? $"out of range ({text} is not zero but finer than 1e-28, the smallest step a number here holds)"
                : $"{text} cannot be held exactly: a number here keeps at most 28 decimal places and 28 to 29 significant digits";
            return false;
        }
        while (trailing > 0 && scale > 0 && !Fits(digits))
        {
            digits = digits[..^1];
            scale--;
            trailing--;
        }
        if (!Fits(digits))
        {
            // Too large when the whole part alone exceeds the largest decimal; otherwise digits would be lost.
            long wholeDigits = digits.Length - scale;
            error = wholeDigits > 29 || (wholeDigits == 29 && !Fits(digits[..29]))
                ? outOfRange
                : $"{text} cannot be held exactly: a number here keeps at most 28 decimal places and 28 to 29 significant digits";
            return false;
        }
        var significand = (UInt128)BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        value = new decimal((int)(uint)significand, (int)(uint)(significand >> 32), (int)(uint)(significand >> 64), number.Negative, (byte)scale);
        return true;
    }

    /// <summary>True when the digits make a significand of at most 96 bits.</summary>
    private static bool Fits(string digits) =>
        digits.Length < 29 || (digits.Length == 29 && BigInteger.Parse(digits, CultureInfo.InvariantCulture) <= MaxSignificand);

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// Whole numbers of a range (counts as 64-bit, small settings as 32-bit integers). Any JSON number whose value is whole
/// is accepted (40, 40.0, 4e1); a fraction is "expected a whole number", a whole number beyond the range "out of range".
/// </summary>
internal abstract class WholeNumberConverter<T> : NumberConverter<T>
    where T : struct
{
    private readonly long min;
    private readonly long max;

    protected WholeNumberConverter(long min, long max)
    {
        this.min = min;
        this.max = max;
    }

    protected override string Expected => "a whole number";

    protected abstract T FromInt64(long value);

    protected abstract long ToInt64(T value);

    protected override bool TryConvert(ExactNumber number, string text, out T value, out string? error)
    {
        value = default;
        error = null;
        string digits = number.Digits;
        long exponent = number.Exponent;
        if (digits.Length > 0 && exponent < 0)
        {
            int trailing = digits.Length - digits.TrimEnd('0').Length;
            if (trailing < -exponent)
            {
                error = $"expected a whole number, got {text}";
                return false;
            }
            digits = digits[..^(int)-exponent];
            exponent = 0;
        }
        string range = string.Create(CultureInfo.InvariantCulture, $"out of range ({text} is outside {min}..{max})");
        if (digits.Length > 0 && digits.Length + exponent > 19)
        {
            error = range;
            return false;
        }
        BigInteger whole = digits.Length == 0
            ? BigInteger.Zero
            : BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, (int)exponent);
        if (number.Negative)
        {
            whole = -whole;
        }
        if (whole < min || whole > max)
        {
            error = range;
            return false;
        }
        value = FromInt64((long)whole);
        return true;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteNumberValue(ToInt64(value));
}

/// <summary>64-bit whole numbers: counts.</summary>
internal sealed class ExactInt64Converter() : WholeNumberConverter<long>(long.MinValue, long.MaxValue)
{
    protected override long FromInt64(long value) => value;

    protected override long ToInt64(long value) => value;
}

/// <summary>32-bit whole numbers: the format version and declared decimals.</summary>
internal sealed class ExactInt32Converter() : WholeNumberConverter<int>(int.MinValue, int.MaxValue)
{
    protected override int FromInt64(long value) => (int)value;

    protected override long ToInt64(int value) => value;
}

/// <summary>
/// The exact value of a JSON number's text: ± <see cref="Digits"/> · 10^<see cref="Exponent"/>, with the digits as
/// written (leading zeros removed, trailing zeros kept so that the written scale is known; empty for zero).
/// </summary>
internal readonly record struct ExactNumber(bool Negative, string Digits, long Exponent)
{
    /// <summary>Beyond this the exponent is saturated: no number the format holds comes near it.</summary>
    private const long ExponentLimit = 1_000_000_000_000;

    /// <summary>Parses the text of a valid JSON number token (-?int(.frac)?([eE][+-]?digits)?).</summary>
    internal static ExactNumber Parse(string text)
    {
        int i = 0;
        bool negative = text.Length > 0 && text[0] == '-';
        if (negative)
        {
            i++;
        }
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        string whole = text[start..i];
        string fraction = string.Empty;
        if (i < text.Length && text[i] == '.')
        {
            start = ++i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            fraction = text[start..i];
        }
        long exponent = 0;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            bool negativeExponent = i < text.Length && text[i] == '-';
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }
            for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                exponent = Math.Min(ExponentLimit, exponent * 10 + (text[i] - '0'));
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        string digits = (whole + fraction).TrimStart('0');
        return new ExactNumber(negative && digits.Length > 0, digits, exponent - fraction.Length);
    }
}
