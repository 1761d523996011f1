using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using NodaTime;
using NodaTime.Text;

namespace LawGov.Indicators.Tests.TestSupport;

/// <summary>
/// An independent reference for <see cref="TimelinessCsv.Read"/> on hostile input: it reads the whole input at once,
/// byte by byte, by the rules the README states — no blocks, no SIMD, no threads — so whatever the reader's block
/// size, thread count, vector width or stream does, it must give the same report. The header is
/// <c>unit,received,replied</c> (with an optional byte order mark and CRLF).
/// </summary>
/// <remarks>
/// The rules, for a record starting at byte s on physical line L (the input after the header, with a line break added
/// at the end when it lacks one): the record ends at the first line break outside quotes, a quote opening a field only
/// at the field's start and <c>""</c> being a quote inside one. If that line break is within the record limit M (at
/// index below s + M), the record is read: a CR before the line break is dropped, an empty record is a blank line
/// (skipped, not a record), text after a closing quote or a field count other than three is a bad record, and so are
/// a start that is not a date, a completion that is neither empty nor a date, a completion before the start, a start
/// the calendar cannot answer and a key that is not UTF-8 (dates are <c>yyyy-MM-dd</c>, spaces and tabs around them
/// allowed). Otherwise the record is bad on line L alone: if a line break lies within the limit, reading resumes after
/// the first one (a quoted field not closed within the limit, or before the end of the input); if none does, the line
/// is longer than the limit and reading resumes after its line break, wherever that is.
/// </remarks>
public static class TimelinessCsvReference
{
    private const int Fields = 3;

    /// <summary>The report <see cref="TimelinessCsv.Read"/> must give for <paramref name="csv"/>.</summary>
    public static TimelinessExpectation Expect(byte[] csv, TimelinessRule rule, int maxRecordLength)
    {
        int headerEnd = Array.IndexOf(csv, (byte)'\n');
        var data = new List<byte>(headerEnd < 0 ? [] : csv[(headerEnd + 1)..]);
        if (data.Count > 0 && data[^1] != (byte)'\n')
        {
            data.Add((byte)'\n');
        }
        byte[] v = [.. data];

        TimelinessCounts overall = default;
        var groups = new Dictionary<string, TimelinessCounts>(StringComparer.Ordinal);
        var errors = new List<long>();
        var overdue = new List<(long, int, LocalDate?)>();
        long records = 0, notStarted = 0, line = 2;
        int s = 0;
        while (s < v.Length)
        {
            int end = RecordEnd(v, s);
            if (end >= 0 && end < s + maxRecordLength)
            {
                int stop = end > s && v[end - 1] == (byte)'\r' ? end - 1 : end;
                if (stop > s)
                {
                    records++;
                    Judge(v[s..stop], line, rule, ref overall, groups, errors, overdue, ref notStarted);
                }
                line += 1 + v[s..end].Count(b => b == (byte)'\n');
                s = end + 1;
                continue;
            }
            records++;
            errors.Add(line);
            line++;
            int within = Array.IndexOf(v, (byte)'\n', s, Math.Min(maxRecordLength, v.Length - s));
            s = within >= 0 ? within + 1 : Array.IndexOf(v, (byte)'\n', s) + 1;
        }
        return new TimelinessExpectation(overall, groups, errors, overdue, records, notStarted);
    }

    /// <summary>
    /// The first line break outside quotes from <paramref name="s"/>, or -1: a quote opens a field only at the field's
    /// start (after a comma, or at <paramref name="s"/>), and inside one <c>""</c> is a quote.
    /// </summary>
    public static int RecordEnd(byte[] v, int s)
    {
        bool quoted = false, fieldStart = true;
        for (int i = s; i < v.Length; i++)
        {
            byte b = v[i];
            if (quoted)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < v.Length && v[i + 1] == (byte)'"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                continue;
            }
            if (b == (byte)'\n')
            {
                return i;
            }
            quoted = b == (byte)'"' && fieldStart;
            fieldStart = b == (byte)',';
        }
        return -1;
    }

    /// <summary>The fields of a record (without its line break and CR), unquoted; null when text follows a closing quote.</summary>
    private static List<byte[]>? Split(byte[] record)
    {
        var fields = new List<byte[]>();
        int i = 0;
        while (true)
        {
            var field = new List<byte>();
            if (i < record.Length && record[i] == (byte)'"')
            {
                i++;
                while (true)
                {
                    if (record[i] == (byte)'"')
                    {
                        if (i + 1 < record.Length && record[i + 1] == (byte)'"')
                        {
                            field.Add((byte)'"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Add(record[i++]);
                }
                if (i < record.Length && record[i] != (byte)',')
                {
                    return null;
                }
            }
            else
            {
                while (i < record.Length && record[i] != (byte)',')
                {
                    field.Add(record[i++]);
                }
            }
            fields.Add([.. field]);
            if (i >= record.Length)
            {
                return fields;
            }
            i++; // the comma
        }
    }

    private static void Judge(byte[] record, long line, TimelinessRule rule, ref TimelinessCounts overall, Dictionary<string, TimelinessCounts> groups,
        List<long> errors, List<(long, int, LocalDate?)> overdue, ref long notStarted)
    {
        List<byte[]>? fields = Split(record);
        if (fields is null || fields.Count != Fields || Date(fields[1]) is not LocalDate start)
        {
            errors.Add(line);
            return;
        }
        string endText = Latin1(fields[2]).Trim(' ', '\t');
        LocalDate? completed = endText.Length == 0 ? null : Date(fields[2]);
        string? key = Utf8(fields[0]);
        if ((endText.Length > 0 && completed is null) || key is null)
        {
            errors.Add(line);
            return;
        }
        DeadlineJudgment judgment;
        try
        {
            judgment = rule.Judge(start, completed);
        }
        catch (Exception ex) when (ex is ArgumentException or CalendarCoverageException)
        {
            errors.Add(line);
            return;
        }
        if (rule.Mode == AsOfMode.Snapshot && start > rule.AsOf)
        {
            notStarted++;
            return;
        }
        overall = overall.Add(judgment);
        groups[key] = groups.GetValueOrDefault(key).Add(judgment);
        if (judgment.Status is DeadlineStatus.Late or DeadlineStatus.Overdue)
        {
            overdue.Add((line, judgment.Days!.Value, judgment.Status == DeadlineStatus.Late ? completed : null));
        }
    }

    /// <summary>A date <c>yyyy-MM-dd</c> (years 1–9999), spaces and tabs around it allowed; null otherwise.</summary>
    private static LocalDate? Date(byte[] field)
    {
        string text = Latin1(field).Trim(' ', '\t');
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success && parsed.Value.Year >= 1 ? parsed.Value : null;
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static string? Utf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // ---- Hostile input ---------------------------------------------------------------------------------------------

    /// <summary>Headers: plain, with a byte order mark and CRLF, with CRLF.</summary>
    public static Gen<string> Header { get; } = Gen.Elements("unit,received,replied\n", "\uFEFFunit,received,replied\r\n", "unit,received,replied\r\n");

    /// <summary>
    /// Pieces of hostile CSV, as bytes: good rows (quoted at random), unclosed quotes, text after a closing quote, lines
    /// and quoted fields around the record limit, byte order marks mid-file, CR inside quotes, keys that are not UTF-8,
    /// blank lines, and junk over the delimiters.
    /// </summary>
    public static Gen<byte[]> Piece(int maxRecordLength) => Gen.Frequency(
        (6, TimelinessGenerators.Row.Select(r => Encoding.UTF8.GetBytes(r.Text))),
        (1, Gen.Elements("\"A,2020-01-01,\n", "\"A\"x,2020-01-01,\n", "A,\"2020-01-01\"\"\",\n", "\"A\r\nB\",2020-03-02,2020-03-03\r\n", "\"A\rB\",2020-03-02,\n").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Elements("\uFEFFA,2020-03-02,\n", "\uFEFF\"A\",2020-03-02,\n", "A,\uFEFF2020-03-02,\n", "\uFEFF\n").Select(Encoding.UTF8.GetBytes)),
        (1, Gen.Elements<byte[]>([0xFF, .. ",2020-03-02,\n"u8], [.. "\"\u00E9"u8, 0xC3, .. "\",2020-03-02,2020-03-10\n"u8])),
        (1, from length in Gen.Choose(Math.Max(1, maxRecordLength - 40), maxRecordLength + 40)
            from quoted in Gen.Elements(false, true)
            from breaks in Gen.Elements(false, true)
            select Encoding.UTF8.GetBytes(LongRow(length, quoted, breaks))),
        (1, from junk in Gen.ListOf(Gen.Elements(',', '"', '\n', '\r', 'a', ' '))
            select Encoding.UTF8.GetBytes(string.Concat(junk.Take(24)))));

    /// <summary>A row whose key is about <paramref name="length"/> bytes: plain, or quoted (with line breaks inside when asked).</summary>
    private static string LongRow(int length, bool quoted, bool breaks)
    {
        string key = breaks ? string.Concat(Enumerable.Range(0, length).Select(i => i % 9 == 8 ? '\n' : 'k')) : new string('k', length);
        return (quoted || breaks ? "\"" + key + "\"" : key) + ",2020-03-02,2020-03-10\n";
    }
}

/// <summary>A read-only stream over bytes that returns at most a few bytes per read, a different number each time.</summary>
public sealed class TrickleStream(byte[] bytes, int seed, int maxPerRead) : Stream
{
    private readonly Random random = new(seed);
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => bytes.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, random.Next(1, maxPerRead + 1)), bytes.Length - position);
        bytes.AsSpan(position, n).CopyTo(buffer);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
