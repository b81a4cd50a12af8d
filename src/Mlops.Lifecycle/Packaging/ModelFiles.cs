namespace Mlops.Lifecycle.Packaging;

/// <summary>The stage outputs a model package is made of (workspace paths).</summary>
/// <param name="Onnx">The train stage's ONNX file (empty when the model could not be exported); null: none.</param>
/// <param name="OnnxUnavailableReason">Why there is no ONNX model (train.json's onnx.reason), recorded in MLmodel.</param>
public sealed record ModelFiles(string ModelZip, string CompiledTrees, string TransformJson, string ReferenceProfile,
    string? Onnx = null, string? OnnxUnavailableReason = null);
