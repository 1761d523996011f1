using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LawGov.Indicators.Aggregation;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Aggregation;

public class AggregationJsonTests
{
    // ---- Exact text ----------------------------------------------------------------------------------------------

    [Fact]
    public void Write_Rate() => Assert.Equal("""{"numerator":45,"denominator":47}""", AggregationJson.Write(new Rate(45, 47)));

    // Decimals keep their scale: 4.0 is written 4.0, not 4.
    [Fact]
    public void Write_ValueSummary_KeepsScales() =>
        Assert.Equal("""{"count":3,"sum":10.5,"min":2.5,"max":4.0}""", AggregationJson.Write(ValueSummary.Of([2.5m, 4.0m, 4m])));

    [Fact]
    public void Write_EmptyValueSummary_HasNoBounds() => Assert.Equal("""{"count":0,"sum":0}""", AggregationJson.Write(default(ValueSummary)));

    [Fact]
    public void Write_ValueDistribution_Ascending() =>
        Assert.Equal("""{"values":[0.00001,1,2.50,100000000000000000000]}""", AggregationJson.Write(ValueDistribution.Of([2.50m, 1m, 0.00001m, 100000000000000000000m])));

    [Fact]
    public void Write_TimelinessCounts() =>
        Assert.Equal("""{"timely":197,"overdue":3,"pending":5}""", AggregationJson.Write(new TimelinessCounts(197, 3, 5)));

    [Fact]
    public void Write_GroupedRates_YearMonthAndNoPeriod()
    {
        GroupedRates rates = GroupedRates.Tally(
            [new HitRecord("兰山区", new LocalDate(2020, 2, 3), true), new HitRecord("兰山区", new LocalDate(2020, 2, 4), false)],
            r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Month)
            + GroupedRates.Tally(
                [new HitRecord("兰山区", new LocalDate(2021, 5, 1), true)], r => r.Unit, r => r.Date, r => r.Hit, PeriodKind.Year)
            + GroupedRates.Tally([0], [true], ["A"]);

        Assert.Equal(
            """{"groups":[{"unit":"A","numerator":1,"denominator":1},{"unit":"兰山区","period":"2020-02-01/2020-02-29","numerator":1,"denominator":2},{"unit":"兰山区","period":"2021","numerator":1,"denominator":1}]}""",
            AggregationJson.Write(rates));
    }

    [Fact]
    public void Write_OrganisationTree_ChineseNamesUnescaped() =>
        Assert.Equal(
            """{"units":[{"id":"linyi","name":"临沂市"},{"id":"lanshan","name":"兰山区","parent":"linyi"}]}""",
            AggregationJson.Write(new OrganisationTree([new("linyi", "临沂市"), new("lanshan", "兰山区", "linyi")])));

    // ---- Round trips ---------------------------------------------------------------------------------------------

    [Fact]
    public void RoundTrip_Rate() =>
        Properties.Check(Prop.ForAll(
            Gen.Frequency((1, Gen.Constant(default(Rate))), (9, Generators.Share)).ToArbitrary(),
            rate => AggregationJson.ReadRate(AggregationJson.Write(rate)) == rate));

    // The state is a hit count (README: "hits over records"); a ratio above 100 % is not one, so it is not written.
    [Theory]
    [InlineData(5, 3)]
    [InlineData(1, 0)]
    public void Write_RateWithMoreHitsThanRecords_Throws(long numerator, long denominator) =>
        Assert.Throws<ArgumentException>(() => AggregationJson.Write(new Rate(numerator, denominator)));

    [Fact]
    public void ReadRate_EmptyCount_IsTheIdentity() => Assert.Equal(default, AggregationJson.ReadRate("""{"numerator":0,"denominator":0}"""));

    // Equal as numbers and equal as text: the scales survive (2.50 stays 2.50).
    [Fact]
    public void RoundTrip_ValueSummary_KeepsValueAndText() =>
        Properties.Check(Prop.ForAll(AggregationGenerators.Summary.ToArbitrary(), summary =>
        {
            ValueSummary read = AggregationJson.ReadValueSummary(AggregationJson.Write(summary));
            return read == summary && read.ToString() == summary.ToString();
        }));

    [Fact]
    public void RoundTrip_ValueDistribution_KeepsValueAndText() =>
        Properties.Check(Prop.ForAll(AggregationGenerators.Distribution.ToArbitrary(), distribution =>
        {
            string json = AggregationJson.Write(distribution);
            ValueDistribution read = AggregationJson.ReadValueDistribution(json);
            return read == distribution && AggregationJson.Write(read) == json;
        }));

    [Fact]
    public void RoundTrip_TimelinessCounts() =>
        Properties.Check(Prop.ForAll(
            (from t in Generators.Count from o in Generators.Count from p in Generators.Count select new TimelinessCounts(t, o, p)).ToArbitrary(),
            counts => AggregationJson.ReadTimelinessCounts(AggregationJson.Write(counts)) == counts));

    [Fact]
    public void RoundTrip_GroupedRates() =>
        Properties.Check(Prop.ForAll(
            (from records in Gen.ListOf(AggregationGenerators.Record) from kind in AggregationGenerators.Kind select (Records: records, Kind: kind)).ToArbitrary(),
            c =>
            {
                GroupedRates rates = GroupedRates.Tally(c.Records, r => r.Unit, r => r.Date, r => r.Hit, c.Kind);
                return AggregationJson.ReadGroupedRates(AggregationJson.Write(rates)) == rates;
            }));

    [Fact]
    public void RoundTrip_OrganisationTree_KeepsUnitsInOrder() =>
        Properties.Check(Prop.ForAll(AggregationGenerators.Tree.ToArbitrary(), tree =>
            AggregationJson.ReadOrganisationTree(AggregationJson.Write(tree)).Units.SequenceEqual(tree.Units)));

    [Fact]
    public void RoundTrip_Streams()
    {
        GroupedRates rates = GroupedRates.Tally([0, 1, 1], [true, false, true], ["a", "b"]);
        using var groups = new MemoryStream();
        using var tree = new MemoryStream();

        AggregationJson.Write(rates, groups);
        AggregationJson.Write(AggregationGenerators.LinyiTree, tree);
        groups.Position = 0;
        tree.Position = 0;

        Assert.Equal(rates, AggregationJson.ReadGroupedRates(groups));
        Assert.Equal(AggregationGenerators.LinyiTree.Units, AggregationJson.ReadOrganisationTree(tree).Units);
    }

    // Partial results written elsewhere merge into the whole: two halves read back and added equal the tally of all.
    [Fact]
    public void ReadAndMerge_PartialResults_EqualTheWhole()
    {
        int[] ids = [0, 1, 0, 2, 1, 0];
        bool[] hits = [true, false, true, true, true, false];
        string[] units = ["a", "b", "c"];
        string first = AggregationJson.Write(GroupedRates.Tally(ids.AsSpan(0, 3), hits.AsSpan(0, 3), units));
        string second = AggregationJson.Write(GroupedRates.Tally(ids.AsSpan(3), hits.AsSpan(3), units));

        Assert.Equal(GroupedRates.Tally(ids, hits, units), AggregationJson.ReadGroupedRates(first) + AggregationJson.ReadGroupedRates(second));
    }

    [Fact]
    public void Read_AnyOrder_IsAccepted()
    {
        Assert.Equal(ValueDistribution.Of([1m, 2m, 3m]), AggregationJson.ReadValueDistribution("""{"values":[3,1,2]}"""));
        Assert.Equal(
            GroupedRates.Tally([0, 1], [true, true], ["a", "b"]),
            AggregationJson.ReadGroupedRates("""{"groups":[{"unit":"b","numerator":1,"denominator":1},{"unit":"a","numerator":1,"denominator":1}]}"""));
    }

    // ---- Bad input: a JsonException naming the path and what was expected ----------------------------------------

    [Theory]
    [InlineData("""{"numerator":1,"denominator":-2}""", "$.denominator", "expected a whole number ≥ 0, found -2")]
    [InlineData("""{"numerator":-1,"denominator":2}""", "$.numerator", "expected a whole number ≥ 0, found -1")]
    [InlineData("""{"numerator":1.5,"denominator":2}""", "$.numerator", "expected a whole number, got 1.5")]
    [InlineData("""{"numerator":"1","denominator":2}""", "$.numerator", "expected a whole number, got String")]
    [InlineData("""{"numerator":1,"denominator":2,"rate":0.5}""", "$.rate", "unknown property 'rate'")]
    [InlineData("""{"numerator":1,"numerator":2,"denominator":2}""", "$.numerator", "the property 'numerator' appears twice")]
    [InlineData("""{"numerator":1}""", "$.denominator", "missing; expected a whole number ≥ 0")]
    [InlineData("""null""", "$", "expected an object, found null")]
    [InlineData("""[1,2]""", "$", "expected an object")]
    [InlineData("""{"numerator":1,""", "$", "Rate JSON at $:")]
    [InlineData("""{"numerator":5,"denominator":3}""", "$.numerator", "there cannot be more hits than records: 5 of 3")]
    [InlineData("""{"numerator":1,"denominator":0}""", "$.numerator", "there cannot be more hits than records: 1 of 0")]
    [InlineData("""{"numerator":1,/* hits */"denominator":2}""", "$", "comments are not allowed (line 1, byte 16)")]
    [InlineData("""{"numerator":1,"denominator":2,}""", "$", "a trailing comma is not allowed (line 1, byte 32)")]
    public void ReadRate_BadInput_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadRate(json), path, expected);

    [Theory]
    [InlineData("""{"count":-1,"sum":0}""", "$.count", "expected a whole number ≥ 0, found -1")]
    [InlineData("""{"count":2,"sum":5,"min":3,"max":2}""", "$.min", "the minimum 3 is above the maximum 2")]
    [InlineData("""{"count":2,"sum":7,"min":2,"max":3}""", "$.sum", "the sum 7 of 2 values that include the minimum 2 and the maximum 3 must lie between max + 1 × min and min + 1 × max")]
    // Two values are exactly the minimum and the maximum: 1 + 2 = 3, not 3.5 (which is inside the looser 2 × [1, 2]).
    [InlineData("""{"count":2,"sum":3.5,"min":1,"max":2}""", "$.sum", "must lie between max + 1 × min and min + 1 × max")]
    // Three values 1, x, 2 with 1 ≤ x ≤ 2 sum to 4 … 5 (hand calculation); 3.9 and 5.1 are inside 3 × [1, 2] = [3, 6].
    [InlineData("""{"count":3,"sum":3.9,"min":1,"max":2}""", "$.sum", "must lie between max + 2 × min and min + 2 × max")]
    [InlineData("""{"count":3,"sum":5.1,"min":1,"max":2}""", "$.sum", "must lie between max + 2 × min and min + 2 × max")]
    [InlineData("""{"count":2,"sum":3,"min":1,"max":2,}""", "$", "a trailing comma is not allowed")]
    [InlineData("{\"count\":2,\"sum\":3,\"min\":1,\"max\":2 // two values\n}", "$", "comments are not allowed (line 1, byte 36)")]
    [InlineData("""{"count":2,"sum":3.9,"min":2,"max":3}""", "$.sum", "must lie between")]
    [InlineData("""{"count":1,"sum":2,"min":2,"max":3}""", "$.sum", "one value has the same sum, minimum and maximum")]
    [InlineData("""{"count":2,"sum":5,"max":3}""", "$.min", "needs its minimum and maximum")]
    [InlineData("""{"count":0,"sum":1}""", "$.sum", "an empty summary (count 0) has sum 0")]
    [InlineData("""{"count":0,"sum":0,"max":1}""", "$.max", "has no minimum or maximum")]
    [InlineData("""{"sum":0}""", "$.count", "missing")]
    [InlineData("""{"count":1}""", "$.sum", "missing")]
    [InlineData("""{"count":1,"sum":"2","min":2,"max":2}""", "$.sum", "expected a number")]
    [InlineData("""{"count":1,"sum":2,"min":2,"max":2,"mean":2}""", "$.mean", "unknown property 'mean'")]
    public void ReadValueSummary_BadInput_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadValueSummary(json), path, expected);

    // The bounds are inclusive: 1 + 1 + 2 = 4 and 1 + 2 + 2 = 5 (hand calculation); 1 + 1.5 + 2 = 4.5 lies between.
    [Theory]
    [InlineData("4")]
    [InlineData("4.5")]
    [InlineData("5.0")]
    public void ReadValueSummary_SumOfThreeValuesWithinTheBounds_IsAccepted(string sum) =>
        Assert.Equal(decimal.Parse(sum, CultureInfo.InvariantCulture), AggregationJson.ReadValueSummary("{\"count\":3,\"sum\":" + sum + ",\"min\":1,\"max\":2}").Sum);

    [Fact]
    public void ReadValueSummary_ConsistentBoundsOfDifferentScale_AreFine() =>
        Assert.Equal("n 2, sum 5.00, min 2.5, max 2.50", AggregationJson.ReadValueSummary("""{"count":2,"sum":5.00,"min":2.5,"max":2.50}""").ToString());

    [Theory]
    [InlineData("""{"values":[3,1,null]}""", "$.values[2]", "expected a number")]
    [InlineData("""{"values":[3,"1"]}""", "$.values[1]", "expected a number")]
    [InlineData("""{"values":3}""", "$.values", "expected an array")]
    [InlineData("""{}""", "$.values", "missing; expected an array of numbers")]
    [InlineData("""{"values":[1],"count":1}""", "$.count", "unknown property 'count'")]
    public void ReadValueDistribution_BadInput_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadValueDistribution(json), path, expected);

    [Theory]
    [InlineData("""{"timely":1,"overdue":-1,"pending":0}""", "$.overdue", "expected a whole number ≥ 0, found -1")]
    [InlineData("""{"timely":1,"overdue":0}""", "$.pending", "missing")]
    [InlineData("""{"timely":true,"overdue":0,"pending":0}""", "$.timely", "expected a whole number")]
    // long.MaxValue + 1 records: each count fits, their total does not (it would wrap to a negative Total).
    [InlineData("""{"timely":9223372036854775807,"overdue":1,"pending":0}""", "$", "timely + overdue + pending must not exceed 9223372036854775807")]
    [InlineData("""{"timely":9223372036854775806,"overdue":0,"pending":2}""", "$", "found 9223372036854775806 + 0 + 2")]
    [InlineData("""{"timely":1,"overdue":0,"pending":0,}""", "$", "a trailing comma is not allowed")]
    [InlineData("""/* counts */{"timely":1,"overdue":0,"pending":0}""", "$", "comments are not allowed (line 1, byte 1)")]
    public void ReadTimelinessCounts_BadInput_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadTimelinessCounts(json), path, expected);

    [Theory]
    [InlineData("""{"groups":[{"unit":"A","period":"2020-01-01/2020-02-15","numerator":1,"denominator":2}]}""", "$.groups[0].period", "expected a calendar year, quarter or month, found '2020-01-01/2020-02-15'")]
    [InlineData("""{"groups":[{"unit":"A","period":"2020-13","numerator":1,"denominator":2}]}""", "$.groups[0].period", "expected a year (2020) or an ISO date interval")]
    [InlineData("""{"groups":[{"unit":"A","period":"2020","numerator":1,"denominator":2},{"unit":"A","period":"2020-01-01/2020-12-31","numerator":1,"denominator":2}]}""", "$.groups[1]", "the group of unit 'A' and period 2020 appears twice")]
    [InlineData("""{"groups":[{"unit":"A","numerator":1,"denominator":2},{"unit":"A","numerator":1,"denominator":3}]}""", "$.groups[1]", "the group of unit 'A' without a period appears twice")]
    [InlineData("""{"groups":[{"unit":"A","numerator":3,"denominator":2}]}""", "$.groups[0].numerator", "more hits than records: 3 of 2")]
    [InlineData("""{"groups":[{"unit":"A","numerator":0,"denominator":0}]}""", "$.groups[0].denominator", "at least one record")]
    [InlineData("""{"groups":[{"numerator":0,"denominator":1}]}""", "$.groups[0].unit", "missing; expected the unit key")]
    [InlineData("""{"groups":[null]}""", "$.groups[0]", "expected a group object, found null")]
    [InlineData("""{"groups":[{"unit":"A","numerator":1,"denominator":2,"rate":50}]}""", "$.groups[0].rate", "unknown property 'rate'")]
    [InlineData("""{"group":[]}""", "$.group", "unknown property 'group'")]
    [InlineData("""{}""", "$.groups", "missing; expected an array of groups")]
    [InlineData("""{"groups":[{"unit":"A","numerator":1,"denominator":2},]}""", "$.groups[1]", "a trailing comma is not allowed")]
    [InlineData("{\"groups\":[]// none\n}", "$", "comments are not allowed")]
    public void ReadGroupedRates_BadInput_NamesThePath(string json, string path, string expected)
    {
        AssertJsonError(() => AggregationJson.ReadGroupedRates(json), path, expected);
        AssertJsonError(() => AggregationJson.ReadGroupedRates(new MemoryStream(Encoding.UTF8.GetBytes(json))), path, expected);
    }

    [Theory]
    [InlineData("""{"units":[{"id":"a","name":"A","parent":"b"},{"id":"b","name":"B","parent":"a"}]}""", "$.units[0].parent", "the parents form a cycle: a → b → a")]
    [InlineData("""{"units":[{"id":"a","name":"A","parent":"x"}]}""", "$.units[0].parent", "names the parent 'x', which is not a unit of the tree")]
    [InlineData("""{"units":[{"id":"a","name":"A"},{"id":"a","name":"A2"}]}""", "$.units[1].id", "the unit id 'a' appears twice")]
    [InlineData("""{"units":[]}""", "$.units", "a tree needs at least one unit")]
    [InlineData("""{"units":[{"id":" ","name":"A"}]}""", "$.units[0].id", "missing or blank")]
    [InlineData("""{"units":[{"id":"a"}]}""", "$.units[0].name", "missing or blank")]
    [InlineData("""{"units":[{"id":"a","name":"A","parent":""}]}""", "$.units[0].parent", "blank")]
    [InlineData("""{"units":[{"id":"a","name":"A","children":[]}]}""", "$.units[0].children", "unknown property 'children'")]
    [InlineData("""{"units":[{"id":1,"name":"A"}]}""", "$.units[0].id", "expected a string")]
    [InlineData("""{"units":[{"id":"a","name":"A",}]}""", "$.units[0]", "a trailing comma is not allowed")]
    [InlineData("""{"units":[/* root */{"id":"a","name":"A"}]}""", "$.units[0]", "comments are not allowed (line 1, byte 11)")]
    public void ReadOrganisationTree_BadInput_NamesThePath(string json, string path, string expected)
    {
        AssertJsonError(() => AggregationJson.ReadOrganisationTree(json), path, expected);
        AssertJsonError(() => AggregationJson.ReadOrganisationTree(new MemoryStream(Encoding.UTF8.GetBytes(json))), path, expected);
    }

    // ---- Numbers: read exactly, as in the catalog format (Serialization/Converters.cs) ----------------------------
    // long.MaxValue is 9223372036854775807, decimal.MaxValue 79228162514264337593543950335 and a decimal's finest step
    // 1e-28; 0.100000000000000000000000000001 has 30 decimals, more than the 28 a decimal keeps (it would round to 0.1).

    private const string LongRange = "is outside -9223372036854775808..9223372036854775807)";

    [Theory]
    [InlineData("""{"numerator":99999999999999999999,"denominator":2}""", "$.numerator", "out of range (99999999999999999999 " + LongRange)]
    [InlineData("""{"numerator":1,"denominator":9223372036854775808}""", "$.denominator", "out of range (9223372036854775808 " + LongRange)]
    [InlineData("""{"numerator":1,"denominator":1e19}""", "$.denominator", "out of range (1e19 " + LongRange)]
    [InlineData("""{"numerator":0.5,"denominator":2}""", "$.numerator", "expected a whole number, got 0.5")]
    [InlineData("""{"numerator":1,"denominator":true}""", "$.denominator", "expected a whole number, got True")]
    public void ReadRate_NumberThatIsNoCount_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadRate(json), path, expected);

    [Theory]
    [InlineData("""{"count":9223372036854775808,"sum":0}""", "$.count", "out of range (9223372036854775808 " + LongRange)]
    [InlineData("""{"count":2.5,"sum":0}""", "$.count", "expected a whole number, got 2.5")]
    [InlineData("""{"count":1,"sum":0.100000000000000000000000000001,"min":0.1,"max":0.1}""", "$.sum", "0.100000000000000000000000000001 cannot be held exactly")]
    [InlineData("""{"count":1,"sum":1e40,"min":1,"max":1}""", "$.sum", "out of range (1e40 is outside ±79228162514264337593543950335)")]
    [InlineData("""{"count":1,"sum":1,"min":1e40,"max":1}""", "$.min", "out of range (1e40 is outside ±79228162514264337593543950335)")]
    [InlineData("""{"count":1,"sum":0,"min":0,"max":1e-400}""", "$.max", "out of range (1e-400 is not zero but finer than 1e-28")]
    public void ReadValueSummary_NumberThatIsNotExact_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadValueSummary(json), path, expected);

    [Theory]
    [InlineData("""{"values":[1,1e40]}""", "$.values[1]", "out of range (1e40 is outside ±79228162514264337593543950335)")]
    [InlineData("""{"values":[0.100000000000000000000000000001]}""", "$.values[0]", "0.100000000000000000000000000001 cannot be held exactly")]
    [InlineData("""{"values":[1,2,79228162514264337593543950336]}""", "$.values[2]", "out of range (79228162514264337593543950336 is outside")]
    public void ReadValueDistribution_NumberThatIsNotExact_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadValueDistribution(json), path, expected);

    [Theory]
    [InlineData("""{"timely":1,"overdue":0,"pending":9223372036854775808}""", "$.pending", "out of range (9223372036854775808 " + LongRange)]
    [InlineData("""{"timely":1,"overdue":2.5,"pending":0}""", "$.overdue", "expected a whole number, got 2.5")]
    public void ReadTimelinessCounts_NumberThatIsNoCount_NamesThePath(string json, string path, string expected) =>
        AssertJsonError(() => AggregationJson.ReadTimelinessCounts(json), path, expected);

    [Theory]
    [InlineData("""{"groups":[{"unit":"A","numerator":1,"denominator":1e19}]}""", "$.groups[0].denominator", "out of range (1e19 " + LongRange)]
    [InlineData("""{"groups":[{"unit":"A","numerator":0.5,"denominator":2}]}""", "$.groups[0].numerator", "expected a whole number, got 0.5")]
    public void ReadGroupedRates_NumberThatIsNoCount_NamesThePath(string json, string path, string expected)
    {
        AssertJsonError(() => AggregationJson.ReadGroupedRates(json), path, expected);
        AssertJsonError(() => AggregationJson.ReadGroupedRates(new MemoryStream(Encoding.UTF8.GetBytes(json))), path, expected);
    }

    // A whole number may be written any way JSON allows (4e1 = 40.0 = 40), as in the catalog; a decimal keeps the scale
    // it is written with, also through an exponent (2.50e0 has two decimals, 25e-1 one).
    [Fact]
    public void Read_NumbersWrittenWithExponentsOrTrailingZeros_AreExact()
    {
        Assert.Equal(new Rate(40, 50), AggregationJson.ReadRate("""{"numerator":4e1,"denominator":50.0}"""));
        Assert.Equal("n 2, sum 5.00, min 2.5, max 2.50", AggregationJson.ReadValueSummary("""{"count":2e0,"sum":5.00,"min":25e-1,"max":2.50e0}""").ToString());
    }

    // The timeliness state is as strict as the catalog about repeated properties too.
    [Fact]
    public void ReadTimelinessCounts_RepeatedProperty_NamesIt() =>
        AssertJsonError(() => AggregationJson.ReadTimelinessCounts("""{"timely":1,"timely":2,"overdue":0,"pending":0}"""), "$.timely", "the property 'timely' appears twice");

    [Fact]
    public void Read_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AggregationJson.ReadRate(null!));
        Assert.Throws<ArgumentNullException>(() => AggregationJson.ReadGroupedRates((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => AggregationJson.Write((GroupedRates)null!));
    }

    private static void AssertJsonError(Func<object> read, string path, string expected)
    {
        var error = Assert.Throws<JsonException>(read);
        Assert.Equal(path, error.Path);
        Assert.Contains(" JSON at " + path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
