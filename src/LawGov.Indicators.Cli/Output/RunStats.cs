using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace LawGov.Indicators.Cli.Output;

/// <summary>
/// <c>--stats</c>: records read, elapsed time and peak memory of a run, printed to stderr so that stdout stays the
/// result.
/// </summary>
internal sealed class RunStats
{
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly long allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);

    public static Option<bool> CreateOption() => new("--stats")
    {
        Description = "Print records read, elapsed time and peak memory to stderr.",
    };

    /// <summary>Writes the statistics line when <paramref name="enabled"/>.</summary>
    public void Report(CliContext context, bool enabled, long records, string what)
    {
        if (!enabled)
        {
            return;
        }
        watch.Stop();
        double seconds = watch.Elapsed.TotalSeconds;
        long peak;
        using (Process process = Process.GetCurrentProcess())
        {
            peak = process.PeakWorkingSet64;
        }
        long allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedAtStart;
        string rate = seconds > 0 ? (records / seconds).ToString("N0", CultureInfo.InvariantCulture) : "—";
        context.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"stats: {records:N0} {what} read in {seconds:0.000} s ({rate}/s); peak memory {peak / (1024.0 * 1024.0):0.0} MiB; managed allocations {allocated / (1024.0 * 1024.0):0.0} MiB"));
    }
}
