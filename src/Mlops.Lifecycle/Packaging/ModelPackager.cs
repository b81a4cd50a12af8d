using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Inference.Packaging;
using Mlops.Training.Configuration;
using Mlops.Training.Scoring;
using YamlDotNet.Serialization;

namespace Mlops.Lifecycle.Packaging;

/// <summary>Writes a model folder that MLflow tooling recognises: MLmodel, signature, input example, model and transform, and the ONNX form.</summary>
public static class ModelPackager
{
    public static void Write(string directory, PipelineParams p, ModelFiles files, string runId,
        IReadOnlyList<string> exampleRow, DateTimeOffset createdUtc)
    {
        Directory.CreateDirectory(directory);
        File.Copy(files.ModelZip, Path.Combine(directory, ModelPackage.ModelFile), overwrite: true);
        File.Copy(files.TransformJson, Path.Combine(directory, ModelPackage.TransformFile), overwrite: true);
        File.Copy(files.ReferenceProfile, Path.Combine(directory, ModelPackage.ReferenceProfileFile), overwrite: true);
        var hasTrees = CopyCompiledTrees(directory, files.CompiledTrees);
        var columns = p.Schema.Columns.ToList();
        File.WriteAllText(Path.Combine(directory, ModelPackage.InputExampleFile), InputExample(columns, exampleRow));
        var metadata = new ModelMetadata(NullIfEmpty(p.Registry.Description), p.Serving.RiskLevels);
        metadata.Write(directory);

        var mlnet = new Dictionary<string, object?>
        {
            ["model_file"] = ModelPackage.ModelFile,
            ["feature_transform"] = ModelPackage.TransformFile,
            ["compiled_trees"] = hasTrees ? ModelPackage.CompiledTreesFile : null,
            ["reference_profile"] = ModelPackage.ReferenceProfileFile,
            ["mlnet_version"] = MlNetVersion(),
            ["trainer"] = p.Model.Trainer,
            ["classes"] = p.Schema.TargetClasses,
            ["task"] = p.Schema.Task,
        };
        var flavors = new Dictionary<string, object?> { [ModelPackage.FlavorName] = mlnet };
        OnnxFlavors.Add(directory, files, flavors, mlnet);
        var mlmodel = new Dictionary<string, object?>
        {
            ["artifact_path"] = ModelPackage.ArtifactPath,
            ["flavors"] = flavors,
            // MLflow's free-form model metadata: the same facts as model_metadata.json, visible to MLflow tooling.
            ["metadata"] = new Dictionary<string, object?>
            {
                ["description"] = metadata.Description,
                ["risk_levels"] = p.Serving.RiskLevels.Count == 0 ? null : p.Serving.RiskLevels,
            },
            ["model_uuid"] = Guid.NewGuid().ToString("N"),
            ["run_id"] = runId,
            ["saved_input_example_info"] = new Dictionary<string, object?>
            {
                ["artifact_path"] = ModelPackage.InputExampleFile,
                ["pandas_orient"] = "split",
                ["type"] = "dataframe",
            },
            ["signature"] = new Dictionary<string, object?>
            {
                ["inputs"] = InputSignature(columns),
                ["outputs"] = p.Schema.IsRegression ? RegressionOutputSignature : OutputSignature(p.Schema.TargetClasses),
                ["params"] = null,
            },
            ["utc_time_created"] = createdUtc.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        };
        var yaml = new SerializerBuilder().Build().Serialize(mlmodel);
        File.WriteAllText(Path.Combine(directory, ModelPackage.MLmodelFile), yaml);
    }

    /// <summary>Copies the train stage's compiled ensemble (tagged with the zip's hash, checked at load); false for models that are not tree ensembles.</summary>
    private static bool CopyCompiledTrees(string directory, string compiledTrees)
    {
        if (!CompiledModelFile.HasEnsemble(compiledTrees))
        {
            return false;
        }
        File.Copy(compiledTrees, Path.Combine(directory, ModelPackage.CompiledTreesFile), overwrite: true);
        return true;
    }

    /// <summary>The Microsoft.ML package version (5.0.1): its assembly version is 1.0.0.0 in every release.</summary>
    private static string? MlNetVersion() => typeof(Microsoft.ML.MLContext).Assembly
        .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0];

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>MLflow's column-based signature: a JSON array of {type, name, required}.</summary>
    public static string InputSignature(IReadOnlyList<KeyValuePair<string, ColumnSchema>> columns)
    {
        var array = new JsonArray();
        foreach (var (name, column) in columns)
        {
            array.Add(new JsonObject
            {
                ["type"] = column.Type == "numeric" ? "double" : "string",
                ["name"] = name,
                ["required"] = column.Required,
            });
        }
        return array.ToJsonString();
    }

    private const string RegressionOutputSignature = """[{"type":"double","name":"prediction","required":true}]""";

    private static string OutputSignature(IReadOnlyList<string> classes)
    {
        var array = new JsonArray { new JsonObject { ["type"] = "string", ["name"] = "prediction", ["required"] = true } };
        foreach (var label in classes)
        {
            array.Add(new JsonObject { ["type"] = "double", ["name"] = $"probability_{label}", ["required"] = true });
        }
        return array.ToJsonString();
    }

    private static string InputExample(IReadOnlyList<KeyValuePair<string, ColumnSchema>> columns, IReadOnlyList<string> row)
    {
        var data = new JsonArray();
        for (var i = 0; i < columns.Count; i++)
        {
            var text = i < row.Count ? row[i] : "";
            data.Add(columns[i].Value.Type == "numeric" && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(text));
        }
        var example = new JsonObject
        {
            ["columns"] = new JsonArray(columns.Select(c => (JsonNode?)JsonValue.Create(c.Key)).ToArray()),
            ["data"] = new JsonArray(data),
        };
        return example.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
