using System.Globalization;
using NodaTime;

namespace LawGov.Indicators.Calendars;

/// <summary>
/// One record of a timeliness rate held in memory (see <see cref="TimelinessRecords"/>): a start date, an optional
/// completion date and an optional group key.
/// </summary>
/// <remarks>
/// A completion before the start is not rejected here: <see cref="TimelinessRecords"/> reports it as a bad record, as
/// the CSV reader does, so one bad record never stops a run. Equality compares the three parts (keys ordinally).
/// <c>default</c> is an open record started on 0001-01-01 without a key.
/// </remarks>
public readonly struct TimelinessRecord : IEquatable<TimelinessRecord>
{
    /// <summary>Initializes a record.</summary>
    /// <param name="start">The start date (receipt, publication); it is not counted.</param>
    /// <param name="completed">The completion date, or null when not completed.</param>
    /// <param name="key">The group key, or null to count the record in the overall counts only.</param>
    public TimelinessRecord(LocalDate start, LocalDate? completed = null, string? key = null)
    {
        Start = start;
        Completed = completed;
        Key = key;
    }

    /// <summary>The start date.</summary>
    public LocalDate Start { get; }

    /// <summary>The completion date, or null when not completed.</summary>
    public LocalDate? Completed { get; }

    /// <summary>The group key, or null when the record belongs to no group.</summary>
    public string? Key { get; }

    /// <inheritdoc />
    public bool Equals(TimelinessRecord other) =>
        Start == other.Start && Completed == other.Completed && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimelinessRecord other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Completed, Key is null ? 0 : StringComparer.Ordinal.GetHashCode(Key));

    /// <summary>Compares two records for equality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when start, completion and key are equal.</returns>
    public static bool operator ==(TimelinessRecord left, TimelinessRecord right) => left.Equals(right);

    /// <summary>Compares two records for inequality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True when a part differs.</returns>
    public static bool operator !=(TimelinessRecord left, TimelinessRecord right) => !left.Equals(right);

    /// <summary>Formats as <c>A: 2020-09-30 → 2020-11-04</c> (<c>open</c> when not completed).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Key is null ? "" : Key + ": ")}{IsoDates.Format(Start)} → {(Completed is LocalDate done ? IsoDates.Format(done) : "open")}");
}
