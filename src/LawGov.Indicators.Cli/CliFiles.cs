using System.Text.Json;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;

namespace LawGov.Indicators.Cli;

/// <summary>Opening the files a command names, with messages that name the file and the problem.</summary>
internal static class CliFiles
{
    /// <summary>Opens a file for reading. <paramref name="bulk"/>: the reader reads large blocks itself, so no buffer.</summary>
    public static FileStream OpenRead(string path, string what, bool bulk = false)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: bulk ? 1 : 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string reason = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException when Directory.Exists(path) => "it is a directory, not a file",
                UnauthorizedAccessException => "permission denied",
                _ => ex.Message,
            };
            throw new CliInputException($"{path}: cannot read the {what}: {reason}.", ex);
        }
    }

    /// <summary>Reads a catalog; every error (with its JSON path and line) goes into the exception message.</summary>
    public static Catalog ReadCatalog(string path)
    {
        using FileStream stream = OpenRead(path, "catalog");
        CatalogReadResult result = CatalogJson.TryRead(stream, path);
        if (result.Success)
        {
            return result.Catalog!;
        }
        throw new CliInputException(string.Join(Environment.NewLine, result.Errors.Select(e => $"{path}: {e}")));
    }

    /// <summary>Reads a figures file for a catalog.</summary>
    public static IReadOnlyList<ReportedFigure> ReadFigures(string path, Catalog catalog)
    {
        using FileStream stream = OpenRead(path, "figures file");
        try
        {
            return CatalogJson.ReadFigures(stream, catalog, sourceName: path, documentTitle: Path.GetFileName(path));
        }
        catch (JsonException ex)
        {
            throw new CliInputException(ex.Message, ex);
        }
    }
}
