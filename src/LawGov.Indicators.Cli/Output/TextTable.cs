using System.Globalization;
using System.Text;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// A plain-text or Markdown table. Column widths count East Asian wide characters (汉字, full-width punctuation)
/// as two columns, so Chinese text lines up in a terminal.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    public TextTable(params string[] headers)
    {
        this.headers = headers;
    }

    public void Add(params string[] cells) => rows.Add(cells);

    public void WriteText(TextWriter writer)
    {
        int[] widths = Widths();
        WriteRow(writer, headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (string[] row in rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    public void WriteMarkdown(TextWriter writer)
    {
        writer.WriteLine("| " + string.Join(" | ", headers.Select(Escape)) + " |");
        writer.WriteLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (string[] row in rows)
        {
            writer.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
        }
    }

    private int[] Widths() =>
        headers.Select((h, i) => Math.Max(DisplayWidth(h), rows.Count == 0 ? 0 : rows.Max(r => DisplayWidth(r[i])))).ToArray();

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            line.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                line.Append(' ', widths[i] - DisplayWidth(cells[i]) + 2);
            }
        }
        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Terminal columns a text occupies: wide and full-width characters count two.</summary>
    public static int DisplayWidth(string text)
    {
        int width = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? 0 : 1;
        }
        return width;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x20000 and <= 0x3FFFD);
}
