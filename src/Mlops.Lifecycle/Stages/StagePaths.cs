using Mlops.Inference.Packaging;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Stages;

/// <summary>The workspace-relative files the stages exchange; they must match the outs declared in pipeline.yaml.</summary>
public sealed record StagePaths(PipelineParams P)
{
    public string Raw => P.Data.Raw;
    public string Clean => Join(P.Data.InterimDir, "clean.csv");
    public string Quarantine => Join(P.Data.InterimDir, "quarantine.csv");
    public string DataQuality => Join(P.Data.ReportsDir, "data_quality.json");
    public string TrainTable => Join(P.Data.ProcessedDir, "train.csv");
    public string TestTable => Join(P.Data.ProcessedDir, "test.csv");
    public string Transform => Join(P.Data.ModelsDir, "feature_transform.json");
    /// <summary>The validate_features stage's report (its metrics).</summary>
    public string FeatureValidation => Join(P.Data.ReportsDir, "feature_validation.json");
    public string Model => Join(P.Data.ModelsDir, "model.zip");
    /// <summary>The train stage's compiled ensemble of <see cref="Model"/> (empty for models that are not tree ensembles).</summary>
    public string CompiledTrees => Join(P.Data.ModelsDir, "model.trees.bin");
    /// <summary>The train stage's ONNX form of the whole model (transform + model; empty when it cannot be exported).</summary>
    public string Onnx => Join(P.Data.ModelsDir, ModelPackage.OnnxFile);
    /// <summary>The evaluate stage's reference profile, copied into the model package by register.</summary>
    public string ReferenceProfile => Join(P.Data.ModelsDir, ModelPackage.ReferenceProfileFile);
    public string TrainReport => Join(P.Data.ReportsDir, "train.json");
    public string Metrics => Join(P.Data.ReportsDir, "metrics.json");
    public string Figures => Join(P.Data.ReportsDir, "figures");
    public string Registration => Join(P.Data.ReportsDir, "registration.json");

    private static string Join(string directory, string file) => $"{directory.TrimEnd('/')}/{file}";
}
