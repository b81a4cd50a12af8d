using System.Text.Json;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using YamlDotNet.RepresentationModel;

namespace Mlops.Lifecycle.Tests.Packaging;

public sealed class OnnxUnavailableTests(OutputNamedColumnWorkspace workspace) : IClassFixture<OutputNamedColumnWorkspace>
{
    [Fact]
    public void PipelineRun_ModelWithoutOnnxForm_TrainJsonSaysWhyAndTheOnnxFileIsEmpty()
    {
        using var train = JsonDocument.Parse(File.ReadAllText(workspace.PathOf("reports/train.json")));
        var onnx = train.RootElement.GetProperty("onnx");

        Assert.False(onnx.GetProperty("exported").GetBoolean());
        Assert.Contains($"'{OutputNamedColumnWorkspace.ColumnName}'", onnx.GetProperty("reason").GetString());
        Assert.Equal(0, new FileInfo(workspace.PathOf("models/model.onnx")).Length);
    }

    [Fact]
    public async Task PipelineRun_ModelWithoutOnnxForm_RegisteredWithOnlyTheMlnetFlavorAndTheReason()
    {
        var package = await RegisteredPackage.FolderAsync(workspace);

        var flavors = RegisteredPackage.Flavors(package);

        Assert.Equal(["mlnet"], flavors.Children.Keys.Select(k => k.ToString()));
        var reason = ((YamlMappingNode)flavors["mlnet"])["onnx_unavailable"].ToString();
        Assert.Contains($"the ONNX graph would use the name '{OutputNamedColumnWorkspace.ColumnName}' twice", reason);
        Assert.False(File.Exists(Path.Combine(package, ModelPackage.OnnxFile)));
    }

    [Fact]
    public async Task PipelineRun_ModelWithoutOnnxForm_RegisteredVersionLoadsAndScores()
    {
        var registration = workspace.Report.Registration!;
        using var model = await new ModelLoader(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts)
            .LoadAsync($"models:/{registration.ModelName}/{registration.Version}");
        var row = CsvReader.ReadFile(workspace.PathOf("data/interim/clean.csv")).Rows[0].Fields[..^1];

        var predicted = model.Predict(row, new float[model.Classes.Count]);

        Assert.InRange(predicted, 0, model.Classes.Count - 1);
        Assert.Contains(OutputNamedColumnWorkspace.ColumnName, model.Transform.InputSchema.Select(c => c.Name));
    }
}
