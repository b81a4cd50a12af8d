using Mlops.Inference.Loading;
using Mlops.Inference.Models;
using Mlops.Inference.Packaging;
using Mlops.Inference.Scoring;
using Mlops.Inference.Signatures;
using Mlops.Lifecycle.Packaging;
using Mlops.Serving.Tests.Support;
using Mlops.Training.Models;
using Mlops.Training.Scoring;

namespace Mlops.Serving.Tests.Loading;

[Collection(ModelCollection.Name)]
public sealed class ModelLoaderTests(RegisteredModelFixture fixture) : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "mlops-loader-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task LoadAsync_PackagedTreeModel_CompiledTreesEqualMlNetEnginesTo1e6()
    {
        var loader = Loader();
        var resolved = await loader.ResolveAsync($"models:/{RegisteredModelFixture.ModelName}/1");
        var folder = await fixture.Store.Artifacts.DownloadAsync(resolved.ArtifactRoot, resolved.ArtifactPath, temp);
        using var model = await loader.LoadAsync(resolved);
        var zip = TrainedModel.Load(Path.Combine(folder, ModelPackage.ModelFile), model.Classes);
        using var engines = ModelScorer.FromModel(zip, allowCompiled: false);

        Assert.True(File.Exists(Path.Combine(folder, ModelPackage.CompiledTreesFile)));
        Assert.True(model.Scorer.IsCompiled);
        var rows = Rows(model);
        var (actual, actualPredicted) = Score(model, rows, null);
        var (expected, expectedPredicted) = Score(model, rows, engines);
        Assert.Equal(expectedPredicted, actualPredicted);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6, $"value {i}: {expected[i]} vs {actual[i]}");
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("stale")]
    public async Task LoadAsync_UnusableCompiledTrees_FallsBackToZip(string damage)
    {
        var loader = Loader();
        var resolved = await loader.ResolveAsync($"models:/{RegisteredModelFixture.ModelName}/1");
        var folder = await fixture.Store.Artifacts.DownloadAsync(resolved.ArtifactRoot, resolved.ArtifactPath, temp);
        using var reference = await loader.LoadAsync(resolved);
        var trees = Path.Combine(folder, ModelPackage.CompiledTreesFile);
        if (damage == "garbage")
        {
            File.WriteAllBytes(trees, [1, 2, 3, 4, 5]);
        }
        else
        {
            // Trees compiled from the same model but tagged with another zip's hash: never trusted.
            using var scorer = ModelScorer.Load(Path.Combine(folder, ModelPackage.ModelFile), reference.Classes);
            scorer.TrySaveCompiled(trees, "hash-of-another-zip");
        }
        var artifactPath = "model-" + damage;
        await fixture.Store.Artifacts.LogArtifactsAsync(resolved.ArtifactRoot, folder, artifactPath);

        using var model = await loader.LoadAsync($"runs:/{resolved.RunId}/{artifactPath}");

        var rows = Rows(model);
        var (expected, expectedPredicted) = Score(reference, rows, null);
        var (actual, actualPredicted) = Score(model, rows, null);
        Assert.Equal(expectedPredicted, actualPredicted);
        Assert.Equal(expected, actual);
    }

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The fixture's rows as the signature normalises them (canonical categories, round-trip numbers).</summary>
    private IReadOnlyList<string[]> Rows(LoadedModel model)
    {
        var signature = new InputSignature(model.Transform);
        var failures = new List<string>();
        var values = signature.CheckTable(fixture.Data, (field, message) => failures.Add($"{field}: {message}"));
        Assert.Empty(failures);
        var width = signature.Count;
        return [.. Enumerable.Range(0, fixture.Data.Rows.Count)
            .Select(r => Enumerable.Range(0, width).Select(c => signature.ToText(c, values[(r * width) + c])).ToArray())];
    }

    private ModelLoader Loader() => new(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts);

    private static (float[] Probabilities, int[] Predicted) Score(LoadedModel model, IReadOnlyList<string[]> rows, ModelScorer? scorer)
    {
        var probabilities = new float[rows.Count * model.Classes.Count];
        var predicted = new int[rows.Count];
        if (scorer is null)
        {
            model.PredictBatch(rows, probabilities, predicted);
            return (probabilities, predicted);
        }
        var width = model.Transform.FeatureCount;
        var features = new float[rows.Count * width];
        for (var r = 0; r < rows.Count; r++)
        {
            model.Transform.Apply(rows[r], features.AsSpan(r * width, width));
        }
        scorer.PredictBatch(features, rows.Count, probabilities, predicted);
        return (probabilities, predicted);
    }
}
