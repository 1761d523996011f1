using System.Reflection;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.Targets;

/// <summary>
/// The catalogs of the five seed documents, embedded in the package: every quantitative target and reported
/// figure of each, with provenance.
/// </summary>
public static class SeedCatalogs
{
    private const string Prefix = "LawGov.Indicators.Seeds.";

    /// <summary>临沂市2020年法治政府建设工作计划 (临政办字〔2020〕86号), a city work plan.</summary>
    public const string Linyi2020 = "linyi-2020";

    /// <summary>高州市2020年法治政府建设年度报告, a county-level city's annual report.</summary>
    public const string Gaozhou2020 = "gaozhou-2020";

    /// <summary>长治市 implementation plan of the 法治政府建设实施纲要 (2015–2020).</summary>
    public const string Changzhi2015To2020 = "changzhi-2015-2020";

    /// <summary>2020年昆山市法治政府建设工作要点 (昆政办发〔2020〕94号), a city's key points.</summary>
    public const string Kunshan2020 = "kunshan-2020";

    /// <summary>乐山高新区2019年度法治政府建设情况的报告, a high-tech zone's annual report.</summary>
    public const string LeshanHighTechZone2019 = "leshan-hightech-2019";

    /// <summary>The names of the embedded catalogs, in document order.</summary>
    public static IReadOnlyList<string> Names { get; } = [Linyi2020, Gaozhou2020, Changzhi2015To2020, Kunshan2020, LeshanHighTechZone2019];

    /// <summary>Opens an embedded catalog's JSON.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>A stream of UTF-8 JSON; the caller disposes it.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an embedded catalog.</exception>
    public static Stream Open(string name)
    {
        Preconditions.CheckNotBlank(name, nameof(name));
        return typeof(SeedCatalogs).Assembly.GetManifestResourceStream(Prefix + name + ".json")
            ?? throw new ArgumentException($"'{name}' is not an embedded seed catalog; expected one of: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Loads an embedded catalog.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an embedded catalog.</exception>
    public static Catalog Load(string name)
    {
        using Stream stream = Open(name);
        return CatalogJson.Read(stream, name + ".json");
    }

    /// <summary>The names of the catalogs actually embedded in this assembly (for diagnostics).</summary>
    internal static IEnumerable<string> Embedded() =>
        typeof(SeedCatalogs).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length]);
}
