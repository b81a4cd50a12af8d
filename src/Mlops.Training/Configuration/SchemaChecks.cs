namespace Mlops.Training.Configuration;

/// <summary>Semantic checks of the schema section: column types, categories, ranges and target classes.</summary>
internal static class SchemaChecks
{
    private static readonly string[] ColumnTypes = ["numeric", "categorical"];

    public static void Check(PipelineParams p, List<string> errors)
    {
        var schema = p.Schema;
        if (schema.Columns.Count == 0)
        {
            errors.Add("schema.columns must list at least one input column");
        }
        if (schema.Columns.ContainsKey(p.Data.Target))
        {
            errors.Add($"schema.columns.{p.Data.Target} is the target column (data.target) and must not be listed as an input");
        }
        foreach (var (name, column) in schema.Columns)
        {
            CheckColumn($"schema.columns.{name}", column, errors);
        }

        ParamsValidator.OneOf(errors, "schema.task", schema.Task, ModelTasks.Names);
        if (schema.IsRegression)
        {
            RegressionChecks.Check(p, errors);
        }
        else if (schema.TargetClasses.Count == 0)
        {
            errors.Add("schema.target_classes must not be empty");
        }
        CheckDistinct("schema.target_classes", schema.TargetClasses, errors);
    }

    private static void CheckColumn(string key, ColumnSchema column, List<string> errors)
    {
        ParamsValidator.OneOf(errors, $"{key}.type", column.Type, ColumnTypes);
        MissingValueChecks.Check(key, column, errors);
        if (column.Type == "categorical")
        {
            if (column.Categories is null || column.Categories.Count == 0)
            {
                errors.Add($"{key}.categories must list the allowed values of a categorical column");
            }
            else
            {
                CheckDistinct($"{key}.categories", column.Categories, errors);
            }
            if (column.Min is not null || column.Max is not null)
            {
                errors.Add($"{key}: min/max apply to numeric columns only");
            }
        }
        else if (column.Type == "numeric")
        {
            if (column.Categories is not null)
            {
                errors.Add($"{key}.categories applies to categorical columns only");
            }
            if (column.Min is { } min && column.Max is { } max && min > max)
            {
                errors.Add($"{key}: min ({ParamsValidator.Fmt(min)}) must be <= max ({ParamsValidator.Fmt(max)})");
            }
        }
    }

    private static void CheckDistinct(string key, List<string> values, List<string> errors)
    {
        foreach (var value in values.Where(string.IsNullOrWhiteSpace).Take(1))
        {
            errors.Add($"{key} must not contain an empty value");
        }
        foreach (var group in values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            errors.Add($"{key} must be distinct, '{group.Key}' appears {group.Count()} times");
        }
    }
}
