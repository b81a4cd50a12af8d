using System.Globalization;
using Mlops.Core.Predictions;
using Mlops.Serving.Models;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Monitoring;

/// <summary>
/// Predictions written straight to the log as the server would have logged them: data set rows spread over the whole
/// file, optionally with one numeric input shifted, scored by the served model.
/// </summary>
public static class LoggedTraffic
{
    public const string LabelColumn = "NObeyesdad";

    /// <param name="labels">The true label of every row, in the batch's order.</param>
    public static PredictionBatch Batch(RegisteredModelFixture fixture, ServedModel model, DateTimeOffset at, int rows, out string[] labels,
        string? shiftedInput = null, double shift = 0)
    {
        var schema = model.LogSchema;
        var batch = new PredictionBatch(schema, rows);
        var data = fixture.Data;
        var columns = schema.Inputs.Select(i => data.IndexOf(i.Name)).ToArray();
        var labelColumn = data.IndexOf(LabelColumn);
        var values = new double[schema.Inputs.Count];
        var probabilities = new float[schema.Classes.Count];
        var step = data.Rows.Count / rows;
        labels = new string[rows];
        for (var r = 0; r < rows; r++)
        {
            var fields = data.Rows[r * step].Fields;
            for (var i = 0; i < values.Length; i++)
            {
                var input = schema.Inputs[i];
                var text = fields[columns[i]];
                values[i] = input.IsNumeric
                    ? double.Parse(text, CultureInfo.InvariantCulture) + (input.Name == shiftedInput ? shift : 0)
                    : Category(input, text);
            }
            var predicted = model.Model.Predict(values, probabilities);
            batch.Add(Guid.CreateVersion7(at), at.ToUnixTimeMilliseconds(), values, probabilities, predicted, 1.0);
            labels[r] = fields[labelColumn];
        }
        return batch;
    }

    private static int Category(PredictionInput input, string text)
    {
        var index = input.Categories!.ToList().IndexOf(text);
        return index >= 0 ? index : throw new InvalidOperationException($"'{text}' is not a category of {input.Name}");
    }
}
