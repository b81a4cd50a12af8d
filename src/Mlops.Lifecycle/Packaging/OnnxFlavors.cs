using Mlops.Inference.Packaging;
using Mlops.Training.Onnx;

namespace Mlops.Lifecycle.Packaging;

/// <summary>
/// MLflow's onnx flavor (fields as mlflow.onnx.save_model writes them) and the python_function flavor that loads it
/// through mlflow.onnx, so mlflow.pyfunc.load_model scores the package; or, without an ONNX file, the reason in the
/// mlnet flavor (onnx_unavailable).
/// </summary>
internal static class OnnxFlavors
{
    /// <summary>Copies the ONNX file into the package and adds its flavors; or, when there is none, records why.</summary>
    public static void Add(string directory, ModelFiles files, Dictionary<string, object?> flavors, Dictionary<string, object?> mlnet)
    {
        if (!OnnxModelFile.IsExported(files.Onnx))
        {
            mlnet["onnx_unavailable"] = files.OnnxUnavailableReason
                ?? (files.Onnx is null ? "no ONNX export was made for this model" : "the train stage could not export this model to ONNX");
            return;
        }
        File.Copy(files.Onnx!, Path.Combine(directory, ModelPackage.OnnxFile), overwrite: true);
        mlnet["onnx_model"] = ModelPackage.OnnxFile;
        flavors["onnx"] = new Dictionary<string, object?>
        {
            ["code"] = null,
            ["data"] = ModelPackage.OnnxFile,
            ["onnx_session_options"] = null,
            ["onnx_version"] = OnnxModelFile.OnnxVersion(files.Onnx!),
            // The ai.onnx.ml operators (trees, label encoders) run on the CPU provider only.
            ["providers"] = new[] { "CPUExecutionProvider" },
        };
        flavors["python_function"] = new Dictionary<string, object?>
        {
            ["data"] = ModelPackage.OnnxFile,
            ["loader_module"] = "mlflow.onnx",
        };
    }
}
