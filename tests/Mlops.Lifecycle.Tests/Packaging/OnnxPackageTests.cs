using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Packaging;
using Mlops.Lifecycle.Tests.Profiling;
using YamlDotNet.RepresentationModel;

namespace Mlops.Lifecycle.Tests.Packaging;

public sealed class OnnxPackageTests(PipelineWorkspace workspace) : IClassFixture<PipelineWorkspace>
{
    [Fact]
    public async Task PipelineRun_RegisteredPackage_ListsTheOnnxAndPyfuncFlavorsBesideMlnet()
    {
        var package = await RegisteredPackage.FolderAsync(workspace);

        var flavors = RegisteredPackage.Flavors(package);

        Assert.Equal(["mlnet", "onnx", "python_function"], flavors.Children.Keys.Select(k => k.ToString()).Order());
        var onnx = (YamlMappingNode)flavors["onnx"];
        Assert.Equal(ModelPackage.OnnxFile, onnx["data"].ToString());
        Assert.Matches(@"^1\.\d+\.0$", onnx["onnx_version"].ToString());
        Assert.Equal(["CPUExecutionProvider"], ((YamlSequenceNode)onnx["providers"]).Select(p => p.ToString()));
        var pyfunc = (YamlMappingNode)flavors["python_function"];
        Assert.Equal("mlflow.onnx", pyfunc["loader_module"].ToString());
        Assert.Equal(ModelPackage.OnnxFile, pyfunc["data"].ToString());
        var mlnet = (YamlMappingNode)flavors["mlnet"];
        Assert.Equal(ModelPackage.OnnxFile, mlnet["onnx_model"].ToString());
        Assert.Matches(@"^[1-9]\d*\.\d+\.\d+$", mlnet["mlnet_version"].ToString());
        Assert.Equal(File.ReadAllBytes(workspace.PathOf("models/model.onnx")), File.ReadAllBytes(Path.Combine(package, ModelPackage.OnnxFile)));
    }

    [Fact]
    public async Task PipelineRun_PackagedOnnx_SameClassesAsTheRegisteredModelOnEveryCleanRow()
    {
        var package = await RegisteredPackage.FolderAsync(workspace);
        var registration = workspace.Report.Registration!;
        using var model = await new ModelLoader(workspace.Store.Tracking, workspace.Store.Registry, workspace.Store.Artifacts)
            .LoadAsync($"models:/{registration.ModelName}/{registration.Version}");
        var rows = CsvReader.ReadFile(workspace.PathOf("data/interim/clean.csv")).Rows.Select(r => r.Fields[..^1]).ToList();

        var onnx = Predictions(Path.Combine(package, ModelPackage.OnnxFile), model, rows);

        var probabilities = new float[model.Classes.Count];
        var ours = rows.Select(r => model.Classes[model.Predict(r, probabilities)]).ToList();
        Assert.Equal(ours, onnx);
        Assert.True(rows.Count > 2000);
    }

    [Fact]
    public async Task PipelineRun_PackagedOnnx_InputsAndOutputsAreTheSignaturesColumnsOneValuePerRow()
    {
        // mlflow.pyfunc checks a DataFrame against the signature, then mlflow.onnx feeds each column to the input of its name.
        var package = await RegisteredPackage.FolderAsync(workspace);
        var signature = (YamlMappingNode)RegisteredPackage.MLmodel(package)["signature"];

        using var session = new InferenceSession(Path.Combine(package, ModelPackage.OnnxFile));

        var expectedInputs = Columns(signature, "inputs").ToList();
        Assert.Equal(expectedInputs.Select(c => c.Name), session.InputNames);
        Assert.All(expectedInputs, c =>
        {
            var input = session.InputMetadata[c.Name];
            Assert.Equal(c.Type == "string" ? typeof(string) : typeof(double), input.ElementType);
            Assert.Equal([-1], input.Dimensions);
        });
        Assert.Equal(Columns(signature, "outputs").Select(c => c.Name), session.OutputNames);
        Assert.All(session.OutputMetadata.Values, o => Assert.Equal([-1], o.Dimensions));
    }

    private static IEnumerable<(string Name, string Type)> Columns(YamlMappingNode signature, string key)
    {
        using var json = JsonDocument.Parse(signature[key].ToString());
        return [.. json.RootElement.EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!))];
    }

    private static List<string> Predictions(string onnxPath, LoadedModel model, List<string[]> rows)
    {
        using var session = new InferenceSession(onnxPath);
        var inputs = model.Transform.InputSchema.Select((column, c) => column.IsNumeric
            ? NamedOnnxValue.CreateFromTensor(column.Name, new DenseTensor<double>(rows.Select(r => model.Transform.ParseInput(c, r[c])).ToArray(), [rows.Count]))
            : NamedOnnxValue.CreateFromTensor(column.Name, new DenseTensor<string>(rows.Select(r => r[c]).ToArray(), [rows.Count]))).ToList();
        using var results = session.Run(inputs, ["prediction"]);
        return [.. results[0].AsTensor<string>()];
    }
}
