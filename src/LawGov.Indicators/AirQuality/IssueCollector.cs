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
}
