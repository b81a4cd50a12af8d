using System.Globalization;
using Mlops.Core.Predictions;
using Mlops.Inference.Loading;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>
/// Predictions written straight to a test champion's log as the server would have logged them: raw rows scored by the
/// champion's package, each at the time asked for.
/// </summary>
public static class TrafficLog
{
    public sealed record Logged(string Id, string Predicted, DateTimeOffset At);

    /// <summary>The held-out rows of the workspace (clean.csv split as the features stage splits it).</summary>
    public static CleanRows HeldOut(TestChampion champion)
    {
        var clean = CleanRows.Read(champion.Params, champion.Workspace.PathOf("data/interim/clean.csv"));
        return clean.Take(DatasetSplitter.Split(clean.Labels, champion.Params.Split).Test);
    }

    /// <summary>A copy of <paramref name="rows"/> with <paramref name="delta"/> added to the numeric input <paramref name="column"/>.</summary>
    public static IReadOnlyList<string[]> Shifted(CleanRows rows, string column, double delta)
    {
        var at = rows.Columns.ToList().IndexOf(column);
        return [.. rows.Inputs.Select(r =>
        {
            var copy = (string[])r.Clone();
            copy[at] = (double.Parse(copy[at], CultureInfo.InvariantCulture) + delta).ToString("R", CultureInfo.InvariantCulture);
            return copy;
        })];
    }

    /// <param name="rows">Raw cells in schema column order.</param>
    public static async Task<IReadOnlyList<Logged>> AppendAsync(
        TestChampion champion, LoadedModel model, IReadOnlyList<string[]> rows, Func<int, DateTimeOffset> timeOf)
    {
        var columns = champion.Params.Schema.Columns.ToList();
        var inputs = columns.Select(c => new PredictionInput(c.Key, c.Value.Type == "numeric" ? null : c.Value.Categories)).ToList();
        var schema = new PredictionSchema(champion.Name, 1, $"models:/{champion.Name}@champion", inputs, model.Classes);
        var batch = new PredictionBatch(schema, Math.Max(1, rows.Count));
        var probabilities = new float[model.Classes.Count];
        var values = new double[inputs.Count];
        var order = model.InputColumns.Select(c => columns.FindIndex(x => x.Key == c)).ToArray();
        var logged = new List<Logged>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var predicted = model.Predict([.. order.Select(i => row[i])], probabilities);
            for (var i = 0; i < inputs.Count; i++)
            {
                values[i] = inputs[i].IsNumeric
                    ? double.Parse(row[i], CultureInfo.InvariantCulture)
                    : inputs[i].Categories!.ToList().IndexOf(row[i]);
            }
            var at = timeOf(r);
            var id = Guid.CreateVersion7(at);
            batch.Add(id, at.ToUnixTimeMilliseconds(), values, probabilities, predicted, 1.0);
            logged.Add(new Logged(id.ToString(), model.Classes[predicted], at));
        }
        await champion.Store.PredictionLog.AppendAsync(batch);
        return logged;
    }

    /// <summary>Labels that make exactly the first <paramref name="correct"/> of <paramref name="logged"/> right and the rest wrong.</summary>
    public static IEnumerable<(string Id, string Label)> LabelsWithCorrect(IReadOnlyList<Logged> logged, int correct, IReadOnlyList<string> classes) =>
        logged.Select((l, i) => (l.Id, i < correct ? l.Predicted : classes[(classes.ToList().IndexOf(l.Predicted) + 1) % classes.Count]));
}
