using System.Globalization;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Cli.Tests.Monitor;

/// <summary>Logs predictions the way `mlops serve` does: rows of clean.csv, optionally shifted, scored by the registered model.</summary>
internal static class ServedTraffic
{
    public const string Model = "obesity_classifier";

    /// <param name="servedUri">The URI the "server" was started with; monitor run selects an alias's predictions by it.</param>
    /// <param name="shift">Added to every value of <paramref name="column"/>.</param>
    public static async Task LogAsync(Workspace workspace, string servedUri, int rows, int seed, string column = "Weight", double shift = 0)
    {
        using var store = StoreProbe.Open(workspace);
        using var model = await new ModelLoader(store.Tracking, store.Registry, store.Artifacts).LoadAsync(servedUri);
        var clean = CsvReader.ReadFile(workspace.PathOf("data/interim/clean.csv"));
        var shifted = clean.Header.ToList().IndexOf(column);
        var random = new Random(seed);
        var picked = Enumerable.Range(0, rows).Select(_ => clean.Rows[random.Next(clean.Rows.Count)]).Select((row, i) =>
        {
            var fields = (string[])row.Fields.Clone();
            fields[shifted] = (double.Parse(fields[shifted], CultureInfo.InvariantCulture) + shift).ToString("R", CultureInfo.InvariantCulture);
            return new CsvRow(i + 1, i + 2, fields);
        }).ToList();
        var signature = new InputSignature(model.Transform);
        var values = signature.CheckTable(new CsvTable("traffic", clean.Header, picked), (field, message) => throw new InvalidOperationException($"{field}: {message}"));
        var probabilities = new float[rows * model.Classes.Count];
        var predicted = new int[rows];
        model.PredictBatch(values, rows, probabilities, predicted);
        var schema = new PredictionSchema(Model, model.Identity.Version, servedUri,
            [.. signature.Columns.Select((c, i) => new PredictionInput(c, signature.Numeric[i] ? null : signature.Categories[i]))], [.. model.Classes]);
        var batch = new PredictionBatch(schema, rows);
        var ids = Enumerable.Range(0, rows).Select(_ => Guid.CreateVersion7()).ToArray();
        batch.Add(ids, TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds(), values, probabilities, predicted, 1.0);
        await store.PredictionLog.AppendAsync(batch);
    }
}
