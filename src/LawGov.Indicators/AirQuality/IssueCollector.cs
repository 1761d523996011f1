namespace LawGov.Indicators.AirQuality;

/// <summary>Keeps the first issues (up to a limit) and counts them all.</summary>
internal sealed class IssueCollector(int limit)
{
    private readonly List<AirDataIssue> kept = [];

    internal int Limit => limit;

    internal long Count { get; private set; }

    internal void Add(long line, int column, string message)
    {
        Count++;
        if (kept.Count < limit)
        {
            kept.Add(new AirDataIssue(line, column, message));
        }
    }

    internal AirDataIssue[] ToArray() => kept.ToArray();

    /// <summary>Takes the issues of a later part of the input, their lines shifted by <paramref name="lineOffset"/>.</summary>
    internal void Absorb(IssueCollector later, long lineOffset)
    {
        Count += later.Count;
        foreach (AirDataIssue issue in later.kept)
        {
            if (kept.Count < limit)
            {
                kept.Add(new AirDataIssue(issue.Line + lineOffset, issue.Column, issue.Message));
            }
        }
    }
}
