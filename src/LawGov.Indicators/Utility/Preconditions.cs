using System.Globalization;

namespace LawGov.Indicators.Utility;

/// <summary>
/// Argument checks shared by every public constructor and factory. Each failure names the parameter and
/// the allowed range, so a programming error is found where it is made.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? argument, string paramName)
    {
        CheckNotNull(argument, paramName);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        return argument!;
    }

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"Value should be in range [{minInclusive}, {maxInclusive}]."));
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive) =>
        CheckArgumentRange(paramName, (long)value, minInclusive, maxInclusive);

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static TEnum CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                $"Value is not a defined {typeof(TEnum).Name}.");
        }
        return value;
    }

    /// <summary>A read-only copy of <paramref name="items"/> (empty for null) that callers cannot cast back and change.</summary>
    internal static IReadOnlyList<T> CheckNoNulls<T>(IEnumerable<T>? items, string paramName)
        where T : class
    {
        T[] copy = (items ?? []).ToArray();
        CheckArgument(Array.TrueForAll(copy, item => item is not null), paramName, "The collection must not contain null.");
        return Array.AsReadOnly(copy);
    }
}
