using System.Buffers;
using System.Text.Json;
using Mlops.Serving.Input;
using Mlops.Serving.Output;

namespace Mlops.Serving.Models;

/// <summary>
/// Scores one synthetic record through the /predict code path right after a model loads, so the first real request
/// does not pay for compiling the reader, the scorer and the response writer. It runs while the web host is still
/// starting, on the core the host start leaves idle.
/// </summary>
internal static class ModelWarmUp
{
    public static void Run(ServedModel m)
    {
        var body = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(body))
        {
            w.WriteStartObject();
            for (var i = 0; i < m.InputCount; i++)
            {
                if (m.Numeric[i])
                {
                    w.WriteNumber(m.EncodedColumns[i], double.IsFinite(m.Min[i]) ? m.Min[i] : 0);
                }
                else if (m.Categories[i].Length > 0)
                {
                    w.WriteString(m.EncodedColumns[i], m.Categories[i][0]);
                }
            }
            w.WriteEndObject();
        }
        var reader = new Utf8JsonReader(body.WrittenSpan);
        reader.Read();
        FieldErrors? errors = null;
        Span<double> values = new double[m.InputCount];
        RecordReader.ReadObject(ref reader, m, values, ref errors, 1, FieldPath.Root);
        if (errors is not null)
        {
            return; // A model whose schema the synthetic record does not satisfy is simply not warmed up.
        }
        Span<float> probabilities = stackalloc float[m.ClassCount];
        var predicted = m.Model.Predict((ReadOnlySpan<double>)values, probabilities);
        var response = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(response);
        PredictionJson.WriteSingle(writer, m, Guid.Empty, probabilities, predicted);
    }
}
