using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Serialization;

/// <summary>
/// The outcome of reading a catalog: the catalog built from every entry that could be read, and the errors of
/// the others. A malformed document (invalid JSON) has no catalog.
/// </summary>
public sealed class CatalogReadResult
{
    internal CatalogReadResult(Catalog? catalog, IReadOnlyList<CatalogError> errors)
    {
        Catalog = catalog;
        Errors = errors;
    }

    /// <summary>The catalog of the good entries, or null when the JSON could not be read at all.</summary>
    public Catalog? Catalog { get; }

    /// <summary>The problems found, in document order.</summary>
    public IReadOnlyList<CatalogError> Errors { get; }

    /// <summary>True when there are no errors.</summary>
    public bool Success => Errors.Count == 0 && Catalog is not null;
}
