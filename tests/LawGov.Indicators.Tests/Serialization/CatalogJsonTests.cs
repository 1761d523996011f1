using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using LawGov.Indicators.Evaluation;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Targets;
using LawGov.Indicators.Tests.TestSupport;
using NodaTime;

namespace LawGov.Indicators.Tests.Serialization;

public class CatalogJsonTests
{
    // A catalog that uses every construct of the format (embedded test data).
    internal static readonly string Sample = TestData.ReadText("catalogs/sample.json");

    private static Catalog Read(string json) => CatalogJson.Parse(json, "test.json");

    [Fact]
    public void Read_Sample_BuildsEveryKind()
    {
        Catalog catalog = Read(Sample);

        Assert.Equal(5, catalog.Targets.Count); // the sample's five top-level targets (hand count; t-filing is inside t-all)
        var pm25 = Assert.IsType<ValueTarget>(catalog.FindTarget("t-pm25"));
        Assert.Equal(Condition.AtMost(52m), pm25.Condition);
        Assert.Equal(new RoundingRule(0), pm25.Rounding);
        Assert.Equal("市生态环境局", Assert.Single(pm25.Provenance.LeadUnits));
        Assert.Equal(Fixtures.Year(2020), pm25.Period); // from the document's effective period
        Assert.Equal(new Scope("临沂市"), pm25.Scope); // from the catalog's jurisdiction
        Assert.Equal(Qualifiers.Soft, catalog.FindTarget("t-good")!.Qualifiers);
        Assert.IsType<CompoundTarget>(catalog.FindTarget("t-all"));
        Assert.Equal(new LocalDate(2020, 12, 31), Assert.IsType<DeadlineTarget>(catalog.FindTarget("t-platform")).Deadline.Due);
        Assert.Equal(Condition.Between(10m, 20m, true, false), ((ValueTarget)catalog.FindTarget("t-between")!).Condition);
    }

    [Fact]
    public void Read_FigureByTarget_TakesTheTargetsIndicatorScopeAndPeriod()
    {
        ReportedFigure figure = Read(Sample).Figures.Single(f => f.Id == "f-good");

        Assert.Equal("good-days", figure.Indicator.Id);
        Assert.Equal(Fixtures.Year(2020), figure.Period);
        Assert.Equal(2, figure.Value!.Value.Scale); // the stated precision is kept: 62.02
    }

    // A figure without "qualifiers" is a plain statement; "implied" marks a number read from wording (全覆盖 = 100).
    [Fact]
    public void Read_FigureQualifiers_AreReadAndWrittenBack()
    {
        string json = Sample.Replace("{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40,", "{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40, \"qualifiers\": [\"implied\"],", StringComparison.Ordinal);

        Catalog catalog = Read(json);

        Assert.Equal(Qualifiers.Implied, catalog.Figures.Single(f => f.Id == "f-filed").Qualifiers);
        Assert.Equal(Qualifiers.None, catalog.Figures.Single(f => f.Id == "f-due").Qualifiers);
        Assert.Contains("\"qualifiers\": [\n        \"implied\"\n      ]", CatalogJson.Write(catalog), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownFigureQualifier_IsAJsonExceptionAtItsPath()
    {
        string json = Sample.Replace("{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40,", "{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40, \"qualifiers\": [\"approximate\"],", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => Read(json));

        Assert.Equal("$.figures[2].qualifiers[0]", ex.Path);
        Assert.Contains("expected one of: soft, implied", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Sample_EvaluatesAsExpected()
    {
        CatalogEvaluation evaluation = Evaluator.Evaluate(Read(Sample));

        // pm25 49 ≤ 52 (met); 227/366 ≥ 62 % (met); filed 40 of 40 = 100 % (met); done 2020-10-01 ≤ 2020-12-31 (met);
        // pm25 49 is not in [10, 20) (not met).
        Assert.Equal([TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.Met, TargetStatus.NotMet],
            evaluation.Results.Select(r => r.Status));
    }

    [Fact]
    public void Write_ThenRead_RoundTripsToTheSameText()
    {
        string first = CatalogJson.Write(Read(Sample));
        string second = CatalogJson.Write(Read(first));

        Assert.Equal(first, second);
        Assert.Contains("\"临政办字〔2020〕86号\"", first, StringComparison.Ordinal); // Chinese text is written as is
    }

    [Fact]
    public void Write_NormalisesScopesPeriodsAndUnits()
    {
        string json = CatalogJson.Write(Read(Sample));

        Assert.Contains("\"unit\": \"ug/m3\"", json, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2020\"", json, StringComparison.Ordinal);
        Assert.Contains("\"jurisdiction\": \"临沂市\"", json, StringComparison.Ordinal);
        Assert.Contains("\"mode\": \"halfEven\"", json, StringComparison.Ordinal);
    }

    // The value of "title" is missing: the reader meets the closing brace on the fourth line of the text.
    [Fact]
    public void Read_MalformedJson_ThrowsJsonExceptionWithLine()
    {
        var ex = Assert.Throws<JsonException>(() => Read("{\n  \"id\": \"x\",\n  \"title\": \n}"));

        Assert.StartsWith("test.json: $", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(line 4)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongTokenType_NamesPathAndExpectation()
    {
        var ex = Assert.Throws<JsonException>(() => Read("""{"id": "x", "title": "t", "indicators": [{"id": "a", "nameZh": "a", "nameEn": "a", "unit": "%", "allowsAbove100": "yes"}]}"""));

        Assert.Equal("$.indicators[0].allowsAbove100", ex.Path);
        Assert.Contains("expected true or false", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MisspelledProperty_IsAnError_NotSilentlyIgnored()
    {
        string json = Sample.Replace("\"atMost\": 52", "\"atmost\": 52", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => Read(json));

        Assert.Contains("unknown property 'atmost'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.targets[0].condition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownUnit_ListsTheAcceptedUnits()
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace("\"unit\": \"µg/m³\"", "\"unit\": \"furlongs\"", StringComparison.Ordinal)));

        Assert.Equal("$.indicators[0].unit", ex.Path);
        Assert.Contains("unknown unit 'furlongs'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ug/m3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownEnumValue_ListsTheAcceptedValues()
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace("\"decimals\": 0", "\"decimals\": 0, \"mode\": \"bankers\"", StringComparison.Ordinal)));

        Assert.Contains("expected one of: halfEven, halfUp, truncate, ceiling, floor", ex.Message, StringComparison.Ordinal);
    }

    // Seed 003's signature prints "2020612"; the date is the sample's fifth figure's (f-platform, index 4).
    [Fact]
    public void Read_BadDate_NamesTheExpectedFormat()
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace("\"2020-10-01\"", "\"2020612\"", StringComparison.Ordinal)));

        Assert.Equal("$.figures[4].date", ex.Path);
        Assert.Contains("expected an ISO date (yyyy-MM-dd), got '2020612'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_SemanticErrors_KeepTheGoodEntries_AndReportEachWithItsPath()
    {
        string json = Sample
            .Replace("\"indicator\": \"good-days\", \"condition\"", "\"indicator\": \"no-such\", \"condition\"", StringComparison.Ordinal)
            .Replace("{\"atLeast\": 62}", "{\"atLeast\": 62, \"atMost\": 70}", StringComparison.Ordinal);

        CatalogReadResult result = CatalogJson.TryRead(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Path == "$.targets[1].indicator" && e.Message.Contains("unknown indicator 'no-such'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Path == "$.targets[1].condition");
        Assert.Contains(result.Errors, e => e.Path == "$.figures[1].target" && e.Message.Contains("unknown target 't-good'", StringComparison.Ordinal));
        Assert.NotNull(result.Catalog);
        Assert.Equal(4, result.Catalog!.Targets.Count); // the other targets are kept: 5 − t-good (hand count)
        Assert.Equal(4, result.Catalog.Figures.Count); // 5 − f-good, whose target t-good is left out
    }

    [Theory]
    [InlineData("\"source\": {\"document\": \"plan\", \"clause\": \"5\", \"leadUnits\": [\"市生态环境局\"]}", "\"source\": {\"document\": \"nope\"}", "$.targets[0].source.document")]
    [InlineData("{\"id\": \"t-platform\", \"indicator\": \"platform\", \"due\": \"2020-12-31\"", "{\"id\": \"t-platform\", \"indicator\": \"platform\"", "$.targets[3]")]
    [InlineData("{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40", "{\"id\": \"f-filed\", \"indicator\": \"filed\", \"value\": 40, \"unit\": \"%\"", "$.figures[2].unit")]
    [InlineData("{\"id\": \"t-good\"", "{\"id\": \"t-pm25\"", "$.targets[1].id")]
    [InlineData("\"components\": [", "\"components\": [], \"x\": [", "$.targets[2]")]
    public void Read_SemanticError_IsReportedAtItsPath(string find, string replace, string path)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFigures_UnknownTarget_IsAJsonException()
    {
        Catalog catalog = Read(Sample);

        var ex = Assert.Throws<JsonException>(() => CatalogJson.ReadFigures(Stream("""{"figures": [{"id": "x", "target": "t-nope", "value": 3}]}"""), catalog, "figures.json"));

        Assert.Equal("$.figures[0].target", ex.Path);
        Assert.StartsWith("figures.json:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFigures_WithoutSource_GetsADocumentNamedAfterTheFile()
    {
        Catalog catalog = Read(Sample);

        ReportedFigure figure = Assert.Single(CatalogJson.ReadFigures(Stream("""{"figures": [{"id": "x", "target": "t-pm25", "value": 51}]}"""), catalog, "figures.json"));

        Assert.Equal("figures.json", figure.Provenance.Document.Title);
        Assert.Equal("pm25", figure.Indicator.Id);
    }

    [Fact]
    public void ReadFigures_WrongUnit_IsAJsonException()
    {
        var ex = Assert.Throws<JsonException>(() => CatalogJson.ReadFigures(Stream("""{"figures": [{"id": "x", "target": "t-pm25", "value": 51, "unit": "days"}]}"""), Read(Sample), "f.json"));

        Assert.Equal("$.figures[0].unit", ex.Path);
    }

    [Fact]
    public void Read_AnyCorruptionOfAValidCatalog_ThrowsOnlyJsonException()
    {
        byte[] valid = Encoding.UTF8.GetBytes(Sample);
        FsCheck.Gen<(int Position, int Length, byte Value)> corruption =
            from position in FsCheck.Fluent.Gen.Choose(0, valid.Length - 1)
            from length in FsCheck.Fluent.Gen.Choose(0, 8)
            from value in FsCheck.Fluent.Gen.Choose(0, 255)
            select (position, length, (byte)value);

        Properties.Check(FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.ToArbitrary(corruption), c =>
        {
            byte[] bytes = valid.Take(c.Position).Concat(Enumerable.Repeat(c.Value, c.Length == 0 ? 0 : 1)).Concat(valid.Skip(c.Position + c.Length)).ToArray();
            try
            {
                CatalogJson.Read(new MemoryStream(bytes));
                return true;
            }
            catch (JsonException)
            {
                return true;
            }
        }), maxTest: 500);
    }

    private const string Pm25Indicator = "{\"id\": \"pm25\", \"nameZh\": \"PM2.5年均浓度\", \"nameEn\": \"annual mean PM2.5\", \"unit\": \"µg/m³\", \"polarity\": \"lowerIsBetter\"}";

    private static string WithPm25(string properties) =>
        Sample.Replace(Pm25Indicator, Pm25Indicator.Replace("\"polarity\": \"lowerIsBetter\"", "\"polarity\": \"lowerIsBetter\", " + properties, StringComparison.Ordinal), StringComparison.Ordinal);

    [Fact]
    public void Read_IndicatorStandard_IsKeptInCanonicalFormAndWritten()
    {
        Assert.Contains(Pm25Indicator, Sample, StringComparison.Ordinal);

        Catalog catalog = Read(WithPm25("\"code\": \"air:PM2.5/annual-mean\", \"standard\": \"HJ633-2012\""));

        Assert.Equal("hj633-2012", catalog.FindIndicator("pm25")!.Standard);
        Assert.Contains("\"standard\": \"hj633-2012\"", CatalogJson.Write(catalog), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"standard\": \"hj633-2012\"", "a standard applies to an indicator with an air: code")]
    [InlineData("\"code\": \"air:PM2.5/annual-mean\", \"standard\": \"epa-2024\"", "unknown standard 'epa-2024'; expected hj633-2012 or hj633-2026")]
    [InlineData("\"code\": \"air:PM2.5/annual-mean\", \"standard\": \"gb3095\"", "unknown standard 'gb3095'")]
    public void Read_BadIndicatorStandard_IsAnErrorAtItsPath(string properties, string message)
    {
        CatalogReadResult result = CatalogJson.TryRead(Stream(WithPm25(properties)));

        CatalogError error = Assert.Single(result.Errors, e => e.Path == "$.indicators[0].standard");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"targets\": [", "\"targets\": [null, ", "$.targets[0]")]
    [InlineData("\"figures\": [", "\"figures\": [null, ", "$.figures[0]")]
    [InlineData("\"documents\": [", "\"documents\": [null, ", "$.documents[0]")]
    [InlineData("\"indicators\": [", "\"indicators\": [null, ", "$.indicators[0]")]
    [InlineData("\"tiers\": [", "\"tiers\": [null, ", "$.targets[0].tiers[0]")]
    [InlineData("\"components\": [", "\"components\": [null, ", "$.targets[2].components[0]")]
    [InlineData("\"leadUnits\": [", "\"leadUnits\": [null, ", "$.targets[0].source")]
    public void Read_NullElement_IsAnErrorAtItsPath_NotACrash(string find, string replace, string path)
    {
        CatalogReadResult result = CatalogJson.TryRead(Stream(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains(result.Errors, e => e.Path == path);
    }

    // JsonStringEnumConverter would read "halfUp, floor" as the flags value 5; the format accepts one defined name only.
    [Theory]
    [InlineData("\"decimals\": 0", "\"decimals\": 0, \"mode\": \"halfUp, floor\"")]
    [InlineData("\"decimals\": 0", "\"decimals\": 0, \"mode\": 1")]
    [InlineData("\"note\": \"GB 3095-2012 Grade II\"", "\"note\": \"GB\", \"severity\": \"warning, error\"")]
    [InlineData("[\"soft\"]", "[\"soft, implied\"]")]
    [InlineData("\"kind\": \"allOf\"", "\"kind\": \"deadline, allOf\"")]
    public void Read_EnumThatIsNotOneDefinedName_IsAJsonException(string find, string replace)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains("expected one of:", ex.Message, StringComparison.Ordinal);
    }

    // Structural corruption: replace a value of the sample with null, a comma list, a huge or negative number, an empty
    // object or array, or a string. Reading never throws anything but JsonException; evaluating what it reads never throws.
    [Fact]
    public void Read_StructuralCorruption_ThrowsOnlyJsonException_AndWhatReadsEvaluates()
    {
        var values = System.Text.RegularExpressions.Regex.Matches(Sample, @"(?<=: )(""[^""]*""|-?[0-9][0-9.e]*|\[|\{|true|false)").ToList();
        string[] replacements = ["null", "\"a, b\"", "1e27", "7.9e28", "-3", "{}", "[]", "\"x\"", "0", "12.7"];
        FsCheck.Gen<(int Index, int Replacement)> gen =
            from index in Gen.Choose(0, values.Count - 1)
            from replacement in Gen.Choose(0, replacements.Length - 1)
            select (index, replacement);

        Properties.Check(Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var match = values[c.Index];
            string replaced = match.Value is "[" or "{" ? replacements[c.Replacement] + "," : replacements[c.Replacement];
            string json = Sample[..match.Index] + replaced + Sample[(match.Index + (match.Value is "[" or "{" ? 0 : match.Length))..];
            try
            {
                Catalog catalog = CatalogJson.Parse(json);
                foreach (TargetResult result in Evaluator.Evaluate(catalog).Results)
                {
                    _ = (result.ExplanationEn, result.ExplanationZh, result.Margin, result.CountMargin, result.RoundedActual);
                }
                _ = DataQuality.Check(catalog);
            }
            catch (JsonException)
            {
            }
            return true;
        }), maxTest: 1000);
    }

    // Audit: a repeated property silently won ("last wins"): {"atMost": 52, "atMost": 10} read as ≤ 10, and a second
    // "figures" array dropped every figure before it.
    [Theory]
    [InlineData("{\"atMost\": 52}", "{\"atMost\": 52, \"atMost\": 10}", "$.targets[0].condition.atMost", "atMost")]
    [InlineData("\"figures\": [", "\"figures\": [], \"figures\": [", "$.figures", "figures")]
    [InlineData("\"clause\": \"5\", \"leadUnits\"", "\"clause\": \"5\", \"clause\": \"6\", \"leadUnits\"", "$.targets[0].source.clause", "clause")]
    public void Read_RepeatedProperty_IsAnError_AtItsPath(string find, string replace, string path, string property)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(path, ex.Path);
        Assert.Contains($"the property '{property}' appears twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFigures_RepeatedProperty_IsAnError_AtItsPath()
    {
        var ex = Assert.Throws<JsonException>(() => CatalogJson.ReadFigures(
            Stream("""{"figures": [{"id": "x", "target": "t-pm25", "value": 51, "value": 49}]}"""), Read(Sample), "figures.json"));

        Assert.Equal("$.figures[0].value", ex.Path);
        Assert.StartsWith("figures.json: $.figures[0].value (line 1): the property 'value' appears twice", ex.Message, StringComparison.Ordinal);
    }

    // The README documents neither comments nor trailing commas, so both are errors rather than silently skipped.
    [Theory]
    [InlineData("{\"atMost\": 52}", "{\"atMost\": 52,}", "$.targets[0].condition", "trailing comma")]
    [InlineData("\"figures\": [", "\"figures\": [ // reported\n", "$.figures[0]", "comments are not allowed")]
    [InlineData("{\"atMost\": 52}", "{\"atMost\": 52 /* µg */}", "$.targets[0].condition", "comments are not allowed")]
    public void Read_TrailingCommaOrComment_IsAnError(string find, string replace, string path, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(path, ex.Path);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reader options", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void Read_EmptyFile_SaysSo_InItsOwnWords(string json)
    {
        var ex = Assert.Throws<JsonException>(() => Read(json));

        Assert.StartsWith("test.json: $ (line ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("the input is empty; expected a JSON object", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", ex.Message, StringComparison.Ordinal);
    }

    // Audit: numbers that no decimal holds were rounded silently: 1e-400 became 0, and 52.0000000000000000000000000001
    // (30 significant digits) became 52, which met "≤ 52" with margin 0. Each is an error naming the path and why.
    [Theory]
    [InlineData("{\"atMost\": 52}", "{\"atMost\": 1e-400}", "$.targets[0].condition.atMost", "out of range (1e-400 is not zero but finer than 1e-28")]
    [InlineData("\"value\": 49", "\"value\": 52.0000000000000000000000000001", "$.figures[0].value", "52.0000000000000000000000000001 cannot be held exactly")]
    [InlineData("\"value\": 49", "\"value\": 1e40", "$.figures[0].value", "out of range (1e40 is outside ±79228162514264337593543950335)")]
    [InlineData("\"value\": 49", "\"value\": 79228162514264337593543950336", "$.figures[0].value", "out of range (79228162514264337593543950336 is outside")]
    [InlineData("[10, 20]", "[10, 20.00000000000000000000000000001]", "$.targets[4].condition.between[1]", "cannot be held exactly")]
    [InlineData("\"numerator\": 227", "\"numerator\": 9223372036854775808", "$.figures[1].numerator", "out of range (9223372036854775808 is outside -9223372036854775808..9223372036854775807)")]
    [InlineData("\"numerator\": 227", "\"numerator\": 22.5", "$.figures[1].numerator", "expected a whole number, got 22.5")]
    [InlineData("\"decimals\": 0", "\"decimals\": 1e10", "$.targets[0].rounding.decimals", "out of range (1e10 is outside -2147483648..2147483647)")]
    [InlineData("\"value\": 49", "\"value\": \"49\"", "$.figures[0].value", "expected a number, got String")]
    public void Read_NumberThatDoesNotConvertExactly_IsAnError_SayingWhy(string find, string replace, string path, string message)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(path, ex.Path);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    // Every decimal of the format goes through the exact converter: the same number rejected at each of them.
    [Theory]
    [InlineData("{\"atMost\": 52}", "{\"atMost\": 1e-400}", "$.targets[0].condition.atMost")]
    [InlineData("{\"atMost\": 35}", "{\"atMost\": 1e-400}", "$.targets[0].tiers[0].condition.atMost")]
    [InlineData("{\"atLeast\": 62}", "{\"atLeast\": 1e-400}", "$.targets[1].condition.atLeast")]
    [InlineData("{\"exactly\": 100}", "{\"exactly\": 1e-400}", "$.targets[2].components[0].condition.exactly")]
    [InlineData("{\"atLeast\": 62}", "{\"moreThan\": 1e-400}", "$.targets[1].condition.moreThan")]
    [InlineData("{\"atLeast\": 62}", "{\"lessThan\": 1e-400}", "$.targets[1].condition.lessThan")]
    [InlineData("[10, 20]", "[1e-400, 20]", "$.targets[4].condition.between[0]")]
    [InlineData("\"qualifiers\": [\"soft\"]", "\"qualifiers\": [\"soft\"], \"confidenceLevel\": 1e-400", "$.targets[1].confidenceLevel")]
    [InlineData("\"value\": 62.02", "\"value\": 1e-400", "$.figures[1].value")]
    public void Read_EveryDecimalOfTheFormat_IsReadExactly(string find, string replace, string path)
    {
        var ex = Assert.Throws<JsonException>(() => Read(Sample.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Equal(path, ex.Path);
    }

    // And the format has no other kind of number that could bypass the exact converters: every numeric property of
    // every object of the format is a decimal, a 64-bit or a 32-bit integer, each with its converter registered.
    [Fact]
    public void Format_EveryNumberType_HasAnExactConverter()
    {
        var numeric = new HashSet<Type>();
        var seen = new HashSet<Type>();
        void Walk(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                Walk(type.GenericTypeArguments[0]);
            }
            else if (type.IsPrimitive || type == typeof(decimal))
            {
                numeric.Add(type);
            }
            else if (type.Namespace == typeof(CatalogJson).Namespace && type.IsClass && seen.Add(type))
            {
                foreach (var property in type.GetProperties())
                {
                    Walk(property.PropertyType);
                }
            }
        }

        Walk(typeof(CatalogDto));

        Assert.Subset(new HashSet<Type> { typeof(decimal), typeof(long), typeof(int), typeof(bool) }, numeric);
        Assert.IsType<ExactDecimalConverter>(CatalogJsonContext.Default.Options.GetConverter(typeof(decimal)));
        Assert.IsType<ExactInt64Converter>(CatalogJsonContext.Default.Options.GetConverter(typeof(long)));
        Assert.IsType<ExactInt32Converter>(CatalogJsonContext.Default.Options.GetConverter(typeof(int)));
    }

    // Exponent forms that are exact are fine: 5.2e1 = 52, 0.62E+2 = 62, 4.0e1 = 40 counts (hand calculation).
    [Fact]
    public void Read_ExactExponentForms_AreAccepted()
    {
        string json = Sample
            .Replace("{\"atMost\": 52}", "{\"atMost\": 5.2e1}", StringComparison.Ordinal)
            .Replace("{\"atLeast\": 62}", "{\"atLeast\": 0.62E+2}", StringComparison.Ordinal)
            .Replace("\"value\": 40,", "\"value\": 4.0e1,", StringComparison.Ordinal)
            .Replace("\"numerator\": 227", "\"numerator\": 2.27e2", StringComparison.Ordinal);

        Catalog catalog = Read(json);

        Assert.Equal(Condition.AtMost(52m), ((ValueTarget)catalog.FindTarget("t-pm25")!).Condition);
        Assert.Equal(Condition.AtLeast(62m), ((ValueTarget)catalog.FindTarget("t-good")!).Condition);
        Assert.Equal(40m, catalog.Figures.Single(f => f.Id == "f-filed").Value);
        Assert.Equal(227, catalog.Figures.Single(f => f.Id == "f-good").Numerator);
    }

    // Audit: an apostrophe was written as \u0027 (the HTML-safe default encoder). The catalog is a data file: ' < > & "
    // and Chinese text are written as they are (a quote escaped as JSON requires), and read back the same.
    [Fact]
    public void Write_QuotesAndHtmlCharacters_AsTheyAre_AndReadsThemBack()
    {
        string title = "Gaozhou's plan <2020> & \"targets\"";
        string json = CatalogJson.Write(Read(Sample.Replace("\"title\": \"Sample\"", "\"title\": " + JsonSerializer.Serialize(title), StringComparison.Ordinal)));

        Assert.Contains("\"title\": \"Gaozhou's plan <2020> & \\\"targets\\\"\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", json, StringComparison.Ordinal);
        Assert.Equal(title, Read(json).Title);
    }

    // Audit: a component repeating its compound's id rejected the whole catalog at "$"; it is the component's error.
    [Fact]
    public void TryRead_ComponentWithItsCompoundsId_IsAnErrorAtTheComponent_TheRestIsKept()
    {
        string json = Sample.Replace("{\"id\": \"t-filing\"", "{\"id\": \"t-all\"", StringComparison.Ordinal);

        CatalogReadResult result = CatalogJson.TryRead(Stream(json));

        Assert.Contains(result.Errors, e => e.Path == "$.targets[2].components[0].id" && e.Message.Contains("'t-all' is used more than once", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Errors, e => e.Path == "$");
        Assert.NotNull(result.Catalog);
        Assert.Equal(["t-pm25", "t-good", "t-platform", "t-between"], result.Catalog!.Targets.Select(t => t.Id));
    }

    private static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    // "eachYear": true on a value target over whole years is read, written back, and judged per year.
    [Fact]
    public void Read_EachYearValueTarget_RoundTrips()
    {
        string json = Sample.Replace("{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62},",
            "{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62}, \"eachYear\": true, \"period\": \"2019-01-01/2020-12-31\",", StringComparison.Ordinal)
            .Replace("{\"id\": \"f-good\", \"target\": \"t-good\",", "{\"id\": \"f-good\", \"target\": \"t-good\", \"period\": \"2020\",", StringComparison.Ordinal);

        Catalog catalog = Read(json);
        var target = Assert.IsType<ValueTarget>(catalog.FindTarget("t-good"));
        string written = CatalogJson.Write(catalog);

        Assert.True(target.EachYear);
        Assert.Contains("\"eachYear\": true", written, StringComparison.Ordinal);
        Assert.True(Assert.IsType<ValueTarget>(Read(written).FindTarget("t-good")).EachYear);
        Assert.DoesNotContain("\"eachYear\"", CatalogJson.Write(Read(Sample)), StringComparison.Ordinal); // false is the default, not written
    }

    // A figure naming a target judged each year over several years, without its own period, would take the whole
    // period and be used for no year (every year no data): it is an error asking for the year.
    [Fact]
    public void Read_FigureNamingAnEachYearTargetWithoutAPeriod_IsAnErrorAskingForTheYear()
    {
        string json = Sample.Replace("{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62},",
            "{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62}, \"eachYear\": true, \"period\": \"2019-01-01/2020-12-31\",", StringComparison.Ordinal);

        CatalogReadResult result = CatalogJson.TryRead(Stream(json));

        CatalogError error = Assert.Single(result.Errors);
        Assert.Equal("$.figures[1].period", error.Path);
        Assert.Contains("judged each year (2019-01-01/2020-12-31)", error.Message, StringComparison.Ordinal);
        Assert.Contains("e.g. 2019", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62},", "{\"id\": \"t-good\", \"indicator\": \"good-days\", \"condition\": {\"atLeast\": 62}, \"eachYear\": true, \"period\": \"2019-01-01/2020-11-30\",",
        "$.targets[1].eachYear", "the period 2019-01-01/2020-11-30 is not whole calendar years")]
    [InlineData("{\"id\": \"t-platform\", \"indicator\": \"platform\", \"due\": \"2020-12-31\",", "{\"id\": \"t-platform\", \"indicator\": \"platform\", \"due\": \"2020-12-31\", \"eachYear\": true,",
        "$.targets[3].eachYear", "'dueEachYear'")]
    [InlineData("{\"id\": \"t-all\", \"kind\": \"allOf\",", "{\"id\": \"t-all\", \"kind\": \"allOf\", \"eachYear\": true,",
        "$.targets[2].eachYear", "'eachYear' applies to a value target")]
    public void Read_MisplacedEachYear_IsAnErrorAtItsPath(string find, string replace, string path, string message)
    {
        Assert.Contains(find, Sample, StringComparison.Ordinal);

        CatalogReadResult result = CatalogJson.TryRead(Stream(Sample.Replace(find, replace, StringComparison.Ordinal)));

        CatalogError error = Assert.Single(result.Errors, e => e.Path == path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
