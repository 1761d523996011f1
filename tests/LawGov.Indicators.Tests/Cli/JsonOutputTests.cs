using System.Text;
using System.Text.Json;
using LawGov.Indicators.Cli.Output;

namespace LawGov.Indicators.Tests.Cli;

public class JsonOutputTests
{
    // Written unescaped, as the catalog and result JSON is.
    private static readonly JsonWriterOptions Relaxed = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // 20,000 records of Chinese keys (3 UTF-8 bytes a character, unescaped) flushed every 64 KiB: the text that reaches
    // the writer is exactly the document built in memory, plus a line feed.
    [Fact]
    public void Write_FlushedInParts_GivesTheWholeDocument()
    {
        void Document(Utf8JsonWriter json)
        {
            json.WriteStartArray();
            for (int i = 0; i < 20_000; i++)
            {
                json.WriteStartObject();
                json.WriteString("key", "临沂市兰山区" + i);
                json.WriteNumber("line", i);
                json.WriteEndObject();
                JsonOutput.FlushIfFull(json);
            }
            json.WriteEndArray();
        }
        using var expected = new MemoryStream();
        using (var json = new Utf8JsonWriter(expected, Relaxed))
        {
            Document(json);
        }
        var output = new StringWriter();

        JsonOutput.Write(output, stream =>
        {
            using var json = new Utf8JsonWriter(stream, Relaxed);
            Document(json);
        });

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()) + "\n", output.ToString());
        Assert.True(expected.Length > 4 * 65536); // the document spans several 64 KiB flushes
    }

    // A writer hands whole tokens to the stream, but a stream's caller may cut a character anywhere: 临 (E4 B8 B4) and
    // 沂 (E6 B2 82) written a byte or two at a time still arrive as the two characters.
    [Fact]
    public void Write_CharacterCutBetweenWrites_IsDecodedWhole()
    {
        byte[] bytes = "临沂"u8.ToArray();
        var output = new StringWriter();

        JsonOutput.Write(output, stream =>
        {
            stream.Write(bytes, 0, 1);
            stream.Write(bytes, 1, 1);
            stream.Write(bytes, 2, 2);
            stream.Write(bytes, 4, 2);
        });

        Assert.Equal("临沂\n", output.ToString());
    }
}
