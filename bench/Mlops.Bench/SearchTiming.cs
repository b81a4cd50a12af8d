using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Bench;

/// <summary>The store's search without HTTP, to tell the store's share of a search from the server's.</summary>
internal static class SearchTiming
{
    public static async Task<int> RunAsync(string databasePath, string artifactRoot, string experimentId, string filter)
    {
        using var store = SqliteStore.Open(databasePath, artifactRoot);
        var search = new RunSearch([experimentId], filter, null, 1000, null, ViewType.ActiveOnly);
        var times = new List<double>();
        var found = 0;
        for (var i = 0; i < 60; i++)
        {
            var clock = Stopwatch.StartNew();
            found = (await store.Tracking.SearchRunsAsync(search)).Items.Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times = times.Skip(51).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"runs={found} median_ms={times[times.Count / 2]:F1} min_ms={times[0]:F1}"));
        return 0;
    }
}
