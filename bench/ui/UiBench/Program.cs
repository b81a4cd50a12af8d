using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;
using Mlops.TrackingServer;
using UiBench;

// bench/ui RUNS [REPEATS]: seeds a fresh SQLite store with RUNS runs, serves the UI in-process on 127.0.0.1 and prints
// the median time (ms, loopback round trip, which is nearly all server time) of each page, then one name=value line.
var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
var folder = Directory.CreateTempSubdirectory("mlops-ui-bench").FullName;
try
{
    using var store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), Path.Combine(folder, "artifacts"));
    var seeding = Stopwatch.StartNew();
    var experiment = await UiSeed.WriteAsync(store, runs);
    Console.WriteLine($"seeded {runs} runs x 30 metrics x 20 params in {seeding.Elapsed.TotalSeconds:0.0} s");
    await UiSeed.WriteRegistryAsync(store, experiment, models: 200, versions: 10);
    Console.WriteLine("seeded 200 registered models x 10 versions");
    var options = new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, Path.Combine(folder, "artifacts")) { Port = 0 };
    await using var server = await TrackingServerApp.StartAsync(options, CancellationToken.None);
    using var http = new HttpClient { BaseAddress = server.BaseAddress };
    var first = await store.Tracking.SearchRunsAsync(new RunSearch([experiment], MaxResults: 10));
    var compare = string.Join("&", first.Items.Select(r => "run=" + r.Info.RunId));
    var withHistory = (await store.Tracking.SearchRunsAsync(new RunSearch([experiment], "attributes.run_name = 'run-5'"))).Items[0].Info.RunId;
    var pages = new (string Name, string Url)[]
    {
        ("runs_ms", $"runs?exp={experiment}"),
        ("filtered_ms", $"runs?exp={experiment}&filter={Uri.EscapeDataString("metrics.metric_00 > 0.5 and params.param_00 = '1'")}"),
        ("detail_ms", $"runs/{withHistory}"),
        ("compare_ms", $"compare?{compare}"),
        ("registry_ms", "models"),
        ("model_ms", "models/model?name=model-000"),
    };
    var figures = new List<string>();
    foreach (var (name, url) in pages)
    {
        var times = new List<double>();
        for (var i = 0; i < repeats + 2; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            response.EnsureSuccessStatusCode();
            if (i >= 2)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first two warm the JIT and the page cache
            }
            if (name == "runs_ms" && i == 0)
            {
                figures.Add($"runs_html_kb={(body.Length / 1024.0).ToString("0", CultureInfo.InvariantCulture)}");
            }
        }
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"{name,-12} median {median:0.0} ms over {repeats}");
        figures.Add($"{name}={median.ToString("0.0", CultureInfo.InvariantCulture)}");
    }
    Console.WriteLine($"runs={runs} " + string.Join(' ', figures));
}
finally
{
    Directory.Delete(folder, recursive: true);
}
