using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Features;

namespace Mlops.Lifecycle.Loading;

/// <summary>
/// Validates input tables against the schema a model was trained with (carried by its feature transform), not
/// against today's params.yaml, with every rule set to fail so nothing is scored silently.
/// </summary>
public static class ModelInputSchema
{
    public static PipelineParams AsParams(FeatureTransform transform) => new()
    {
        Data = new DataParams { Target = transform.Document.Target },
        Schema = new SchemaParams
        {
            Columns = transform.InputSchema.ToDictionary(c => c.Name, c => new ColumnSchema
            {
                Type = c.Type,
                Categories = c.Categories?.ToList(),
                Min = c.Min,
                Max = c.Max,
                Required = c.Required,
            }),
            TargetClasses = [.. transform.Classes],
        },
        Validation = new ValidationParams
        {
            MissingColumn = "fail",
            MissingValue = "fail",
            NonNumeric = "fail",
            UnknownCategory = "fail",
            OutOfRange = "fail",
            UnknownTarget = "fail",
            DropDuplicates = false,
        },
    };

    /// <summary>Checks a table; returns the rows' values in the model's input column order, or the list of violations.</summary>
    public static (IReadOnlyList<string[]> Rows, IReadOnlyList<DataViolation> Failures) Check(FeatureTransform transform, CsvTable table)
    {
        var result = SchemaValidator.Validate(AsParams(transform), table, requireTarget: false);
        var failures = result.Failures.ToList();
        if (failures.Count > 0)
        {
            return ([], failures);
        }
        var width = transform.InputColumns.Count;
        return (result.Rows.Select(r => r.Values.Length == width ? r.Values : r.Values[..width]).ToList(), []);
    }
}
