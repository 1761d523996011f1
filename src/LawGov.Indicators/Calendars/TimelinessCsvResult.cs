using System.Diagnostics.CodeAnalysis;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// The result of reading a timeliness CSV: a report, or the error that made the whole file unusable (an empty file, a
/// missing column). Errors in single records do not fail the read: they are in <see cref="TimelinessReport.Errors"/>.
/// </summary>
/// <remarks>Immutable; equality is reference equality.</remarks>
public sealed class TimelinessCsvResult
{
    private TimelinessCsvResult(TimelinessReport? report, RecordError? error)
    {
        Report = report;
        Error = error;
    }

    /// <summary>True when the file could be read; <see cref="Report"/> is then set.</summary>
    [MemberNotNullWhen(true, nameof(Report))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Report is not null;

    /// <summary>The report, or null when the file was unusable.</summary>
    public TimelinessReport? Report { get; }

    /// <summary>Why the file was unusable, or null.</summary>
    public RecordError? Error { get; }

    internal static TimelinessCsvResult Success(TimelinessReport report) => new(report, null);

    internal static TimelinessCsvResult Failure(RecordError error) => new(null, error);
}
