using System.Text;
using System.Text.Json;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Serialization;

namespace LawGov.Indicators.Tests.Serialization;

public class JsonMessagesTests
{
    /// <summary>The three readers worded by JsonMessages, each given the same problem at the start of its object.</summary>
    public static TheoryData<string, string, string> Problems() => new()
    {
        // A repeated property: every reader refuses it, in the same words, naming the property.
        { "\"{0}\":[],\"{0}\":[]", "catalog", "the property 'documents' appears twice" },
        { "\"{0}\":1,\"{0}\":1,\"denominator\":2", "rate", "the property 'numerator' appears twice" },
        { "\"{0}\":[],\"{0}\":[]", "calendar", "the property 'years' appears twice" },
        // A comment, and a trailing comma: syntax, in the same words (the aggregation and calendar messages add the
        // line and byte; the catalog's error carries its line).
        { "/* c */\"{0}\":[]", "catalog", "comments are not allowed" },
        { "/* c */\"{0}\":1,\"denominator\":2", "rate", "comments are not allowed" },
        { "/* c */\"{0}\":[]", "calendar", "comments are not allowed" },
        { "\"{0}\":[],", "catalog", "a trailing comma is not allowed" },
        { "\"{0}\":1,\"denominator\":2,", "rate", "a trailing comma is not allowed" },
        { "\"{0}\":[],", "calendar", "a trailing comma is not allowed" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Readers_SameProblem_SameWords(string members, string reader, string expected)
    {
        string json = "{" + string.Format(System.Globalization.CultureInfo.InvariantCulture, members, Member(reader)) + "}";

        JsonException ex = Assert.Throws<JsonException>(() => Read(reader, json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    // A syntax error is placed by line and byte: the comment starts at byte 3 of line 2 (hand count, 1-based).
    [Fact]
    public void Rewrite_SyntaxError_AddsLineAndByte()
    {
        var ex = Assert.Throws<JsonException>(() => AggregationJson.ReadRate("{\"numerator\":1,\n  // c\n\"denominator\":2}"));

        Assert.Equal("Rate JSON at $: comments are not allowed (line 2, byte 3).", ex.Message);
    }

    // An error the path places exactly (a wrong type) has no position added.
    [Fact]
    public void Rewrite_TypeError_NamesThePathOnly()
    {
        var ex = Assert.Throws<JsonException>(() => AggregationJson.ReadRate("{\"numerator\":\"1\",\"denominator\":2}"));

        Assert.Equal("Rate JSON at $.numerator: expected a whole number, got String.", ex.Message);
    }

    // Every reader shares the strict options: a fresh options object is made strict in place.
    [Fact]
    public void Strict_SetsTheSharedReaderOptions()
    {
        var options = JsonMessages.Strict(new JsonSerializerOptions { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowDuplicateProperties = true });

        Assert.False(options.AllowTrailingCommas);
        Assert.Equal(JsonCommentHandling.Disallow, options.ReadCommentHandling);
        Assert.False(options.AllowDuplicateProperties);
    }

    private static string Member(string reader) => reader switch
    {
        "catalog" => "documents",
        "rate" => "numerator",
        _ => "years",
    };

    private static object Read(string reader, string json) => reader switch
    {
        "catalog" => CatalogJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "c.json"),
        "rate" => AggregationJson.ReadRate(json),
        _ => WorkingDayCalendar.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))),
    };
}
