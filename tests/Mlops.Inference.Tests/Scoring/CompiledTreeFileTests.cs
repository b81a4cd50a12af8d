using Mlops.Inference.Models;
using Mlops.Inference.Scoring;
using Mlops.Training.Models;
using Mlops.Training.Scoring;
using Mlops.Training.Tests.Models;

namespace Mlops.Inference.Tests.Scoring;

public class CompiledTreeFileTests
{
    private static readonly IReadOnlyList<string> Classes = ObesityTables.Classes;

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    [InlineData("fastforest")]
    public void TryLoadCompiled_SavedTrees_EqualPredictionEngineProbabilities(string trainer)
    {
        using var temp = new TempFolder();
        ModelTrainer.Train(TrainedModels.Small(trainer), Classes, TrainedModels.TrainSample).Save(temp.File("m.zip"));
        var loaded = TrainedModel.Load(temp.File("m.zip"), Classes);
        using var engine = ModelScorer.FromModel(loaded, allowCompiled: false);
        using var compiled = ModelScorer.FromModel(loaded);
        Assert.True(compiled.TrySaveCompiled(temp.File("m.trees"), "zip-hash"));

        using var fromFile = ModelScorer.TryLoadCompiled(temp.File("m.trees"), "zip-hash", Classes, loaded.FeatureCount);

        Assert.NotNull(fromFile);
        var (expected, expectedPredicted) = Batch(engine);
        var (actual, actualPredicted) = Batch(fromFile);
        Assert.Equal(expectedPredicted, actualPredicted);
        Assert.Equal(Batch(compiled).Probabilities, actual);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6, $"value {i}: {expected[i]} vs {actual[i]}");
        }
    }

    [Fact]
    public void TrySaveCompiled_LinearModel_WritesNothing()
    {
        using var temp = new TempFolder();
        using var scorer = ModelScorer.FromModel(ModelTrainer.Train(TrainedModels.Small("lbfgs"), Classes, TrainedModels.TrainSample));

        Assert.False(scorer.TrySaveCompiled(temp.File("m.trees"), "x"));
        Assert.False(File.Exists(temp.File("m.trees")));
    }

    [Theory]
    [InlineData("other-hash", 0, 0)]
    [InlineData("zip-hash", 1, 0)]
    [InlineData("zip-hash", 0, 1)]
    public void TryLoadCompiled_OtherSourceOrShape_ReturnsNull(string source, int extraFeatures, int extraClasses)
    {
        using var temp = new TempFolder();
        using var scorer = ModelScorer.FromModel(TrainedModels.Quick);
        scorer.TrySaveCompiled(temp.File("m.trees"), "zip-hash");
        var classes = Classes.Concat(Enumerable.Repeat("Extra", extraClasses)).ToList();

        Assert.Null(ModelScorer.TryLoadCompiled(temp.File("m.trees"), source, classes, scorer.FeatureCount + extraFeatures));
    }

    [Fact]
    public void TryLoadCompiled_DamagedFiles_ReturnNullNeverThrow()
    {
        using var temp = new TempFolder();
        using var scorer = ModelScorer.FromModel(TrainedModels.Quick);
        scorer.TrySaveCompiled(temp.File("m.trees"), "h");
        var good = File.ReadAllBytes(temp.File("m.trees"));
        var random = new Random(7);
        var accepted = 0;

        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])good.Clone();
            if (i % 3 == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }
            else
            {
                // Damage a 4-byte value (a length, an index or a child) in the structural part after the header.
                var at = random.Next(20, bytes.Length - 4);
                BitConverter.TryWriteBytes(bytes.AsSpan(at, 4), random.Next(-5, 100_000));
            }
            File.WriteAllBytes(temp.File("bad.trees"), bytes);
            if (ModelScorer.TryLoadCompiled(temp.File("bad.trees"), "h", Classes, scorer.FeatureCount) is { } loaded)
            {
                // Damage that keeps a valid ensemble (a threshold or a leaf value) must still score without faulting.
                accepted++;
                Batch(loaded);
                loaded.Dispose();
            }
        }

        Assert.True(accepted < 300);
    }

    private static (float[] Probabilities, int[] Predicted) Batch(ModelScorer scorer)
    {
        var test = ObesityTables.Test;
        var probabilities = new float[test.Rows * Classes.Count];
        var predicted = new int[test.Rows];
        scorer.PredictBatch(test.Values, test.Rows, probabilities, predicted);
        return (probabilities, predicted);
    }
}
