using System.Buffers;
using System.Text.Json;
using Mlops.Serving.Models;

namespace Mlops.Serving.Input;

/// <summary>
/// MLflow's JSON scoring forms: exactly one of dataframe_split {columns, data}, dataframe_records [{...}],
/// instances [{...}], inputs [{...}] or {column: [values]}; an optional "params" object is accepted and ignored.
/// </summary>
internal static class InvocationJson
{
    private static readonly string[] Forms = ["dataframe_split", "dataframe_records", "instances", "inputs"];

    /// <summary>Parsed rows (row-major, <see cref="ServedModel.InputCount"/> wide) and their count; errors when invalid.</summary>
    public static (double[] Values, int Rows) Parse(ServedModel m, in ReadOnlySequence<byte> body, ServingOptions options, FieldErrors errors)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", $"expected an object with one of {string.Join(", ", Forms)}; got {ElementRecords.Describe(root.ValueKind)}");
            return ([], 0);
        }
        JsonProperty? form = null;
        var forms = 0;
        foreach (var property in root.EnumerateObject())
        {
            if (Array.IndexOf(Forms, property.Name) >= 0)
            {
                forms++;
                form = property;
            }
            else if (property.Name != "params")
            {
                errors.Add(property.Name, $"is not a field of a scoring request; expected exactly one of {string.Join(", ", Forms)}");
            }
        }
        if (forms != 1 || form is not { } chosen)
        {
            errors.Add("$", $"expected exactly one of {string.Join(", ", Forms)}; got {forms}");
            return ([], 0);
        }
        var value = chosen.Value;
        return chosen.Name switch
        {
            "dataframe_split" => Split(m, value, options, errors),
            "inputs" when value.ValueKind == JsonValueKind.Object => Columnar(m, value, options, errors),
            _ => RecordsArray(m, chosen.Name, value, options, errors),
        };
    }

    private static (double[], int) RecordsArray(ServedModel m, string name, JsonElement array, ServingOptions options, FieldErrors errors)
    {
        if (!CheckArray(array, name, options, errors, out var rows))
        {
            return ([], 0);
        }
        var width = m.InputCount;
        var values = new double[rows * width];
        var r = 0;
        foreach (var record in array.EnumerateArray())
        {
            ElementRecords.ReadObject(record, m, values.AsSpan(r * width, width), errors, new FieldPath(name, r));
            r++;
        }
        return (values, rows);
    }

    private static (double[], int) Split(ServedModel m, JsonElement split, ServingOptions options, FieldErrors errors)
    {
        const string name = "dataframe_split";
        if (split.ValueKind != JsonValueKind.Object || !split.TryGetProperty("columns", out var columns)
            || !split.TryGetProperty("data", out var data) || columns.ValueKind != JsonValueKind.Array)
        {
            errors.Add(name, "must be an object with \"columns\" (an array of field names) and \"data\" (an array of rows)");
            return ([], 0);
        }
        foreach (var property in split.EnumerateObject())
        {
            if (property.Name is not ("columns" or "data" or "index"))
            {
                errors.Add($"{name}.{property.Name}", "is not a field of dataframe_split; expected columns, data and optionally index");
            }
        }
        var map = new int[columns.GetArrayLength()];
        var present = new bool[m.InputCount];
        var j = 0;
        foreach (var column in columns.EnumerateArray())
        {
            var index = column.ValueKind == JsonValueKind.String ? m.FindColumn(column.GetString()!) : -1;
            if (index < 0 || present[index])
            {
                errors.Add($"{name}.columns[{j}]", index < 0 ? m.Signature.UnknownFieldMessage : "names a field more than once");
                index = -1;
            }
            else
            {
                present[index] = true;
            }
            map[j++] = index;
        }
        if (!CheckArray(data, $"{name}.data", options, errors, out var rows))
        {
            return ([], 0);
        }
        var width = m.InputCount;
        var values = new double[rows * width];
        Span<bool> invalid = stackalloc bool[width];
        var r = 0;
        foreach (var row in data.EnumerateArray())
        {
            var slice = values.AsSpan(r * width, width);
            slice.Fill(double.NaN);
            invalid.Clear();
            var path = new FieldPath($"{name}.data", r);
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != map.Length)
            {
                errors.Add(path.Self, $"must be an array of {map.Length} values, one per column");
                r++;
                continue;
            }
            var c = 0;
            foreach (var cell in row.EnumerateArray())
            {
                var column = map[c++];
                if (column >= 0 && !ElementRecords.TrySet(cell, m, column, slice, errors, path.Of(m.Columns[column])))
                {
                    invalid[column] = true;
                }
            }
            ElementRecords.CheckMissing(m, slice, invalid, errors, path);
            r++;
        }
        return (values, rows);
    }

    private static (double[], int) Columnar(ServedModel m, JsonElement inputs, ServingOptions options, FieldErrors errors)
    {
        var rows = -1;
        foreach (var property in inputs.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"inputs.{property.Name}", "must be an array of values, one per row");
                return ([], 0);
            }
            var length = property.Value.GetArrayLength();
            if (rows >= 0 && length != rows)
            {
                errors.Add($"inputs.{property.Name}", $"has {length} values; other columns have {rows}");
                return ([], 0);
            }
            rows = length;
        }
        if (rows <= 0 || rows > options.MaxBatchRecords)
        {
            errors.Add("inputs", $"must hold between 1 and {options.MaxBatchRecords} rows");
            return ([], 0);
        }
        var width = m.InputCount;
        var values = new double[rows * width];
        Array.Fill(values, double.NaN);
        var invalid = new bool[rows * width];
        foreach (var property in inputs.EnumerateObject())
        {
            var column = m.FindColumn(property.Name);
            if (column < 0)
            {
                errors.Add($"inputs.{property.Name}", m.Signature.UnknownFieldMessage);
                continue;
            }
            var r = 0;
            foreach (var cell in property.Value.EnumerateArray())
            {
                var path = new FieldPath("inputs", r);
                if (!ElementRecords.TrySet(cell, m, column, values.AsSpan(r * width, width), errors, path.Of(m.Columns[column])))
                {
                    invalid[r * width + column] = true;
                }
                r++;
            }
        }
        for (var r = 0; r < rows; r++)
        {
            ElementRecords.CheckMissing(m, values.AsSpan(r * width, width), invalid.AsSpan(r * width, width), errors, new FieldPath("inputs", r));
        }
        return (values, rows);
    }

    private static bool CheckArray(JsonElement array, string name, ServingOptions options, FieldErrors errors, out int rows)
    {
        rows = array.ValueKind == JsonValueKind.Array ? array.GetArrayLength() : 0;
        if (array.ValueKind != JsonValueKind.Array || rows == 0 || rows > options.MaxBatchRecords)
        {
            errors.Add(name, $"must be an array of between 1 and {options.MaxBatchRecords} rows");
            return false;
        }
        return true;
    }
}
