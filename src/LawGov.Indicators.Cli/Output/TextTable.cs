using System.Globalization;
using System.Text;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// A plain-text or Markdown table, the one table writer of every command. Column widths count East Asian wide characters
/// (汉字, full-width punctuation) as two columns, so Chinese text lines up in a terminal. Every cell is one line: control
/// characters in it (a line break kept from a quoted CSV field, a tab, an escape) are written as escapes
/// (<see cref="Cell"/>), so no value can break a row or rewrite the terminal.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];
    private readonly HashSet<int> rightAligned = [];

    public TextTable(params string[] headers)
    {
        this.headers = Array.ConvertAll(headers, Cell);
    }

    /// <summary>Aligns the given columns (0-based) to the right in the text layout, as numbers are.</summary>
    /// <returns>This table.</returns>
    public TextTable AlignRight(params int[] columns)
    {
        rightAligned.UnionWith(columns);
        return this;
    }

    public void Add(params string[] cells) => rows.Add(Array.ConvertAll(cells, Cell));

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

    private void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            int padding = widths[i] - DisplayWidth(cells[i]);
            if (rightAligned.Contains(i))
            {
                line.Append(' ', padding).Append(cells[i]);
            }
            else
            {
                line.Append(cells[i]);
                if (i < cells.Length - 1)
                {
                    line.Append(' ', padding);
                }
            }
            if (i < cells.Length - 1)
            {
                line.Append(' ', 2);
            }
        }
        writer.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>
    /// A cell's text on one line: CR, LF and tab as <c>\r</c>, <c>\n</c>, <c>\t</c>; every other control character
    /// (C0, DEL, C1) and the line and paragraph separators U+2028 and U+2029 as <c>\uXXXX</c>; everything else as it is.
    /// </summary>
    public static string Cell(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            && !text.AsSpan().ContainsAny('\u2028', '\u2029'))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            _ = c switch
            {
                '\r' => escaped.Append("\\r"),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }
        return escaped.ToString();
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
