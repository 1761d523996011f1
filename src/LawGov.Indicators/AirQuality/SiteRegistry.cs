namespace LawGov.Indicators.AirQuality;

/// <summary>Assigns a dense id to each (city, station) pair; thread-safe, so parallel parsers share one.</summary>
internal sealed class SiteRegistry
{
    private readonly Dictionary<(string City, string Station), int> ids = [];
    private readonly List<(string? City, string Station)> sites = [];
    private readonly object gate = new();

    internal int GetOrAdd(string? city, string station)
    {
        lock (gate)
        {
            if (!ids.TryGetValue((city ?? "\0", station), out int id))
            {
                id = sites.Count;
                sites.Add((city, station));
                ids.Add((city ?? "\0", station), id);
            }
            return id;
        }
    }

    internal (string? City, string Station) this[int id]
    {
        get
        {
            lock (gate)
            {
                return sites[id];
            }
        }
    }
}
