using System.Globalization;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Cli.Commands.Scoring;

/// <summary>Writes scored rows: the inputs, prediction, confidence and one probability column per class (a regression model: the inputs and the predicted value).</summary>
public static class PredictionCsv
{
    public static void Write(string path, LoadedModel model, InputSignature signature, double[] values, float[] probabilities, int[] predicted)
    {
        var classes = model.Classes;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        Directory.CreateDirectory(directory!);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write(string.Join(",", model.InputColumns));
        writer.Write(model.IsRegression ? ",prediction" : ",prediction,confidence");
        foreach (var label in classes)
        {
            writer.Write(",probability_");
            writer.Write(label);
        }
        writer.Write('\n');
        Span<char> number = stackalloc char[32];
        var width = signature.Count;
        for (var i = 0; i < predicted.Length; i++)
        {
            for (var c = 0; c < width; c++)
            {
                writer.Write(c == 0 ? "" : ",");
                writer.Write(signature.ToText(c, values[(i * width) + c]));
            }
            if (model.IsRegression)
            {
                WriteNumber(writer, probabilities[i], number);
                writer.Write('\n');
                continue;
            }
            writer.Write(',');
            writer.Write(classes[predicted[i]]);
            var offset = i * classes.Count;
            var confidence = probabilities[offset + predicted[i]];
            WriteNumber(writer, confidence, number);
            for (var c = 0; c < classes.Count; c++)
            {
                WriteNumber(writer, probabilities[offset + c], number);
            }
            writer.Write('\n');
        }
    }

    /// <summary>One line on the predicted values of a regression model (the first ones and their range).</summary>
    public static string DescribeValues(IReadOnlyList<float> values)
    {
        var shown = string.Join(", ", values.Take(5).Select(v => v.ToString("0.######", CultureInfo.InvariantCulture)));
        return $"Predicted values: {shown}{(values.Count > 5 ? ", ..." : "")} " +
            $"(min {values.Min().ToString("0.###", CultureInfo.InvariantCulture)}, max {values.Max().ToString("0.###", CultureInfo.InvariantCulture)})";
    }

    private static void WriteNumber(StreamWriter writer, float value, Span<char> buffer)
    {
        writer.Write(',');
        value.TryFormat(buffer, out var written, "0.######", CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }
}
