using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using LawGov.Indicators.Calendars;
using LawGov.Indicators.Measures;
using LawGov.Indicators.Serialization;
using LawGov.Indicators.Utility;
using NodaTime;

namespace LawGov.Indicators.Aggregation;

/// <summary>
/// Writes and reads the state of the mergeable accumulators — <see cref="Rate"/>, <see cref="ValueSummary"/>,
/// <see cref="ValueDistribution"/>, <see cref="TimelinessCounts"/>, <see cref="GroupedRates"/> — and organisation
/// trees as compact JSON, so partial results computed elsewhere can be read back and merged. Counts are JSON whole
/// numbers; decimals are JSON numbers written with their scale (2.50 stays 2.50). Numbers are read exactly, as in the
/// catalog format: a count that is not whole or does not fit in 64 bits, and a decimal that would be rounded or does
/// not fit, are errors ("out of range (…)", "… cannot be held exactly"), never rounded.
/// </summary>
/// <remarks>
/// Reading is strict: malformed JSON (comments and trailing commas included), an unknown or repeated property, a wrong
/// type, a missing part or an inconsistent state (a negative count, more hits than records, timeliness counts whose
/// total exceeds <see cref="long.MaxValue"/>, a minimum above the maximum, a sum no set of values with that count,
/// minimum and maximum can have, a period that is not a calendar year, quarter or month, a tree with a cycle) is a
/// <see cref="JsonException"/> whose message and <see cref="JsonException.Path"/> name the JSON path and what was
/// expected. Nothing invalid becomes a value.
/// </remarks>
public static class AggregationJson
{
    private static readonly JsonSerializerOptions Options = JsonMessages.Strict(new(AggregationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    /// <summary>
    /// Writes a rate as the state of a hit count, hits over records: <c>{"numerator":45,"denominator":47}</c> (0/0 is the
    /// empty count).
    /// </summary>
    /// <param name="rate">The rate; the numerator (hits) must not exceed the denominator (records).</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentException">The numerator exceeds the denominator (a ratio above 100 % is no hit count).</exception>
    public static string Write(Rate rate)
    {
        Preconditions.CheckArgument(
            rate.Numerator <= rate.Denominator,
            nameof(rate),
            Invariant($"The state of a hit count has no more hits than records; {rate.Numerator} of {rate.Denominator} is not one."));
        return Serialize(new RateStateDto { Numerator = rate.Numerator, Denominator = rate.Denominator });
    }

    /// <summary>Writes a value summary: <c>{"count":3,"sum":10.5,"min":2.5,"max":4.0}</c> (<c>{"count":0,"sum":0}</c> when empty).</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The JSON.</returns>
    public static string Write(ValueSummary summary) =>
        Serialize(new ValueSummaryStateDto { Count = summary.Count, Sum = summary.Sum, Min = summary.Minimum, Max = summary.Maximum });

    /// <summary>Writes a value distribution: <c>{"values":[2,3,4,4,5,8]}</c>, ascending.</summary>
    /// <param name="distribution">The distribution.</param>
    /// <returns>The JSON.</returns>
    public static string Write(ValueDistribution distribution) =>
        Serialize(new ValueDistributionStateDto { Values = [.. distribution.Values] });

    /// <summary>Writes timeliness counts: <c>{"timely":197,"overdue":3,"pending":5}</c>.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>The JSON.</returns>
    public static string Write(TimelinessCounts counts) =>
        Serialize(new TimelinessStateDto { Timely = counts.Timely, Overdue = counts.Overdue, Pending = counts.Pending });

    /// <summary>
    /// Writes grouped rates: <c>{"groups":[{"unit":"兰山区","period":"2020-01-01/2020-01-31","numerator":1,"denominator":2}]}</c>,
    /// in group order; a calendar year is written <c>2020</c>, a group without a period has no <c>period</c>.
    /// </summary>
    /// <param name="rates">The grouped rates.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static string Write(GroupedRates rates) => Serialize(ToDto(Preconditions.CheckNotNull(rates, nameof(rates))));

    /// <summary>Writes grouped rates as UTF-8 JSON (see <see cref="Write(GroupedRates)"/>).</summary>
    /// <param name="rates">The grouped rates.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(GroupedRates rates, Stream utf8Json)
    {
        Preconditions.CheckNotNull(rates, nameof(rates));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonSerializer.Serialize(utf8Json, ToDto(rates), TypeInfo<GroupedRatesStateDto>());
    }

    /// <summary>
    /// Writes an organisation tree: <c>{"units":[{"id":"linyi","name":"临沂市"},{"id":"lanshan","name":"兰山区","parent":"linyi"}]}</c>,
    /// in unit order.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public static string Write(OrganisationTree tree) => Serialize(ToDto(Preconditions.CheckNotNull(tree, nameof(tree))));

    /// <summary>Writes an organisation tree as UTF-8 JSON (see <see cref="Write(OrganisationTree)"/>).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(OrganisationTree tree, Stream utf8Json)
    {
        Preconditions.CheckNotNull(tree, nameof(tree));
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonSerializer.Serialize(utf8Json, ToDto(tree), TypeInfo<OrganisationTreeDto>());
    }

    /// <summary>Reads the state of a hit count written by <see cref="Write(Rate)"/>: hits over records.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a hit count (a negative count, more hits than
    /// records, so also n/0 for n &gt; 0); the message names the path.</exception>
    public static Rate ReadRate(string json)
    {
        const string Kind = "Rate";
        RateStateDto dto = Deserialize<RateStateDto>(json, Kind);
        long numerator = Count(dto.Numerator, "$.numerator", Kind), denominator = Count(dto.Denominator, "$.denominator", Kind);
        return HitCount(numerator, denominator, "$.numerator", Kind);
    }

    /// <summary>Reads a value summary written by <see cref="Write(ValueSummary)"/>, checking its parts agree.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a consistent summary; the message names the path.</exception>
    public static ValueSummary ReadValueSummary(string json)
    {
        const string Kind = "Value summary";
        ValueSummaryStateDto dto = Deserialize<ValueSummaryStateDto>(json, Kind);
        long count = dto.Count ?? throw Error(Kind, "$.count", "missing; expected the number of values, a whole number ≥ 0");
        decimal sum = dto.Sum ?? throw Error(Kind, "$.sum", "missing; expected the exact sum of the values, a number");
        return ValueSummary.TryFromParts(count, sum, dto.Min, dto.Max, out string? part, out string? error)
            ?? throw Error(Kind, "$." + part, error!);
    }

    /// <summary>Reads a value distribution written by <see cref="Write(ValueDistribution)"/> (the values in any order).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The distribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a distribution; the message names the path.</exception>
    public static ValueDistribution ReadValueDistribution(string json)
    {
        const string Kind = "Value distribution";
        ValueDistributionStateDto dto = Deserialize<ValueDistributionStateDto>(json, Kind);
        List<decimal> values = dto.Values ?? throw Error(Kind, "$.values", "missing; expected an array of numbers");
        return ValueDistribution.Of(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values));
    }

    /// <summary>Reads timeliness counts written by <see cref="Write(TimelinessCounts)"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not valid counts; the message names the path.</exception>
    public static TimelinessCounts ReadTimelinessCounts(string json)
    {
        const string Kind = "Timeliness counts";
        TimelinessStateDto dto = Deserialize<TimelinessStateDto>(json, Kind);
        long timely = Count(dto.Timely, "$.timely", Kind), overdue = Count(dto.Overdue, "$.overdue", Kind), pending = Count(dto.Pending, "$.pending", Kind);
        if (!TimelinessCounts.TryTotal(timely, overdue, pending, out _))
        {
            throw Error(Kind, "$", Invariant($"{TimelinessCounts.TotalTooLarge}; found {timely} + {overdue} + {pending}"));
        }
        return new TimelinessCounts(timely, overdue, pending);
    }

    /// <summary>Reads grouped rates written by <see cref="Write(GroupedRates)"/> (the groups in any order).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The grouped rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not valid grouped rates; the message names the path.</exception>
    public static GroupedRates ReadGroupedRates(string json) => FromDto(Deserialize<GroupedRatesStateDto>(json, GroupsKind));

    /// <summary>Reads grouped rates from UTF-8 JSON (see <see cref="ReadGroupedRates(string)"/>).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <returns>The grouped rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not valid grouped rates; the message names the path.</exception>
    public static GroupedRates ReadGroupedRates(Stream utf8Json) => FromDto(Deserialize<GroupedRatesStateDto>(utf8Json, GroupsKind));

    /// <summary>Reads an organisation tree written by <see cref="Write(OrganisationTree)"/> (units in any order).</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a valid tree (no units, a repeated id, an unknown
    /// parent, a cycle); the message names the path.</exception>
    public static OrganisationTree ReadOrganisationTree(string json) => FromDto(Deserialize<OrganisationTreeDto>(json, TreeKind));

    /// <summary>Reads an organisation tree from UTF-8 JSON (see <see cref="ReadOrganisationTree(string)"/>).</summary>
    /// <param name="utf8Json">The JSON; read to its end, not closed.</param>
    /// <returns>The tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is malformed or not a valid tree; the message names the path.</exception>
    public static OrganisationTree ReadOrganisationTree(Stream utf8Json) => FromDto(Deserialize<OrganisationTreeDto>(utf8Json, TreeKind));

    private const string GroupsKind = "Grouped rates";
    private const string TreeKind = "Organisation tree";

    private static GroupedRatesStateDto ToDto(GroupedRates rates) => new()
    {
        Groups = rates.Groups.Select(g => (RateGroupStateDto?)new RateGroupStateDto
        {
            Unit = g.Unit,
            Period = g.Period is null ? null : Periods.Format(g.Period),
            Numerator = g.Rate.Numerator,
            Denominator = g.Rate.Denominator,
        }).ToList(),
    };

    private static OrganisationTreeDto ToDto(OrganisationTree tree) => new()
    {
        Units = tree.Units.Select(u => (OrganisationUnitDto?)new OrganisationUnitDto { Id = u.Id, Name = u.Name, Parent = u.ParentId }).ToList(),
    };

    private static GroupedRates FromDto(GroupedRatesStateDto dto)
    {
        List<RateGroupStateDto?> list = dto.Groups ?? throw Error(GroupsKind, "$.groups", "missing; expected an array of groups");
        var groups = new List<RateGroup>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            string path = Invariant($"$.groups[{i}]");
            RateGroupStateDto group = list[i] ?? throw Error(GroupsKind, path, "expected a group object, found null");
            string unit = group.Unit ?? throw Error(GroupsKind, path + ".unit", "missing; expected the unit key, a string");
            DateInterval? period = null;
            if (group.Period is { } text)
            {
                period = Periods.TryParse(text, out string? problem) ?? throw Error(GroupsKind, path + ".period", problem!);
                if (Periods.KindOf(period) is null)
                {
                    throw Error(GroupsKind, path + ".period", $"expected a calendar year, quarter or month, found '{text}'");
                }
            }
            long denominator = Count(group.Denominator, path + ".denominator", GroupsKind);
            long numerator = Count(group.Numerator, path + ".numerator", GroupsKind);
            if (denominator == 0)
            {
                throw Error(GroupsKind, path + ".denominator", "a group has at least one record; expected a whole number ≥ 1, found 0");
            }
            groups.Add(new RateGroup(unit, period, HitCount(numerator, denominator, path + ".numerator", GroupsKind)));
        }
        return GroupedRates.TryFromGroups(groups, out int repeated)
            ?? throw Error(GroupsKind, Invariant($"$.groups[{repeated}]"), $"the group of unit '{groups[repeated].Unit}'{(groups[repeated].Period is { } p ? " and period " + Periods.Format(p) : " without a period")} appears twice");
    }

    private static OrganisationTree FromDto(OrganisationTreeDto dto)
    {
        List<OrganisationUnitDto?> list = dto.Units ?? throw Error(TreeKind, "$.units", "missing; expected an array of units");
        var units = new List<OrganisationUnit>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            string path = Invariant($"$.units[{i}]");
            OrganisationUnitDto unit = list[i] ?? throw Error(TreeKind, path, "expected a unit object, found null");
            if (string.IsNullOrWhiteSpace(unit.Id))
            {
                throw Error(TreeKind, path + ".id", "missing or blank; expected the unit id");
            }
            if (string.IsNullOrWhiteSpace(unit.Name))
            {
                throw Error(TreeKind, path + ".name", "missing or blank; expected the unit name");
            }
            if (unit.Parent is not null && string.IsNullOrWhiteSpace(unit.Parent))
            {
                throw Error(TreeKind, path + ".parent", "blank; expected the parent's id, or no 'parent' for a root");
            }
            units.Add(new OrganisationUnit(unit.Id, unit.Name, unit.Parent));
        }
        return OrganisationTree.TryCreate(units, out int index, out string? part, out string? error)
            ?? throw Error(TreeKind, index < 0 ? "$.units" : Invariant($"$.units[{index}]") + "." + part, error!);
    }

    /// <summary>Hits over records, which cannot be more hits than records.</summary>
    private static Rate HitCount(long numerator, long denominator, string numeratorPath, string kind) => numerator <= denominator
        ? new Rate(numerator, denominator)
        : throw Error(kind, numeratorPath, Invariant($"there cannot be more hits than records: {numerator} of {denominator}"));

    private static long Count(long? value, string path, string kind) => value switch
    {
        null => throw Error(kind, path, "missing; expected a whole number ≥ 0"),
        < 0 => throw Error(kind, path, Invariant($"expected a whole number ≥ 0, found {value}")),
        _ => value.Value,
    };

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static string Serialize<T>(T dto) => JsonSerializer.Serialize(dto, TypeInfo<T>());

    private static T Deserialize<T>(string json, string kind)
        where T : class
    {
        Preconditions.CheckNotNull(json, nameof(json));
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>()) ?? throw Error(kind, "$", "expected an object, found null");
        }
        catch (JsonException ex) when (!JsonMessages.IsWorded(ex, kind))
        {
            throw JsonMessages.Rewrite(ex, kind);
        }
    }

    private static T Deserialize<T>(Stream utf8Json, string kind)
        where T : class
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        try
        {
            return JsonSerializer.Deserialize(utf8Json, TypeInfo<T>()) ?? throw Error(kind, "$", "expected an object, found null");
        }
        catch (JsonException ex) when (!JsonMessages.IsWorded(ex, kind))
        {
            throw JsonMessages.Rewrite(ex, kind);
        }
    }

    private static JsonException Error(string kind, string path, string message) => JsonMessages.Error(kind, path, message);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
