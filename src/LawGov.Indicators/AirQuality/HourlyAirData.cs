using System.Buffers;
using LawGov.Indicators.Utility;

namespace LawGov.Indicators.AirQuality;

/// <summary>
/// Reads hourly monitoring data (CSV or in-memory observations) into daily series per city and station.
/// </summary>
/// <remarks>
/// The CSV reader streams: it reads UTF-8 bytes in large pooled blocks and parses each block's lines in one pass,
/// applying every row to its station's day as soon as it is parsed, in input order, so results and issues do not depend
/// on block sizes or threads. With <see cref="HourlyDataOptions.MaxDegreeOfParallelism"/> above 1 the next block is read
/// on another thread while one is parsed. Memory does not grow with the length of the series beyond one day buffer per
/// station and the daily series.
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
            var registry = new SiteRegistry();
            var accumulator = new HourlyAccumulator(registry, new IssueCollector(options.MaxIssues));
            var parser = new HourlyCsvParser(layout, registry, options.HourLabel, accumulator, options.FastLines);
            ParseBlocks(utf8Csv, buffer.AsSpan(consumed, filled - consumed), eof, chunkSize, options.MaxDegreeOfParallelism > 1, parser, cancellationToken);
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
    private static void ParseBlocks(Stream input, ReadOnlySpan<byte> first, bool eof, int blockSize, bool overlap, HourlyCsvParser parser, CancellationToken cancellationToken)
    {
        byte[] current = ArrayPool<byte>.Shared.Rent(CarryRoom + Math.Max(blockSize, first.Length));
        byte[] next = ArrayPool<byte>.Shared.Rent(CarryRoom + blockSize);
        try
        {
            first.CopyTo(current.AsSpan(CarryRoom));
            int start = CarryRoom, stop = CarryRoom + first.Length;
            long line = 2; // the header is line 1
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
                    return;
                }
                int read = reading?.GetAwaiter().GetResult() ?? Fill(input, next, blockSize);
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

    private static byte[] Grow(byte[] buffer, int filled)
    {
        byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, bigger, 0, filled);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    private static AirDataReadResult Failed(long line, string message) => new(null, new AirDataIssue(line, 0, message));
}
