using System.Buffers;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Reads hourly monitoring data (CSV or in-memory observations) into daily series per city and station.
/// </summary>
/// <remarks>
/// The CSV reader streams: it reads UTF-8 bytes in large pooled chunks split at line boundaries. Up to
/// <see cref="HourlyDataOptions.MaxDegreeOfParallelism"/> threads parse a chunk's line ranges into fixed-point rows, then
/// each applies, in input order, the rows of its own share of the stations; so every station's rows are applied in order
/// and results and issues do not depend on chunking or threads. Memory does not grow with the length of the
/// series beyond one day buffer per station and the daily series.
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
            filled -= consumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, filled);

            var registry = new SiteRegistry();
            int threads = options.MaxDegreeOfParallelism;
            var accumulators = new HourlyAccumulator[threads];
            var parsers = new HourlyCsvParser[threads];
            var batches = new ParsedBatch[threads];
            var lineBases = new long[threads];
            for (int i = 0; i < threads; i++)
            {
                accumulators[i] = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues));
                parsers[i] = new HourlyCsvParser(layout, registry, options.HourLabel);
                batches[i] = new ParsedBatch();
            }
            var ranges = new (int Start, int End)[threads];
            long lineBase = 1; // the header

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (!eof && filled < buffer.Length)
                {
                    int read = utf8Csv.Read(buffer, filled, buffer.Length - filled);
                    eof = read == 0;
                    filled += read;
                }
                if (filled == 0)
                {
                    break;
                }
                int end = eof ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (end == 0)
                {
                    // One line longer than the buffer: grow and read on.
                    buffer = Grow(buffer, filled);
                    continue;
                }
                // Parse: each thread parses its own range of lines. Apply: each thread applies, range by range in input
                // order, the rows of its own share of the stations (site id modulo the thread count).
                byte[] chunk = buffer;
                SplitAtLines(chunk.AsSpan(0, end), ranges);
                RunOnEach(threads, i => parsers[i].Parse(chunk.AsSpan(ranges[i].Start, ranges[i].End - ranges[i].Start), batches[i]));
                for (int i = 0; i < threads; i++)
                {
                    lineBases[i] = lineBase;
                    lineBase += batches[i].LineCount;
                }
                RunOnEach(threads, shard =>
                {
                    for (int i = 0; i < threads; i++)
                    {
                        batches[i].ApplyTo(accumulators[shard], lineBases[i], shard, threads);
                    }
                });
                filled -= end;
                Buffer.BlockCopy(buffer, end, buffer, 0, filled);
            }
            return new AirDataReadResult(HourlyAccumulator.Merge(accumulators), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reduces in-memory hourly observations to daily series, with the same rules as <see cref="ReadCsv"/>. An observation
    /// with a problem (blank station, time not on the hour, more than six decimals, a value of 10⁷ or more) is skipped and
    /// reported with its 1-based record number.
    /// </summary>
    /// <param name="observations">The observations, each station's in non-decreasing day order.</param>
    /// <param name="options">Reading options, or null for <see cref="HourlyDataOptions.Default"/>.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HourlyDataOptions.MaxIssues"/> is negative.</exception>
    public static AirDataSet FromObservations(IEnumerable<HourlyObservation> observations, HourlyDataOptions? options = null)
    {
        Preconditions.CheckNotNull(observations, nameof(observations));
        options ??= HourlyDataOptions.Default;
        Preconditions.CheckArgumentRange(nameof(options.MaxIssues), options.MaxIssues, 0, int.MaxValue);
        var registry = new SiteRegistry();
        var accumulator = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues));
        var sites = new SiteCache(registry);
        long record = 0;
        foreach (HourlyObservation observation in observations)
        {
            record++;
            accumulator.CountRow();
            if (ToRow(observation, options.HourLabel, sites, out HourRow row, out string? error))
            {
                accumulator.Add(row, record);
            }
            else
            {
                accumulator.Skip(record, 0, error!);
            }
        }
        return HourlyAccumulator.Merge([accumulator]);
    }

    private static bool ToRow(in HourlyObservation observation, HourLabel label, SiteCache sites, out HourRow row, out string? error)
    {
        row = default;
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
        row.Hour = sites.DayNumber(time.Date) * 24 + time.Hour - (label == HourLabel.HourEnding ? 1 : 0);
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
                id = registry.GetOrAdd(city, station.Trim());
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

    /// <summary>Splits whole lines into <paramref name="ranges"/>.Length ranges of about equal size at line feeds.</summary>
    private static void SplitAtLines(ReadOnlySpan<byte> lines, Span<(int Start, int End)> ranges)
    {
        int start = 0;
        for (int i = 0; i < ranges.Length; i++)
        {
            int end = i == ranges.Length - 1 ? lines.Length : Math.Max(start, (int)((long)lines.Length * (i + 1) / ranges.Length));
            if (end < lines.Length && end > 0 && lines[end - 1] != (byte)'\n')
            {
                int nl = lines[end..].IndexOf((byte)'\n');
                end = nl < 0 ? lines.Length : end + nl + 1;
            }
            ranges[i] = (start, end);
            start = end;
        }
    }

    /// <summary>Runs <paramref name="work"/> for 0 … count − 1, index 0 on the calling thread, the others on the pool.</summary>
    private static void RunOnEach(int count, Action<int> work)
    {
        if (count == 1)
        {
            work(0);
            return;
        }
        var tasks = new Task[count - 1];
        for (int i = 1; i < count; i++)
        {
            int index = i;
            tasks[i - 1] = Task.Run(() => work(index));
        }
        work(0);
        Task.WaitAll(tasks);
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
