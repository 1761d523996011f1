using System.Diagnostics;
using System.Globalization;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// The progress line of a long read on stderr, when stderr is a terminal and the run has lasted more than a second (the
/// context's delay): one self-overwriting line, at most twice a second (its interval), cleared on dispose. Reports (bytes read so far) may come from several
/// threads.
/// </summary>
internal sealed class ProgressLine : IProgress<long>, IDisposable
{
    private readonly TimeSpan delay;
    private readonly TimeSpan interval;
    private readonly TextWriter error;
    private readonly string name;
    private readonly long length;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly object gate = new();
    private TimeSpan lastReport;
    private bool shown;

    /// <summary>A line for a read of <paramref name="length"/> bytes of <paramref name="name"/>.</summary>
    /// <param name="error">Where the line is written (stderr).</param>
    /// <param name="name">The file's name as shown.</param>
    /// <param name="length">The file's length in bytes.</param>
    /// <param name="delay">How long the read runs before the first line (the CLI's is <see cref="CliContext.ProgressDelay"/>).</param>
    /// <param name="interval">The shortest time between two lines (<see cref="CliContext.ProgressInterval"/>).</param>
    internal ProgressLine(TextWriter error, string name, long length, TimeSpan delay, TimeSpan interval)
    {
        this.delay = delay;
        this.interval = interval;
        this.error = error;
        this.name = name;
        this.length = length;
    }

    /// <summary>A progress line for <paramref name="file"/> when stderr is a terminal, timed as the context says; null otherwise.</summary>
    public static ProgressLine? For(FileStream file, CliContext context, string name) =>
        context.ErrorIsTerminal ? new ProgressLine(context.Error, name, file.Length, context.ProgressDelay, context.ProgressInterval) : null;

    public void Report(long value)
    {
        lock (gate)
        {
            TimeSpan now = watch.Elapsed;
            if (now >= delay && now - lastReport >= interval)
            {
                lastReport = now;
                shown = true;
                double percent = length > 0 ? 100.0 * value / length : 100.0;
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading {name}: {percent,5:0.0}% ({value / (1024 * 1024)} of {length / (1024 * 1024)} MiB)"));
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (shown)
            {
                error.Write("\r" + new string(' ', 72) + "\r");
                shown = false;
            }
        }
    }
}

/// <summary>
/// A read-only stream that reports how much of a file has been read, on stderr, when stderr is a terminal and the
/// run has lasted more than a second: one self-overwriting line, at most twice a second, cleared at the end.
/// Everything else passes through unchanged.
/// </summary>
internal sealed class ProgressStream : Stream
{
    private readonly Stream inner;
    private readonly ProgressLine line;
    private long position;

    internal ProgressStream(Stream inner, TextWriter error, string name, long length, TimeSpan delay, TimeSpan interval)
    {
        this.inner = inner;
        line = new ProgressLine(error, name, length, delay, interval);
    }

    /// <summary>Wraps <paramref name="inner"/> when progress can be shown; returns it unchanged otherwise.</summary>
    public static Stream Wrap(Stream inner, CliContext context, string name) =>
        context.ErrorIsTerminal && inner.CanSeek
            ? new ProgressStream(inner, context.Error, name, inner.Length, context.ProgressDelay, context.ProgressInterval)
            : inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Advance(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Advance(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Advance(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            line.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private int Advance(int read)
    {
        position += read;
        line.Report(position);
        return read;
    }
}
