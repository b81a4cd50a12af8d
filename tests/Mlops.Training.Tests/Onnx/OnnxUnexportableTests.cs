using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Inference.Models;
using Mlops.Training.Onnx;

namespace Mlops.Training.Tests.Onnx;

public sealed class OnnxUnexportableTests(OnnxWorkspace workspace) : IClassFixture<OnnxWorkspace>
{
    [Fact]
    public void Export_TrainerWithoutOnnxForm_EmptyFileAndTheConvertersReason()
    {
        var ml = new MLContext(seed: 1);
        var trainer = ml.MulticlassClassification.Trainers.PairwiseCoupling(
            ml.BinaryClassification.Trainers.SdcaLogisticRegression(maximumNumberOfIterations: 5), "Label");
        var path = workspace.File("pairwise.onnx");

        var report = OnnxExporter.Export(Fit(ml, trainer), workspace.Transform, path);

        Assert.False(report.Exported);
        Assert.Contains("can not be fully converted", report.Reason);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    [Fact]
    public void Export_ChainWithAStepBeforeTheTrainer_RefusedNamingTheSteps()
    {
        // The converter would drop the Expression step silently and export a model that skips it.
        var ml = new MLContext(seed: 1);
        var chain = ml.Transforms.Expression("Features", "x => x * 2", "Features")
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(maximumNumberOfIterations: 5));
        var path = workspace.File("chain.onnx");

        var report = OnnxExporter.Export(Fit(ml, chain), workspace.Transform, path);

        Assert.False(report.Exported);
        Assert.StartsWith("the scoring chain has 2 steps (", report.Reason);
        Assert.Contains("only a single trainer step is exported", report.Reason);
        Assert.Equal(0, new FileInfo(path).Length);
    }

    private TrainedModel Fit(MLContext ml, IEstimator<ITransformer> estimator)
    {
        var table = workspace.Train;
        var classes = workspace.Transform.Classes;
        var labels = table.LabelIndices(classes);
        var rows = Enumerable.Range(0, table.Rows)
            .Select(r => new LabeledRow { Features = table.Row(r).ToArray(), Label = (uint)labels[r] }).ToArray();
        var schema = SchemaDefinition.Create(typeof(LabeledRow));
        schema[nameof(LabeledRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, table.Width);
        schema[nameof(LabeledRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes.Count);
        var transformer = estimator.Fit(ml.Data.LoadFromEnumerable(rows, schema));
        return new TrainedModel(ml, transformer, classes, table.Width);
    }

    private sealed class LabeledRow
    {
        public float[] Features { get; set; } = [];

        public uint Label { get; set; }
    }
}
