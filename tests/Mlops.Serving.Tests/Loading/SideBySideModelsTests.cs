using System.Text.Json.Nodes;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using Mlops.Inference.Signatures;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Loading;

/// <summary>One process holds several loaded models (A/B, shadow) that share nothing mutable.</summary>
[Collection(ModelCollection.Name)]
public sealed class SideBySideModelsTests(RegisteredModelFixture fixture) : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "mlops-side-by-side-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Predict_TwoModelsLoadedAtOnceScoredConcurrently_EachAnswersAsItDoesAlone()
    {
        var loader = new ModelLoader(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts);
        var resolved = await loader.ResolveAsync($"models:/{RegisteredModelFixture.ModelName}/1");
        var otherUri = await LogShiftedCopyAsync(resolved);
        using var first = await loader.LoadAsync(resolved);
        using var second = await loader.LoadAsync(otherUri);
        var rows = Parse(first);
        var (expectedFirst, expectedSecond) = (ScoreAlone(first, rows), ScoreAlone(second, rows));

        var actualFirst = new int[rows.Count];
        var actualSecond = new int[rows.Count];
        Parallel.For(0, rows.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var (model, answers) = i % 2 == 0 ? (first, actualFirst) : (second, actualSecond);
            Span<float> probabilities = stackalloc float[model.Classes.Count];
            answers[i / 2] = model.Predict(rows[i / 2], probabilities);
        });

        Assert.Equal(expectedFirst, actualFirst);
        Assert.Equal(expectedSecond, actualSecond);
        // The two models really differ, so a shared cache or scorer would show up as a wrong answer above.
        Assert.True(expectedFirst.Zip(expectedSecond).Count(p => p.First != p.Second) > rows.Count / 20);
    }

    public void Dispose()
    {
        if (Directory.Exists(temp))
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>Version 1's package with every BMI read 10 points higher: the same trees, different answers.</summary>
    private async Task<string> LogShiftedCopyAsync(ResolvedModel resolved)
    {
        var folder = await fixture.Store.Artifacts.DownloadAsync(resolved.ArtifactRoot, resolved.ArtifactPath, temp);
        var file = Path.Combine(folder, ModelPackage.TransformFile);
        var transform = JsonNode.Parse(File.ReadAllText(file))!;
        var bmi = transform["features"]!.AsArray().Single(f => (string?)f!["name"] == "BMI")!;
        bmi["shift"] = (double)(bmi["shift"] ?? 0) - (10 * (double)(bmi["scale"] ?? 1));
        File.WriteAllText(file, transform.ToJsonString());
        const string path = "model-bmi-shifted";
        await fixture.Store.Artifacts.LogArtifactsAsync(resolved.ArtifactRoot, folder, path);
        return $"runs:/{resolved.RunId}/{path}";
    }

    private List<string[]> Parse(LoadedModel model)
    {
        var signature = new InputSignature(model.Transform);
        var values = signature.CheckTable(fixture.Data, (field, message) => Assert.Fail($"{field}: {message}"));
        var width = signature.Count;
        return [.. Enumerable.Range(0, fixture.Data.Rows.Count)
            .Select(r => Enumerable.Range(0, width).Select(c => signature.ToText(c, values[(r * width) + c])).ToArray())];
    }

    private static int[] ScoreAlone(LoadedModel model, IReadOnlyList<string[]> rows)
    {
        var predicted = new int[rows.Count];
        model.PredictBatch(rows, new float[rows.Count * model.Classes.Count], predicted);
        return predicted;
    }
}
