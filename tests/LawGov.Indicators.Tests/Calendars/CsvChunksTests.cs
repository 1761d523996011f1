using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Tests.TestSupport;

namespace LawGov.Indicators.Tests.Calendars;

public class CsvChunksTests
{
    // RFC 4180 §2.6: a line break inside a quoted field belongs to the field; "" is a quote (§2.7); a quote that does
    // not start a field is text.
    [Theory]
    [InlineData("a,b\nc\n", 0, 3)]
    [InlineData("\"a\nb\",c\nd\n", 0, 7)]
    [InlineData("x,\"a\"\"\nb\"\nd\n", 0, 9)]
    [InlineData("5\" disk,a\nb\n", 0, 9)]
    [InlineData("\"open,a\nb\n", 0, -1)]
    [InlineData("a,b", 0, -1)]
    [InlineData("a\n\"b\nc\"\n", 2, 7)]
    public void FindRecordEnd_FollowsQuotes(string text, int from, int expected) =>
        Assert.Equal(expected, CsvRecords.FindRecordEnd(Encoding.ASCII.GetBytes(text), from));

    [Theory]
    [InlineData("a\nb\nc", 3)]
    [InlineData("a\n\"b\nc", 1)]
    [InlineData("\"a\nb\"\nc", 5)]
    [InlineData("\"a\nb", -1)]
    [InlineData("abc", -1)]
    public void LastRecordEnd_IsAfterTheLastWholeRecord(string text, int expected) =>
        Assert.Equal(expected, CsvChunks.LastRecordEnd(Encoding.ASCII.GetBytes(text)));

    // The block cut by quote parity (and, after a quote that parity cannot follow, record by record) is the last line
    // break of the record walk of the reference reader, on junk over the delimiters with quotes in every position.
    [Fact]
    public void LastRecordEnd_EqualsTheReferenceRecordWalk() =>
        Properties.Check(
            Prop.ForAll(
                Gen.ListOf(Gen.Frequency((4, Gen.Elements('a', ',', '\n')), (2, Gen.Constant('"')), (1, Gen.Constant('\r'))))
                    .Select(chars => Encoding.ASCII.GetBytes(string.Concat(chars))).ToArbitrary(),
                data =>
                {
                    int last = -1;
                    for (int end = TimelinessCsvReference.RecordEnd(data, 0); end >= 0; end = TimelinessCsvReference.RecordEnd(data, end + 1))
                    {
                        last = end;
                    }
                    return CsvChunks.LastRecordEnd(data) == last;
                }),
            maxTest: 2000);

    // Parity over whole 64-byte blocks, a field quoted across a block seam, and the fall-back to the record walk after a
    // quote inside text (5" disk): the last record ends at the line break before "open (hand count).
    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    [InlineData(63)]
    public void LastRecordEnd_QuotedFieldsAcrossBlocks_FindsTheLastRecord(int padding)
    {
        string records = new string('p', padding) + ",\"x\ny\"\"z\"\n" + string.Concat(Enumerable.Repeat("\"a\",\"b,c\"\n", 20)) + "5\" disk,e\n";
        byte[] data = Encoding.ASCII.GetBytes(records + "\"open\n...");

        Assert.Equal(records.Length - 1, CsvChunks.LastRecordEnd(data));
    }

    // Whatever the block size, the chunks are whole records: joined they are the input (plus the final line break),
    // and each but an over-long one ends after a record.
    [Fact]
    public void ReadChunks_AnyBlockSize_CutsOnlyAfterWholeRecords() =>
        Properties.Check(
            Prop.ForAll(
                (from rows in Gen.ListOf(TimelinessGenerators.Row)
                 from chunk in Gen.Choose(1, 300)
                 select (Text: string.Concat(rows.Select(r => r.Text)), Chunk: chunk)).ToArbitrary(),
                t =>
                {
                    byte[] bytes = Encoding.UTF8.GetBytes(t.Text);
                    var chunks = new CsvChunks(new MemoryStream(bytes), t.Chunk);
                    var joined = new List<byte>();
                    bool whole = true;
                    foreach (CsvChunk chunk in chunks.ReadChunks())
                    {
                        ReadOnlySpan<byte> data = chunk.Buffer.AsSpan(0, chunk.Length);
                        whole &= CsvChunks.LastRecordEnd(data) == data.Length - 1;
                        joined.AddRange(data.ToArray());
                        chunk.Release();
                    }
                    return whole && joined.SequenceEqual(bytes);
                }),
            maxTest: 200);

    // A 300-byte line against a 100-byte limit is skipped unread as one over-long chunk; the records around it stay.
    [Fact]
    public void ReadChunks_LineLongerThanLimit_IsOneOverlongChunk()
    {
        byte[] bytes = Encoding.ASCII.GetBytes("a\n" + new string('x', 300) + "\nb\n");

        List<CsvChunk> chunks = new CsvChunks(new MemoryStream(bytes), 16, maxRecordLength: 100).ReadChunks().ToList();

        Assert.Equal(["a\n", "", "b\n"], chunks.Select(c => Encoding.ASCII.GetString(c.Buffer, 0, c.Length)));
        Assert.Equal([false, true, false], chunks.Select(c => c.IsOverlongLine));
    }

    // A quoted field still open after the 64-byte limit: its first line goes alone, and the next lines follow as records.
    [Fact]
    public void ReadChunks_QuotedFieldOpenPastLimit_CutsAfterItsFirstLine()
    {
        string rest = string.Concat(Enumerable.Repeat("0123456789\n", 8));
        byte[] bytes = Encoding.ASCII.GetBytes("\"open\n" + rest);

        List<string> chunks = new CsvChunks(new MemoryStream(bytes), 8, maxRecordLength: 64).ReadChunks()
            .Select(c => Encoding.ASCII.GetString(c.Buffer, 0, c.Length)).ToList();

        Assert.Equal("\"open\n", chunks[0]);
        Assert.Equal(rest, string.Concat(chunks.Skip(1)));
    }

    [Fact]
    public void ReadHeader_Utf16ByteOrderMark_IsAProblemNotAHeader()
    {
        var chunks = new CsvChunks(new MemoryStream([0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0]), 64);

        Assert.Null(chunks.ReadHeader());
        Assert.StartsWith("the input is UTF-16 (little-endian byte order mark FF FE)", chunks.HeaderProblem, StringComparison.Ordinal);
    }

    // The header is a record like the others: a quoted column name may hold a line break (the header then takes two
    // lines), and a byte order mark before it is dropped.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(64)]
    public void ReadHeader_QuotedLineBreak_IsPartOfTheHeader(int chunkSize)
    {
        var chunks = new CsvChunks(new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF\"unit\nname\",x\r\nA,1\n")), chunkSize);

        Assert.Equal("\"unit\nname\",x", Encoding.UTF8.GetString(chunks.ReadHeader()!));
        Assert.Equal(2, chunks.HeaderLines);
        Assert.Equal("A,1\n", string.Concat(chunks.ReadChunks().Select(c => Encoding.ASCII.GetString(c.Buffer, 0, c.Length))));
    }

    [Fact]
    public void ReadHeader_QuoteNotClosedWithinLimit_IsAProblem()
    {
        var chunks = new CsvChunks(new MemoryStream(Encoding.ASCII.GetBytes("\"unit\n" + new string('x', 200) + "\n")), 16, maxRecordLength: 64);

        Assert.Null(chunks.ReadHeader());
        Assert.Equal("the header has a quoted column name not closed within 64 bytes", chunks.HeaderProblem);
    }

    [Fact]
    public void ReadHeader_Empty_IsNullWithoutProblem()
    {
        var chunks = new CsvChunks(new MemoryStream(), 64);

        Assert.Null(chunks.ReadHeader());
        Assert.Null(chunks.HeaderProblem);
    }
}
