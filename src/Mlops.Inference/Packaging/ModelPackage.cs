namespace Mlops.Inference.Packaging;

/// <summary>File names of a logged model, in MLflow's layout plus the ML.NET flavor's own files.</summary>
public static class ModelPackage
{
    public const string ArtifactPath = "model";
    public const string MLmodelFile = "MLmodel";
    public const string ModelFile = "model.zip";
    /// <summary>The compiled tree ensemble (tree models only): lets a server score without loading ML.NET.</summary>
    public const string CompiledTreesFile = "model.trees.bin";
    public const string TransformFile = "feature_transform.json";
    public const string InputExampleFile = "input_example.json";
    /// <summary>The model's description and class → risk-level mapping (<see cref="ModelMetadata"/>); absent in older packages.</summary>
    public const string MetadataFile = "model_metadata.json";
    /// <summary>
    /// The training distributions and held-out behaviour monitoring compares served predictions with (written by the
    /// evaluate stage, read by Mlops.Monitoring's ReferenceProfileFile under the same name); absent in older packages.
    /// </summary>
    public const string ReferenceProfileFile = "reference_profile.json";
    public const string FlavorName = "mlnet";
    /// <summary>The whole model (feature transform + model) as ONNX: MLflow's onnx flavor; absent in older packages and for models it cannot express.</summary>
    public const string OnnxFile = "model.onnx";
}
