using System.Diagnostics;
using System.Globalization;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// The progress line of a long read on stderr, when stderr is a terminal and the run has lasted more than a second: one
/// self-overwriting line, at most twice a second, cleared on dispose. Reports (bytes read so far) may come from several
/// threads.
/// </summary>
internal sealed class ProgressLine : IProgress<long>, IDisposable
{
    /// <summary>The delay and interval of lines created in this async flow, when a test has set them; null otherwise.</summary>
    private static readonly AsyncLocal<(TimeSpan Delay, TimeSpan Interval)?> Timing = new();

    private readonly TimeSpan delay;
    private readonly TimeSpan interval;
    private readonly TextWriter error;
    private readonly string name;
    private readonly long length;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly object gate = new();
    private TimeSpan lastReport;
    private bool shown;

    internal ProgressLine(TextWriter error, string name, long length, TimeSpan? delay = null, TimeSpan? interval = null)
    {
        this.delay = delay ?? Timing.Value?.Delay ?? TimeSpan.FromSeconds(1);
        this.interval = interval ?? Timing.Value?.Interval ?? TimeSpan.FromMilliseconds(500);
        this.error = error;
        this.name = name;
        this.length = length;
    }

    /// <summary>
    /// Test seam: progress lines created in this async flow, until the result is disposed, show every report at once
    /// (no one-second delay, no half-second interval), so a command's wiring can be seen on a small file.
    /// </summary>
    internal static IDisposable ShowEveryReportForTests()
    {
        (TimeSpan, TimeSpan)? previous = Timing.Value;
        Timing.Value = (TimeSpan.Zero, TimeSpan.Zero);
        return new TimingScope(previous);
    }

    /// <summary>A progress line for <paramref name="file"/> when stderr is a terminal; null otherwise.</summary>
    public static ProgressLine? For(FileStream file, CliContext context, string name) =>
        context.ErrorIsTerminal ? new ProgressLine(context.Error, name, file.Length) : null;

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

    private sealed class TimingScope((TimeSpan, TimeSpan)? previous) : IDisposable
    {
        public void Dispose() => Timing.Value = previous;
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

    internal ProgressStream(Stream inner, TextWriter error, string name, long length, TimeSpan? delay = null, TimeSpan? interval = null)
    {
        this.inner = inner;
        line = new ProgressLine(error, name, length, delay, interval);
    }

    /// <summary>Wraps <paramref name="inner"/> when progress can be shown; returns it unchanged otherwise.</summary>
    public static Stream Wrap(Stream inner, CliContext context, string name) =>
        context.ErrorIsTerminal && inner.CanSeek ? new ProgressStream(inner, context.Error, name, inner.Length) : inner;

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
