using Mlops.Bench;

// Tracking benchmarks that need the C# library (bench/tracking runs the HTTP ones with wrk):
//   embedded DB ARTIFACTS [POINTS]   writes POINTS (default 1,000,000) metric points through the embedded store
//   seed-runs DB ARTIFACTS RUNS      creates an experiment "search-bench" with RUNS runs to search over
//   concurrent DB ARTIFACTS WRITERS SECONDS  the store under concurrent 1,000-point batches, without HTTP
//   search DB ARTIFACTS EXPERIMENT FILTER   times the store's search alone (no HTTP), for profiling
//   prediction-log DB ARTIFACTS [ROWS]  appends ROWS (default 500,000) predictions in 5,000-row batches to the SQLite log
//   scale-data PARAMS SCALE SEED OUT  (bench/data) data.raw of PARAMS resampled to SCALE x its rows with seeded noise
return args switch
{
    ["embedded", var db, var artifacts] => await EmbeddedBench.RunAsync(db, artifacts, 1_000_000),
    ["embedded", var db, var artifacts, var points] => await EmbeddedBench.RunAsync(db, artifacts, int.Parse(points, System.Globalization.CultureInfo.InvariantCulture)),
    ["seed-runs", var db, var artifacts, var runs] => await SearchSeed.RunAsync(db, artifacts, int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    ["search", var db, var artifacts, var experiment, var filter] => await SearchTiming.RunAsync(db, artifacts, experiment, filter),
    ["concurrent", var db, var artifacts, var writers, var seconds] =>
        await ConcurrentBench.RunAsync(db, artifacts, int.Parse(writers, System.Globalization.CultureInfo.InvariantCulture), double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
    ["prediction-log", var db, var artifacts] => await PredictionLogBench.RunAsync(db, artifacts, 500_000),
    ["prediction-log", var db, var artifacts, var rows] =>
        await PredictionLogBench.RunAsync(db, artifacts, int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)),
    ["scale-data", var paramsFile, var scale, var seed, var output] =>
        ScaledData.Run(paramsFile, int.Parse(scale, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), output),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Mlops.Bench embedded DB ARTIFACTS [POINTS] | seed-runs DB ARTIFACTS RUNS | prediction-log DB ARTIFACTS [ROWS] | scale-data PARAMS SCALE SEED OUT");
    return 2;
}
