using System.Buffers;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Reads hourly monitoring data (CSV or in-memory observations) into daily series per city and station.
/// </summary>
/// <remarks>
/// The CSV reader streams: it reads UTF-8 bytes in pooled blocks and parses each block's lines in one pass, applying
/// every row to its station's day as soon as it is parsed. With <see cref="HourlyDataOptions.MaxDegreeOfParallelism"/>
/// above 1, a file (or a memory stream whose buffer is visible) of a few blocks or more is cut at line breaks into parts
/// read at once, one thread each, and the parts are joined in input order; a part that cannot be joined exactly as if it
/// had been read in sequence (a station's rows going back across the cut, or repeating an hour of the day the cut
/// splits) is read again in sequence. Other streams are read in sequence, the next block on another thread while one is
/// parsed. Either way results and issues do not depend on block sizes or threads. Memory does not grow with the length
/// of the series beyond one day buffer per station (per part) and the daily series.
/// </remarks>
public static class HourlyAirData
{
    /// <summary>
    /// Reads hourly CSV: header <c>station,time,PM2.5,PM10,SO2,NO2,CO,O3</c> (any order, other columns ignored, optional
    /// <c>city</c>), times <c>yyyy-MM-ddTHH:mm</c> or <c>yyyy-MM-dd HH:mm</c>, µg/m³ (CO mg/m³); empty, <c>NA</c>,
    /// <c>-</c> and negative values are missing.
    /// </summary>
    /// <param name="utf8Csv">The CSV as UTF-8 bytes (a byte order mark is skipped). Not closed.</param>
    /// <param name="options">Reading options, or null for <see cref="HourlyDataOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading between chunks.</param>
    /// <returns>The data set, or the error that makes the input unreadable (no header, missing column).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static AirDataReadResult ReadCsv(Stream utf8Csv, HourlyDataOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Csv, nameof(utf8Csv));
        options ??= HourlyDataOptions.Default;
        Preconditions.CheckArgumentRange(nameof(options.MaxDegreeOfParallelism), options.MaxDegreeOfParallelism, 1, 1024);
        Preconditions.CheckArgumentRange(nameof(options.MaxIssues), options.MaxIssues, 0, int.MaxValue);
        int chunkSize = Math.Max(options.ChunkSize, 16);

        long origin = utf8Csv.CanSeek ? utf8Csv.Position : -1;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
        int filled = 0;
        bool eof = false;
        try
        {
            // The header: the first line, however long.
            int headerEnd;
            while ((headerEnd = buffer.AsSpan(0, filled).IndexOf((byte)'\n')) < 0 && !eof)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, filled);
                }
                int read = utf8Csv.Read(buffer, filled, buffer.Length - filled);
                eof = read == 0;
                filled += read;
            }
            int headerLength = headerEnd < 0 ? filled : headerEnd;
            ReadOnlySpan<byte> header = buffer.AsSpan(0, headerLength);
            if (header.StartsWith("\uFEFF"u8))
            {
                header = header[3..];
            }
            if (header.Length > 0 && header[^1] == (byte)'\r')
            {
                header = header[..^1];
            }
            if (header.Trim((byte)' ').IsEmpty)
            {
                return Failed(1, $"The input has no header line; expected {HourlyCsvLayout.ExpectedHeader}.");
            }
            HourlyCsvLayout? layout = HourlyCsvLayout.Parse(header, out string? headerError);
            if (layout is null)
            {
                return Failed(1, headerError!);
            }

            int consumed = headerEnd < 0 ? filled : headerEnd + 1;
            var registry = new SiteRegistry();
            var accumulator = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues));
            var parser = new HourlyCsvParser(layout, registry, options.HourLabel, accumulator, options.FastLines, options.FastPathVectorBits);
            ReadOnlySpan<byte> first = buffer.AsSpan(consumed, filled - consumed);
            Action<int>? advance = Advance(options.Progress, filled);
            if (eof || options.MaxDegreeOfParallelism == 1 || origin < 0 || !TryPositionalReader(utf8Csv, out Func<long, Memory<byte>, int>? readAt)
                || !TrySplit(readAt, origin + filled, utf8Csv.Length, options.MaxDegreeOfParallelism, chunkSize, out long[]? bounds))
            {
                ParseBlocks(utf8Csv, first, eof, chunkSize, options.MaxDegreeOfParallelism > 1, parser, 2, advance, cancellationToken);
            }
            else
            {
                ParseParts(readAt, bounds, first.ToArray(), layout, registry, options, chunkSize, parser, accumulator, advance, cancellationToken);
            }
            return new AirDataReadResult(HourlyAccumulator.Merge([accumulator]), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Room before each block for the unfinished last line of the block before it.</summary>
    private const int CarryRoom = 1 << 16;

    /// <summary>
    /// Reads the rest of the input in blocks of <paramref name="blockSize"/> bytes and parses each block's whole lines,
    /// carrying the unfinished last line into the next block. With <paramref name="overlap"/> the next block is read on
    /// another thread while this one is parsed (double buffering), so copying the bytes in hides behind parsing.
    /// </summary>
    /// <returns>The number of lines parsed, blank ones included.</returns>
    private static long ParseBlocks(Stream input, ReadOnlySpan<byte> first, bool eof, int blockSize, bool overlap, HourlyCsvParser parser, long firstLine, Action<int>? advance, CancellationToken cancellationToken)
    {
        byte[] current = ArrayPool<byte>.Shared.Rent(CarryRoom + Math.Max(blockSize, first.Length));
        byte[] next = ArrayPool<byte>.Shared.Rent(CarryRoom + blockSize);
        try
        {
            first.CopyTo(current.AsSpan(CarryRoom));
            int start = CarryRoom, stop = CarryRoom + first.Length;
            long line = firstLine;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                byte[] target = next;
                Task<int>? reading = !eof && overlap ? Task.Run(() => Fill(input, target, blockSize)) : null;
                int end = eof ? stop : start + current.AsSpan(start, stop - start).LastIndexOf((byte)'\n') + 1;
                if (end > start)
                {
                    line += parser.Parse(current.AsSpan(start, end - start), line);
                }
                if (eof)
                {
                    return line - firstLine;
                }
                int read = reading?.GetAwaiter().GetResult() ?? Fill(input, next, blockSize);
                advance?.Invoke(read);
                eof = read == 0;
                int carry = stop - end;
                if (carry <= CarryRoom)
                {
                    current.AsSpan(end, carry).CopyTo(next.AsSpan(CarryRoom - carry));
                    (current, next) = (next, current);
                    start = CarryRoom - carry;
                    stop = CarryRoom + read;
                }
                else
                {
                    // A line longer than the carry room: join it and the new block in a bigger buffer.
                    byte[] joined = ArrayPool<byte>.Shared.Rent(CarryRoom + blockSize + carry);
                    current.AsSpan(end, carry).CopyTo(joined);
                    next.AsSpan(CarryRoom, read).CopyTo(joined.AsSpan(carry));
                    ArrayPool<byte>.Shared.Return(current);
                    current = joined;
                    start = 0;
                    stop = carry + read;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current);
            ArrayPool<byte>.Shared.Return(next);
        }
    }

    /// <summary>
    /// Reads parts of a file (or a memory stream) at once: each part on its own thread with its own parser and
    /// accumulator, then each later part is joined to the first in input order. A part that cannot be joined as if it
    /// had been read in sequence (a station's rows go back across the cut, or repeat an hour of the day the cut splits)
    /// is read again in sequence, so results and issues never depend on the threads.
    /// </summary>
    private static void ParseParts(
        Func<long, Memory<byte>, int> readAt,
        long[] bounds,
        byte[] first,
        HourlyCsvLayout layout,
        SiteRegistry registry,
        HourlyDataOptions options,
        int chunkSize,
        HourlyCsvParser parser,
        HourlyAccumulator accumulator,
        Action<int>? advance,
        CancellationToken cancellationToken)
    {
        int parts = bounds.Length - 1;
        var accumulators = new HourlyAccumulator[parts];
        var lines = new long[parts];
        accumulators[0] = accumulator;
        var tasks = new Task[parts - 1];
        for (int i = 1; i < parts; i++)
        {
            int part = i;
            accumulators[part] = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues), holdFirstDay: true);
            var partParser = new HourlyCsvParser(layout, registry, options.HourLabel, accumulators[part], options.FastLines, options.FastPathVectorBits);
            tasks[i - 1] = Task.Run(() => lines[part] = ParseBlocks(new RangeStream(readAt, bounds[part], bounds[part + 1]), default, false, chunkSize, false, partParser, 1, advance, cancellationToken));
        }
        lines[0] = ParseBlocks(new RangeStream(readAt, bounds[0], bounds[1]), first, false, chunkSize, false, parser, 2, advance, cancellationToken);
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException ex)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            throw;
        }
        long next = 2 + lines[0];
        for (int part = 1; part < parts; part++)
        {
            if (!accumulator.TryAbsorb(accumulators[part], next - 1))
            {
                lines[part] = ParseBlocks(new RangeStream(readAt, bounds[part], bounds[part + 1]), default, false, chunkSize, false, parser, next, null, cancellationToken);
            }
            next += lines[part];
        }
    }

    /// <summary>Counts bytes read (from any thread) and reports the total, one report at a time; null without progress.</summary>
    private static Action<int>? Advance(IProgress<long>? progress, long start)
    {
        if (progress is null)
        {
            return null;
        }
        long total = start;
        var gate = new object();
        progress.Report(total);
        return read =>
        {
            lock (gate)
            {
                total += read;
                progress.Report(total);
            }
        };
    }

    /// <summary>Positional reads of a file or a memory stream (safe from several threads), or false for other streams.</summary>
    private static bool TryPositionalReader(Stream stream, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Func<long, Memory<byte>, int>? readAt)
    {
        readAt = null;
        if (stream is FileStream file && file.CanSeek)
        {
            Microsoft.Win32.SafeHandles.SafeFileHandle handle = file.SafeFileHandle;
            readAt = (position, into) => RandomAccess.Read(handle, into.Span, position);
            return true;
        }
        if (stream is MemoryStream memory && memory.TryGetBuffer(out ArraySegment<byte> bytes))
        {
            readAt = (position, into) =>
            {
                int count = (int)Math.Clamp(bytes.Count - position, 0, into.Length);
                bytes.AsSpan((int)position, count).CopyTo(into.Span);
                return count;
            };
            return true;
        }
        return false;
    }

    /// <summary>
    /// Cuts [<paramref name="start"/>, <paramref name="end"/>) into up to <paramref name="parts"/> parts of whole lines,
    /// when there is enough input for each part to be worth a thread (four blocks).
    /// </summary>
    private static bool TrySplit(Func<long, Memory<byte>, int> readAt, long start, long end, int parts, int blockSize, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out long[]? bounds)
    {
        bounds = null;
        parts = (int)Math.Min(parts, (end - start) / (4L * blockSize));
        if (parts < 2)
        {
            return false;
        }
        var cuts = new List<long> { start };
        byte[] window = new byte[4096];
        for (int i = 1; i < parts; i++)
        {
            long at = Math.Max(cuts[^1], start + ((end - start) * i / parts));
            while (at < end)
            {
                int read = readAt(at, window);
                if (read == 0)
                {
                    at = end;
                    break;
                }
                int newline = window.AsSpan(0, read).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    at += newline + 1;
                    break;
                }
                at += read;
            }
            if (at < end)
            {
                cuts.Add(at);
            }
        }
        cuts.Add(end);
        if (cuts.Count < 3)
        {
            return false;
        }
        bounds = cuts.ToArray();
        return true;
    }

    /// <summary>A read-only stream over a byte range of a positional source.</summary>
    private sealed class RangeStream(Func<long, Memory<byte>, int> readAt, long start, long end) : Stream
    {
        private long position = start;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = readAt(position, buffer.AsMemory(offset, (int)Math.Min(count, end - position)));
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="count"/> bytes into <paramref name="buffer"/> after the carry room; fewer only at the end.</summary>
    private static int Fill(Stream input, byte[] buffer, int count)
    {
        int filled = 0;
        while (filled < count)
        {
            int read = input.Read(buffer, CarryRoom + filled, count - filled);
            if (read == 0)
            {
                break;
            }
            filled += read;
        }
        return filled;
    }

    /// <summary>
    /// Reduces in-memory hourly observations to daily series, with the same rules as <see cref="ReadCsv"/> (station and
    /// city names trimmed of spaces, as CSV fields are), except that times are not limited to the CSV's four-digit
    /// years 1000 to 9999: any year from 1 on is taken. An observation with a problem (blank station or city, a year
    /// before 1, time not on the hour or, hour-ending, in the day before 0001-01-01, more than six decimals, a value of 10⁷ or more) is
    /// skipped and reported with its 1-based record number.
    /// </summary>
    /// <param name="observations">The observations, each station's in non-decreasing day order.</param>
    /// <param name="options">Reading options, or null for <see cref="HourlyDataOptions.Default"/>.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HourlyDataOptions.MaxIssues"/> is negative.</exception>
    public static AirDataSet FromObservations(IEnumerable<HourlyObservation> observations, HourlyDataOptions? options = null)
    {
        Preconditions.CheckNotNull(observations, nameof(observations));
        var reader = new ObservationReader(options);
        foreach (HourlyObservation observation in observations)
        {
            reader.Add(observation);
        }
        return reader.Finish();
    }

    /// <summary>
    /// Reduces an asynchronous stream of hourly observations to daily series, as <see cref="FromObservations"/> does:
    /// one pass, memory bounded by the stations' day buffers and daily series, not by the number of observations.
    /// </summary>
    /// <param name="observations">The observations, each station's in non-decreasing day order.</param>
    /// <param name="options">Reading options, or null for <see cref="HourlyDataOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the pass; passed to the stream and checked every 4,096 observations.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HourlyDataOptions.MaxIssues"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">The pass was cancelled.</exception>
    public static async ValueTask<AirDataSet> FromObservationsAsync(
        IAsyncEnumerable<HourlyObservation> observations,
        HourlyDataOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(observations, nameof(observations));
        var reader = new ObservationReader(options);
        int sinceCheck = 0;
        await foreach (HourlyObservation observation in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            reader.Add(observation);
            if (++sinceCheck == 4096)
            {
                sinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return reader.Finish();
    }

    /// <summary>Applies observations one at a time, numbering them from 1 for the issues.</summary>
    private sealed class ObservationReader
    {
        private readonly HourLabel label;
        private readonly HourlyAccumulator accumulator;
        private readonly SiteCache sites;
        private long record;

        internal ObservationReader(HourlyDataOptions? options)
        {
            options ??= HourlyDataOptions.Default;
            Preconditions.CheckArgumentRange(nameof(options.MaxIssues), options.MaxIssues, 0, int.MaxValue);
            label = options.HourLabel;
            var registry = new SiteRegistry();
            accumulator = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues));
            sites = new SiteCache(registry);
        }

        internal void Add(in HourlyObservation observation)
        {
            record++;
            accumulator.CountRow();
            if (ToRow(observation, label, sites, out HourRow row, out string? error))
            {
                accumulator.Add(row, record);
            }
            else
            {
                accumulator.Skip(record, 0, error!);
            }
        }

        internal AirDataSet Finish() => HourlyAccumulator.Merge([accumulator]);
    }

    private static bool ToRow(in HourlyObservation observation, HourLabel label, SiteCache sites, out HourRow row, out string? error)
    {
        row = default;
        // Names as the CSV reader takes them: spaces around them trimmed (only spaces), none of only white space.
        if (string.IsNullOrWhiteSpace(observation.Station))
        {
            error = "station: expected a station name, found none";
            return false;
        }
        if (observation.City is not null && string.IsNullOrWhiteSpace(observation.City))
        {
            error = "city: expected a city name or null, found a blank one";
            return false;
        }
        NodaTime.LocalDateTime time = observation.Time;
        if (time.Minute != 0 || time.Second != 0 || time.NanosecondOfSecond != 0)
        {
            error = $"time: {time:uuuu-MM-dd HH:mm:ss} is not a whole hour";
            return false;
        }
        if (time.Year < 1)
        {
            error = $"time: {time:uuuu-MM-dd HH:mm} is before year 1; expected a year from 1 on";
            return false;
        }
        row.Hour = sites.DayNumber(time.Date) * 24 + time.Hour - (label == HourLabel.HourEnding ? 1 : 0);
        if (row.Hour < FirstHour)
        {
            // Hour-ending 0001-01-01 00:00 is the last hour of 0000-12-31: a day no date of year 1 on can name.
            error = $"time: {time:uuuu-MM-dd HH:mm} hour-ending is the last hour of the day before 0001-01-01; expected hours from year 1 on";
            return false;
        }
        for (int p = 0; p < 6; p++)
        {
            if (observation.Get(p) is not decimal value || value < 0)
            {
                continue;
            }
            if (!FixedPoint.TryFrom(value, out long millionths) || millionths > FixedPoint.MaxValue)
            {
                error = $"{((Pollutant)p).Code()}: {value} has more than 6 decimal places or is 10^7 or more";
                return false;
            }
            row.Values[p] = millionths;
            row.Present |= (byte)(1 << p);
        }
        row.Site = sites.Id(observation.City, observation.Station);
        error = null;
        return true;
    }

    /// <summary>The first hour of year 1, hour-beginning: the earliest a data set holds (its days are written as ISO dates from year 1).</summary>
    private static readonly int FirstHour = DayNumbers.FromCivil(1, 1, 1) * 24;

    /// <summary>Remembers the site ids of station names (by reference, then by value) and the last day number.</summary>
    private sealed class SiteCache(SiteRegistry registry)
    {
        private readonly Dictionary<(string? City, string Station), int> ids = [];
        private string? lastStation;
        private string? lastCity;
        private int lastId;
        private NodaTime.LocalDate lastDate;
        private int lastDay = -1;

        internal int Id(string? city, string station)
        {
            if (ReferenceEquals(station, lastStation) && ReferenceEquals(city, lastCity))
            {
                return lastId;
            }
            if (!ids.TryGetValue((city, station), out int id))
            {
                id = registry.GetOrAdd(city?.Trim(' '), station.Trim(' '));
                ids.Add((city, station), id);
            }
            (lastStation, lastCity, lastId) = (station, city, id);
            return id;
        }

        internal int DayNumber(NodaTime.LocalDate date)
        {
            if (lastDay < 0 || date != lastDate)
            {
                (lastDate, lastDay) = (date, DayNumbers.FromDate(date));
            }
            return lastDay;
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    private static AirDataReadResult Failed(long line, string message) => new(null, new AirDataIssue(line, 0, message));
}
