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
        var numbers = values.Numbers(',');
        var reason = $"{values.Counts.Count} distinct values";
        if (task is null)
        {
            task = numbers is not null && values.Counts.Count > MaxInferredClasses ? InferredTarget.Regression : InferredTarget.Classification;
            reason += task == InferredTarget.Regression
                ? $", numeric, more than {MaxInferredClasses}: regression"
                : $"{(numbers is not null ? ", at most " + MaxInferredClasses : "")}: classification";
        }
        else
        {
            reason += $": {task} (--task)";
        }
        return task == InferredTarget.Regression ? Regression(table, values, reason) : Classification(table, values, numbers is not null, reason);
    }

    private static InferredTarget Regression(RawCsvTable table, ColumnValues values, string reason)
    {
        if (values.Numbers(',') is not var (numbers, _))
        {
            var bad = values.Present.First(v => !NumberText.TryParse(v, false, out _));
            var row = table.Rows.Select((r, i) => (r, i)).First(p => p.r[table.IndexOf(values.Name)] == bad).i;
            throw MlopsException.Invalid($"{table.Source}, line {table.RowLines[row]}: the regression target '{values.Name}' holds '{bad}', "
                + "which is not a number; regression needs a numeric target (--task classification treats each value as a class)");
        }
        var mean = numbers.Average();
        var rmse = Math.Sqrt(numbers.Average(v => (v - mean) * (v - mean)));
        return new InferredTarget(values.Name, InferredTarget.Regression, [], values.Missing, reason)
        {
            Distinct = values.Counts.Count, MeanBaseline = (mean, rmse),
        };
    }

    private static InferredTarget Classification(RawCsvTable table, ColumnValues values, bool numeric, string reason)
    {
        if (values.Counts.Count > MaxClasses)
        {
            throw MlopsException.Invalid($"{table.Source}: the target column '{values.Name}' has {values.Counts.Count} distinct values, "
                + $"more than the {MaxClasses} classes init accepts (--task regression for a numeric target)");
        }
        var classes = numeric
            ? values.Counts.OrderBy(c => NumberText.TryParse(c.Value, false, out var v) ? v : double.MaxValue).ToList()
            : values.Counts.OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        return new InferredTarget(values.Name, InferredTarget.Classification, classes, values.Missing, reason) { Distinct = classes.Count };
    }
}
