using Mlops.Core.Errors;

namespace Mlops.Training.Init;

/// <summary>Infers the task from the target's values (few distinct values: classification, else regression) and the classes.</summary>
internal static class TargetInference
{
    /// <summary>A numeric target with more distinct values than this is taken for regression unless --task says otherwise.</summary>
    public const int MaxInferredClasses = 20;
    public const int MaxClasses = 100;

    public static InferredTarget Infer(RawCsvTable table, int column, string? task)
    {
        var values = ColumnValues.Of(table, column);
        var name = values.Name;
        if (values.Counts.Count < 2)
        {
            var what = values.Counts.Count == 0 ? "no value in any row" : $"one value ('{values.Counts[0].Value}') in every labelled row";
            throw MlopsException.Invalid($"{table.Source}: the target column '{name}' has {what}; a model needs at least two");
        }
        var numeric = values.Numbers(table.Delimiter) is not null;
        var reason = $"{values.Counts.Count} distinct values";
        if (task is null)
        {
            task = numeric && values.Counts.Count > MaxInferredClasses ? InferredTarget.Regression : InferredTarget.Classification;
            reason += task == InferredTarget.Regression
                ? $", numeric, more than {MaxInferredClasses}: regression" : $"{(numeric ? ", at most " + MaxInferredClasses : "")}: classification";
        }
        else
        {
            reason += $": {task} (--task)";
        }
        if (task == InferredTarget.Regression)
        {
            throw MlopsException.Invalid($"{table.Source}: the target column '{name}' looks like a regression target ({reason}); "
                + "init writes classification workspaces only so far (regression is #17 item 3); pass --task classification "
                + "to treat each value as a class");
        }
        if (values.Counts.Count > MaxClasses)
        {
            throw MlopsException.Invalid($"{table.Source}: the target column '{name}' has {values.Counts.Count} distinct values, "
                + $"more than the {MaxClasses} classes init accepts");
        }
        var classes = numeric
            ? values.Counts.OrderBy(c => NumberText.TryParse(c.Value, false, out var v) ? v : double.MaxValue).ToList()
            : values.Counts.OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        return new InferredTarget(name, task, classes, values.Missing, reason);
    }
}
