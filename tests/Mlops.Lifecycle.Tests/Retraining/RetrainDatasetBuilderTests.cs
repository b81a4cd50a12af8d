using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Lifecycle.Retraining;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Tests.Retraining;

[Collection(RetrainingCollection.Name)]
public sealed class RetrainDatasetBuilderTests(PipelineWorkspace workspace) : IDisposable
{
    private static readonly DateTimeOffset T0 = TestChampion.TrainedAt;
    private readonly string output = Path.Combine(Path.GetTempPath(), "mlops-retrain-data-tests", Guid.NewGuid().ToString("N"));

    private RetrainDataRequest Request(TestChampion champion, RetrainDataParams? data = null, string? folder = null) =>
        new(workspace.Root, RetrainParams.With(champion.Params, data ?? new RetrainDataParams()), champion.Name, T0,
            champion.Store.PredictionLog, folder ?? output, champion.Time);

    /// <summary>Logs <paramref name="rows"/> one minute apart from T0 + <paramref name="startMinute"/> and feeds back <paramref name="labels"/>.</summary>
    private static async Task LogLabelledAsync(TestChampion champion, IReadOnlyList<string[]> rows, IReadOnlyList<string> labels, int startMinute = 1)
    {
        using var model = await champion.LoadAsync();
        var logged = await TrafficLog.AppendAsync(champion, model, rows, i => T0.AddMinutes(startMinute + i));
        await champion.LabelAsync(logged.Select((l, i) => (l.Id, labels[i])));
    }

    private static CsvTable Read(string path) => CsvReader.ReadFile(path);

    private static double Cell(CsvTable table, CsvRow row, string column) =>
        double.Parse(row.Fields[table.IndexOf(column)], CultureInfo.InvariantCulture);

    [Fact]
    public async Task BuildAsync_BundledDataAndFeedback_CountsRowsPerSourceAndTheHoldoutIsTheNewest()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var heldOut = TrafficLog.HeldOut(champion);
        var rows = heldOut.Take(Enumerable.Range(0, 300));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);
        var clean = CleanRows.Read(champion.Params, workspace.PathOf("data/interim/clean.csv"));

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion));

        Assert.Equal(clean.Inputs.Count - heldOut.Inputs.Count, dataset.RowsBySource["original"]);
        Assert.Equal(240, dataset.RowsBySource["feedback"]);
        Assert.Equal(60, dataset.RowsBySource["holdout"]);
        Assert.Equal(heldOut.Inputs.Count, dataset.RowsBySource["original_held_out"]);
        Assert.Equal(0, dataset.RowsBySource["quarantined"]);
        Assert.Equal(clean.Inputs.Count - heldOut.Inputs.Count + 240, Read(dataset.TrainingCsv).Rows.Count);
        Assert.Equal(heldOut.Inputs.Count, Read(dataset.OriginalHeldOutCsv).Rows.Count);
        var holdout = Read(dataset.HoldoutCsv);
        Assert.Equal([.. champion.Params.Schema.Columns.Keys, champion.Params.Data.Target], holdout.Header);
        var weight = rows.Columns.ToList().IndexOf("Weight");
        Assert.Equal(rows.Inputs.Skip(240).Select(r => double.Parse(r[weight], CultureInfo.InvariantCulture)),
            holdout.Rows.Select(r => Cell(holdout, r, "Weight")));
        Assert.Equal(rows.Labels.Skip(240), holdout.Rows.Select(r => r.Fields[^1]));
        Assert.Null(dataset.WeightColumn);
    }

    [Fact]
    public async Task BuildAsync_BadFeedbackRows_QuarantinedWithReasonsAndNeverTrainedOn()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 300));
        var inputs = rows.Inputs.Select((r, i) => i is 10 or 11 ? TrafficLog.Shifted(rows.Take([i]), "Weight", 400)[0] : r).ToList();
        var labels = rows.Labels.Select((l, i) => i == 20 ? "Martian" : l).ToList();
        await LogLabelledAsync(champion, inputs, labels);

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion));

        var quarantine = Read(dataset.QuarantineCsv);
        Assert.Equal(3, dataset.RowsBySource["quarantined"]);
        Assert.Equal(["prediction_id", "prediction_time"], quarantine.Header.Take(2));
        Assert.Equal(["row", "reason"], quarantine.Header.TakeLast(2));
        var reasons = quarantine.Rows.Select(r => r.Fields[^1]).ToList();
        Assert.Equal(2, reasons.Count(r => r.StartsWith("out_of_range: column 'Weight' value '", StringComparison.Ordinal)));
        Assert.Contains("unknown_target: column 'NObeyesdad' value 'Martian'", reasons);
        Assert.Equal(["11", "12", "21"], quarantine.Rows.Select(r => r.Fields[^2]));
        Assert.Equal(297, dataset.RowsBySource["feedback"] + dataset.RowsBySource["holdout"]);
        var training = Read(dataset.TrainingCsv);
        Assert.DoesNotContain(training.Rows, r => r.Fields[^1] == "Martian" || Cell(training, r, "Weight") > 250);
    }

    [Fact]
    public async Task BuildAsync_FeedbackOnly_HasNoOriginalRows()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 300));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion, new RetrainDataParams { Rows = RetrainDataParams.FeedbackOnly }));

        Assert.Equal(0, dataset.RowsBySource["original"]);
        Assert.Equal(240, Read(dataset.TrainingCsv).Rows.Count);
        Assert.True(dataset.RowsBySource["original_held_out"] > 0);
    }

    [Fact]
    public async Task BuildAsync_RecentLabels_KeepsOnlyTheNewest()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 300));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion, new RetrainDataParams { RecentLabels = 250 }));

        Assert.Equal(200, dataset.RowsBySource["feedback"]);
        Assert.Equal(50, dataset.RowsBySource["holdout"]);
    }

    [Fact]
    public async Task BuildAsync_SameInputsTwice_GivesByteIdenticalFilesAndHash()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 300));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);

        var first = await RetrainDatasetBuilder.BuildAsync(Request(champion, folder: Path.Combine(output, "a")));
        var second = await RetrainDatasetBuilder.BuildAsync(Request(champion, folder: Path.Combine(output, "b")));

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", first.ContentHash);
        foreach (var name in new[] { RetrainDatasetBuilder.TrainingFile, RetrainDatasetBuilder.HoldoutFile, RetrainDatasetBuilder.OriginalHeldOutFile, RetrainDatasetBuilder.QuarantineFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Directory, name)), File.ReadAllBytes(Path.Combine(second.Directory, name)));
        }
    }

    [Fact]
    public async Task BuildAsync_TooFewHoldoutRows_RefusesNamingTheCounts()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 100));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);

        var e = await Assert.ThrowsAsync<MlopsException>(() => RetrainDatasetBuilder.BuildAsync(Request(champion)));

        Assert.Equal(ErrorCode.InvalidState, e.Code);
        Assert.Contains("100 labelled predictions since 2026-12-07T10:00:00Z, 0 quarantined, leave 100 usable and 20 holdout rows", e.Message);
        Assert.Contains("fewer than min_holdout_rows 50: no retrain starts", e.Message);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task BuildAsync_HoldoutCopiesTrainingRows_LeakageShareIsOne()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 100));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels, startMinute: 500);

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion,
            new RetrainDataParams { Rows = RetrainDataParams.FeedbackOnly, HoldoutFraction = 0.5 }));

        Assert.Equal(100, dataset.RowsBySource["holdout"]);
        Assert.Equal(1.0, dataset.HoldoutLeakageShare);
    }

    [Fact]
    public async Task BuildAsync_HoldoutFarFromTrainingRows_LeakageShareIsZero()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        var rows = TrafficLog.HeldOut(champion).Take(Enumerable.Range(0, 100));
        await LogLabelledAsync(champion, rows.Inputs, rows.Labels);
        await LogLabelledAsync(champion, TrafficLog.Shifted(rows, "Weight", 60), rows.Labels, startMinute: 500);

        var dataset = await RetrainDatasetBuilder.BuildAsync(Request(champion,
            new RetrainDataParams { Rows = RetrainDataParams.FeedbackOnly, HoldoutFraction = 0.5 }));

        Assert.Equal(0, dataset.RowsBySource["quarantined"]);
        Assert.Equal(0.0, dataset.HoldoutLeakageShare);
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
