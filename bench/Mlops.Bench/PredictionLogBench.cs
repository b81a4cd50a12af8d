using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Predictions;
using Mlops.Storage.Relational.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Bench;

/// <summary>
/// The SQLite prediction log as the server's writer uses it: 5,000-row batches of a 16-input (8 numeric, 8 categorical),
/// 7-class model appended one after another. Prints the encode cost alone, then appends with their wall and CPU time.
/// </summary>
internal static class PredictionLogBench
{
    private const int BatchRows = 5_000;
    private const int Inputs = 16;
    private const int Classes = 7;

    public static async Task<int> RunAsync(string databasePath, string artifactRoot, int rows)
    {
        var batch = Batch();
        var payload = new byte[PredictionBatchCodec.EncodedLength(batch)];
        // Warm-up long enough for tiered compilation to replace the first, unoptimised code (it waits ~100 ms, then recompiles).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 1_000)
        {
            PredictionBatchCodec.Encode(batch, payload);
            Thread.Sleep(1);
        }
        const int encodes = 200;
        var encodeClock = Stopwatch.StartNew();
        for (var i = 0; i < encodes; i++)
        {
            PredictionBatchCodec.Encode(batch, payload);
        }
        var encodeNsPerRow = encodeClock.Elapsed.TotalNanoseconds / (encodes * (double)BatchRows);

        using var store = SqliteStore.Open(databasePath, artifactRoot);
        await store.PredictionLog.AppendAsync(batch);   // first use: opens (creates) the log file, warms the path
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var user0 = process.UserProcessorTime;
        var clock = Stopwatch.StartNew();
        var appended = 0;
        for (; appended < rows; appended += BatchRows)
        {
            await store.PredictionLog.AppendAsync(batch);
        }
        clock.Stop();
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
        var userMs = (process.UserProcessorTime - user0).TotalMilliseconds;

        var listed = await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 10 });
        if (listed.Records.Count != 10)
        {
            Console.Error.WriteLine($"expected 10 listed predictions, found {listed.Records.Count}");
            return 1;
        }
        var singles = await SingleRowFileBytesPerRowAsync(databasePath + ".singles.db", artifactRoot);
        store.Dispose();   // the last connection checkpoints the WAL into the file and removes it
        var fileBytesPerRow = new FileInfo(store.PredictionLog.Path).Length / (double)(appended + BatchRows);
        var perK = 1000.0 / appended;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={appended} batch_rows={BatchRows} bytes_per_row={payload.Length / (double)BatchRows:F1} " +
            $"file_bytes_per_row={fileBytesPerRow:F1} file_bytes_per_row_single_row_batches={singles:F1} " +
            $"encode_ns_per_row={encodeNsPerRow:F1} rows_per_second={appended / clock.Elapsed.TotalSeconds:F0} " +
            $"cpu_ms_per_1k_rows={cpuMs * perK:F3} user_ms_per_1k_rows={userMs * perK:F3} kernel_ms_per_1k_rows={(cpuMs - userMs) * perK:F3}"));
        return 0;
    }

    /// <summary>Light traffic: the writer flushes every 100 ms, so each stored batch may hold a single prediction.</summary>
    private static async Task<double> SingleRowFileBytesPerRowAsync(string databasePath, string artifactRoot)
    {
        const int appends = 5_000;
        var full = Batch();
        var store = SqliteStore.Open(databasePath, artifactRoot);
        for (var i = 0; i < appends; i++)
        {
            var one = new PredictionBatch(full.Schema, 1);
            one.Add(full.Ids[i], full.Times[i], full.Inputs.Slice(i * Inputs, Inputs), full.Probabilities.Slice(i * Classes, Classes),
                full.Predicted[i], 0.8);
            await store.PredictionLog.AppendAsync(one);
        }
        store.Dispose();
        return new FileInfo(store.PredictionLog.Path).Length / (double)appends;
    }

    private static PredictionBatch Batch()
    {
        var inputs = Enumerable.Range(0, Inputs)
            .Select(i => i % 2 == 0 ? new PredictionInput($"num_{i}") : new PredictionInput($"cat_{i}", ["a", "b", "c", "d"]))
            .ToArray();
        var classes = Enumerable.Range(0, Classes).Select(c => $"class_{c}").ToArray();
        var batch = new PredictionBatch(new PredictionSchema("bench_model", 1, "models:/bench_model/1", inputs, classes), BatchRows);
        var random = new Random(42);
        var values = new double[Inputs];
        var probabilities = new float[Classes];
        for (var r = 0; r < BatchRows; r++)
        {
            for (var i = 0; i < Inputs; i++)
            {
                values[i] = i % 2 == 0 ? random.NextDouble() * 100 : random.Next(4);
            }
            for (var c = 0; c < Classes; c++)
            {
                probabilities[c] = (float)random.NextDouble();
            }
            batch.Add(Guid.CreateVersion7(), 1_700_000_000_000 + r / 1000, values, probabilities, random.Next(Classes), 0.8);
        }
        return batch;
    }
}
