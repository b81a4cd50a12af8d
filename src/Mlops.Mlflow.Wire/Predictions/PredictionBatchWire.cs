using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// A <see cref="PredictionBatch"/> to and from its wire form. Reading checks what the batch itself cannot (every column
/// has the rows the ids say, ids are UUIDs) and names the field that is wrong; the store checks the rest.
/// </summary>
public static class PredictionBatchWire
{
    public static PredictionBatchDto ToDto(PredictionBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var s = batch.Schema;
        var schema = new PredictionSchemaDto(s.ModelName, s.ModelVersion, s.ModelUri,
            [.. s.Inputs.Select(i => new PredictionInputDto(i.Name, i.Categories?.ToList()))], [.. s.Classes],
            PredictionRecordWire.ToDto(s.Assignment));
        var ids = new List<string>(batch.Count);
        foreach (var id in batch.Ids)
        {
            ids.Add(id.ToString());
        }
        var probabilities = new List<float?>(batch.Probabilities.Length);
        foreach (var p in batch.Probabilities)
        {
            probabilities.Add(float.IsFinite(p) ? p : null);
        }
        var inputs = new List<double?>(batch.Inputs.Length);
        foreach (var v in batch.Inputs)
        {
            inputs.Add(double.IsFinite(v) ? v : null);
        }
        var columns = new PredictionColumnsDto(ids, [.. batch.Times], [.. batch.LatenciesMs], [.. batch.Predicted], probabilities, inputs);
        return new PredictionBatchDto(schema, columns);
    }

    public static PredictionBatch FromDto(PredictionBatchDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var schema = Schema(dto.Schema ?? throw Missing("schema"));
        var c = dto.Columns ?? throw Missing("columns");
        var ids = Ids(c.Ids ?? throw Missing("columns.ids"));
        var rows = ids.Length;
        var times = Column(c.Times, "columns.times", rows);
        var latencies = Column(c.Latencies, "columns.latencies", rows);
        var predicted = Column(c.Predicted, "columns.predicted", rows);
        // A regression model's batch (no classes) carries its predicted value per row in this column.
        var probabilities = Column(c.Probabilities, "columns.probabilities", rows * Math.Max(schema.Classes.Count, 1));
        var inputs = Column(c.Inputs, "columns.inputs", rows * schema.Inputs.Count);
        var batch = new PredictionBatch(schema, Math.Max(rows, 1));
        batch.AddRows(ids, [.. times], [.. latencies], [.. predicted],
            [.. probabilities.Select(p => p ?? float.NaN)], [.. inputs.Select(v => v ?? double.NaN)]);
        return batch;
    }

    private static PredictionSchema Schema(PredictionSchemaDto s)
    {
        var uri = string.IsNullOrWhiteSpace(s.ModelUri) ? throw Missing("schema.model_uri") : s.ModelUri;
        var inputs = (s.Inputs ?? throw Missing("schema.inputs")).Select((input, i) => new PredictionInput(
            string.IsNullOrWhiteSpace(input?.Name) ? throw Missing($"schema.inputs[{i}].name") : input.Name,
            input.Categories)).ToList();
        var classes = s.Classes ?? throw Missing("schema.classes");
        if (classes.Any(string.IsNullOrEmpty))
        {
            throw MlopsException.Invalid("schema.classes must list the model's classes (none for a regression model), none of them empty.");
        }
        return new PredictionSchema(s.ModelName, s.ModelVersion, uri, inputs, classes)
        {
            Assignment = PredictionRecordWire.FromDto(s.Assignment, "schema.assignment"),
        };
    }

    private static Guid[] Ids(List<string> ids)
    {
        var parsed = new Guid[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            if (!Guid.TryParse(ids[i], out parsed[i]))
            {
                throw MlopsException.Invalid($"columns.ids[{i}] {ErrorText.Quote(ids[i] ?? "null")} is not a UUID.");
            }
        }
        return parsed;
    }

    private static List<T> Column<T>(List<T>? values, string field, int expected)
    {
        var column = values ?? throw Missing(field);
        return column.Count == expected
            ? column
            : throw MlopsException.Invalid($"{field} has {column.Count} value(s); {expected} expected for the rows columns.ids names.");
    }

    private static MlopsException Missing(string field) => MlopsException.Invalid($"Missing value for required parameter '{field}'.");
}
