namespace LawGov.Indicators.Calendars;

/// <summary>The counts of one group of records (one unit, one department …).</summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class TimelinessGroup
{
    internal TimelinessGroup(string key, TimelinessCounts counts)
    {
        Key = key;
        Counts = counts;
    }

    /// <summary>The group key, as written in the input.</summary>
    public string Key { get; }

    /// <summary>The group's counts; <see cref="TimelinessCounts.TimelyRate"/> is its rate.</summary>
    public TimelinessCounts Counts { get; }
}
