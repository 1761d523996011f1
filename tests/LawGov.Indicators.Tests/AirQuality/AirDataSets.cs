using System.Globalization;
using LawGov.Indicators.AirQuality;

namespace LawGov.Indicators.Tests.AirQuality;

/// <summary>
/// Compares two data sets field by field, for the properties that require one reading (in parts, in blocks, merged,
/// through JSON) to equal another: every city's exact hourly state (each sum and count), every day of every city and
/// station with <see cref="DailyConcentrations"/>' <c>==</c> (every field: sums, counts, windows, validity), the counts,
/// and optionally the issues and the order of cities and stations.
/// </summary>
internal static class AirDataSets
{
    /// <summary>Throws naming the first difference; true when there is none (for use inside a property).</summary>
    /// <param name="expected">The reference reading.</param>
    /// <param name="actual">The reading compared with it.</param>
    /// <param name="inputOrder">Whether cities and stations must come in the same order (else they are matched by name).</param>
    /// <param name="issues">Whether the kept issues must agree (part, line, column, message); their counts always must.</param>
    public static bool Same(AirDataSet expected, AirDataSet actual, bool inputOrder = true, bool issues = true) =>
        Difference(expected, actual, inputOrder, issues) is string difference ? throw new Xunit.Sdk.XunitException(difference) : true;

    /// <summary>The first difference, or null.</summary>
    public static string? Difference(AirDataSet expected, AirDataSet actual, bool inputOrder = true, bool issues = true)
    {
        if ((expected.RowCount, expected.SkippedRowCount, expected.IssueCount) != (actual.RowCount, actual.SkippedRowCount, actual.IssueCount))
        {
            return Invariant($"rows/skipped/issues {expected.RowCount}/{expected.SkippedRowCount}/{expected.IssueCount} vs {actual.RowCount}/{actual.SkippedRowCount}/{actual.IssueCount}");
        }
        if (issues)
        {
            string[] want = expected.Issues.Select(Show).ToArray(), got = actual.Issues.Select(Show).ToArray();
            if (!want.SequenceEqual(got))
            {
                return "issues:\n" + string.Join("\n", want) + "\nvs\n" + string.Join("\n", got);
            }
        }
        CityAirData[] wantCities = Ordered(expected.Cities, c => c.Name ?? "", inputOrder), gotCities = Ordered(actual.Cities, c => c.Name ?? "", inputOrder);
        if (!wantCities.Select(c => c.Name).SequenceEqual(gotCities.Select(c => c.Name)))
        {
            return "cities: " + string.Join(",", wantCities.Select(c => c.Name)) + " vs " + string.Join(",", gotCities.Select(c => c.Name));
        }
        foreach ((CityAirData want, CityAirData got) in wantCities.Zip(gotCities))
        {
            if (HoursDifference(want, got) is string hours)
            {
                return $"city '{want.Name}' hourly state: {hours}";
            }
            SiteSeries[] wantSites = Ordered(want.Stations, s => s.Name, inputOrder).Prepend(want.City).ToArray();
            SiteSeries[] gotSites = Ordered(got.Stations, s => s.Name, inputOrder).Prepend(got.City).ToArray();
            if (!wantSites.Select(s => s.Name).SequenceEqual(gotSites.Select(s => s.Name)))
            {
                return $"city '{want.Name}' sites: " + string.Join(",", wantSites.Select(s => s.Name)) + " vs " + string.Join(",", gotSites.Select(s => s.Name));
            }
            foreach ((SiteSeries wantSite, SiteSeries gotSite) in wantSites.Zip(gotSites))
            {
                if (!wantSite.Days.SequenceEqual(gotSite.Days))
                {
                    var first = wantSite.Days.Zip(gotSite.Days).FirstOrDefault(d => d.First != d.Second);
                    return Invariant($"city '{want.Name}' site '{wantSite.Name}': {wantSite.Days.Count} vs {gotSite.Days.Count} days, first difference {first.First} vs {first.Second}");
                }
            }
        }
        return null;
    }

    private static T[] Ordered<T>(IEnumerable<T> items, Func<T, string> name, bool inputOrder) =>
        inputOrder ? items.ToArray() : items.OrderBy(name, StringComparer.Ordinal).ToArray();

    private static string? HoursDifference(CityAirData want, CityAirData got)
    {
        int[] wantDays = want.Hours.Keys.Order().ToArray(), gotDays = got.Hours.Keys.Order().ToArray();
        if (!wantDays.SequenceEqual(gotDays))
        {
            return Invariant($"{wantDays.Length} vs {gotDays.Length} days");
        }
        foreach (int day in wantDays)
        {
            if (!want.Hours[day].Sums.SequenceEqual(got.Hours[day].Sums) || !want.Hours[day].Counts.SequenceEqual(got.Hours[day].Counts))
            {
                return Invariant($"day {DayNumbers.ToDate(day):yyyy-MM-dd} differs");
            }
        }
        return null;
    }

    private static string Show(AirDataIssue issue) => Invariant($"part {issue.Part}, {issue}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
