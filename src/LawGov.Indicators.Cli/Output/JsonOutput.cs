using System.Text;
using System.Text.Json;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// JSON written to the command's output as it is produced, not built whole in memory first: a listing of millions of
/// overdue records is gigabytes of text, more than one string (or one array) can hold.
/// </summary>
internal static class JsonOutput
{
    /// <summary>The bytes a writer holds before they go to the output.</summary>
    private const int FlushThreshold = 1 << 16;

    /// <summary>Writes what <paramref name="write"/> produces as UTF-8 JSON to <paramref name="output"/>, then a line feed (as every output of the tool ends its lines).</summary>
    /// <param name="output">The command's output.</param>
    /// <param name="write">Writes the JSON to the stream it is given (flushing as it goes, or through <see cref="WriteWith"/>).</param>
    internal static void Write(TextWriter output, Action<Stream> write)
    {
        using (var stream = new TextWriterStream(output))
        {
            write(stream);
        }
        output.Write('\n');
    }

    /// <summary>Writes indented JSON with a <see cref="Utf8JsonWriter"/>; call <see cref="FlushIfFull"/> in long loops.</summary>
    /// <param name="output">The command's output.</param>
    /// <param name="write">Writes the document.</param>
    internal static void WriteWith(TextWriter output, Action<Utf8JsonWriter> write) =>
        Write(output, stream =>
        {
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            write(json);
        });

    /// <summary>Hands the writer's pending bytes to the output once they pass the threshold (64 KiB).</summary>
    /// <param name="json">The writer.</param>
    internal static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>A write-only stream that decodes UTF-8 onto a text writer (a sequence split between writes is kept).</summary>
    private sealed class TextWriterStream(TextWriter output) : Stream
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private readonly Decoder decoder = Utf8.GetDecoder();
        private char[] chars = new char[4096];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            // The bound covers a sequence carried over from the last write, so the bytes are decoded once.
            int bound = Utf8.GetMaxCharCount(buffer.Length);
            if (bound > chars.Length)
            {
                chars = new char[Math.Max(bound, chars.Length * 2)];
            }
            int written = decoder.GetChars(buffer, chars, flush: false);
            output.Write(chars, 0, written);
        }

        public override void Flush() => output.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
