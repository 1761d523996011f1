using LawGov.Indicators.Cli.Output;

namespace LawGov.Indicators.Tests.Cli;

public class TextTableTests
{
    // Every control character becomes a visible escape, so a cell is always one line: CR, LF and tab by their C escapes,
    // ESC (U+001B), DEL (U+007F), NEL (U+0085) and the line separator U+2028 by code; other text, Chinese included, stays.
    [Theory]
    [InlineData("A\r\nB", "A\\r\\nB")]
    [InlineData("a\tb", "a\\tb")]
    [InlineData("\u001B[2J", "\\u001B[2J")]
    [InlineData("x\u007Fy\u0085z\u2028", "x\\u007Fy\\u0085z\\u2028")]
    [InlineData("兰山区 \\n", "兰山区 \\n")]
    public void Cell_ControlCharacters_AreEscaped(string text, string expected) => Assert.Equal(expected, TextTable.Cell(text));

    // Both layouts write the escaped cell; the text layout pads by the escaped width (A\r\nB is 6 columns).
    [Fact]
    public void WriteTextAndMarkdown_CellWithLineBreak_StaysOnItsRow()
    {
        var table = new TextTable("key", "n").AlignRight(1);
        table.Add("A\r\nB", "1");
        table.Add("C", "22");
        var text = new StringWriter { NewLine = "\n" };
        var markdown = new StringWriter { NewLine = "\n" };

        table.WriteText(text);
        table.WriteMarkdown(markdown);

        Assert.Equal("key      n\n------  --\nA\\r\\nB   1\nC       22\n", text.ToString());
        Assert.Equal("| key | n |\n| --- | --- |\n| A\\r\\nB | 1 |\n| C | 22 |\n", markdown.ToString());
    }
}
