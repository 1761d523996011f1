using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// The codes of the <see cref="Qualifiers"/> flags, as the catalog format writes them (<c>soft</c>, <c>implied</c>): the
/// one mapping between the flags and their text, used by the JSON reader and writer and by anything that prints them.
/// </summary>
public static class QualifierCodes
{
    private static readonly (Qualifiers Flag, string Code)[] Table = [(Qualifiers.Soft, "soft"), (Qualifiers.Implied, "implied")];

    private const Qualifiers Known = Qualifiers.Soft | Qualifiers.Implied;

    /// <summary>The codes of the flags set, in a fixed order (soft, then implied); empty for <see cref="Qualifiers.None"/>.</summary>
    /// <param name="qualifiers">The flags.</param>
    /// <returns>The codes.</returns>
    public static IReadOnlyList<string> Of(Qualifiers qualifiers) =>
        Array.AsReadOnly(Table.Where(entry => qualifiers.HasFlag(entry.Flag)).Select(entry => entry.Code).ToArray());

    /// <summary>The codes joined for display: <c>soft</c>, <c>implied</c>, <c>soft, implied</c>, or empty.</summary>
    /// <param name="qualifiers">The flags.</param>
    /// <returns>The text.</returns>
    public static string Format(Qualifiers qualifiers) => string.Join(", ", Of(qualifiers));

    /// <summary>The flag of a code, or null when the code is unknown (codes are compared exactly).</summary>
    internal static Qualifiers? FromCode(string code)
    {
        foreach (var (flag, known) in Table)
        {
            if (known == code)
            {
                return flag;
            }
        }
        return null;
    }

    /// <summary>The flags, when they are all known; otherwise an <see cref="ArgumentException"/> naming the parameter.</summary>
    internal static Qualifiers CheckKnown(Qualifiers qualifiers, string paramName)
    {
        Preconditions.CheckArgument((qualifiers & ~Known) == 0, paramName, "Unknown qualifier flags.");
        return qualifiers;
    }
}
