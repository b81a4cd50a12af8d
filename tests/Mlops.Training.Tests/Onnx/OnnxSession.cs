using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Mlops.Inference.Features;

namespace Mlops.Training.Tests.Onnx;

/// <summary>Scores raw rows with ONNX Runtime the way MLflow's onnx pyfunc does: one rank-1 tensor per column.</summary>
public static class OnnxSession
{
    public sealed record Scored(string[] Predictions, float[][] Probabilities);

    public static Scored Score(string onnxPath, FeatureTransform transform, IReadOnlyList<string[]> rows)
    {
        using var session = new InferenceSession(onnxPath);
        var inputs = new List<NamedOnnxValue>();
        for (var c = 0; c < transform.InputSchema.Count; c++)
        {
            var column = transform.InputSchema[c];
            var shape = new[] { rows.Count };
            inputs.Add(column.IsNumeric
                ? NamedOnnxValue.CreateFromTensor(column.Name, new DenseTensor<double>(rows.Select(r => transform.ParseInput(c, r[c])).ToArray(), shape))
                : NamedOnnxValue.CreateFromTensor(column.Name, new DenseTensor<string>(rows.Select(r => r[c]).ToArray(), shape)));
        }
        using var results = session.Run(inputs);
        var byName = results.ToDictionary(r => r.Name);
        var predictions = byName["prediction"].AsTensor<string>().ToArray();
        var probabilities = transform.Classes.Select(label => byName[$"probability_{label}"].AsTensor<float>().ToArray()).ToArray();
        return new Scored(predictions, probabilities);
    }
}
