using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Core.Errors;

namespace Mlops.Training.Init;

/// <summary>Reads the table and infers the workspace for <c>mlops init</c>; writes nothing (see <see cref="WorkspaceWriter"/>).</summary>
public static partial class InitPlanner
{
    public static InitPlan Plan(InitOptions options)
    {
        if (options.Task is { } task && task is not (InferredTarget.Classification or InferredTarget.Regression))
        {
            throw MlopsException.Invalid($"--task must be classification or regression, got '{task}'");
        }
        if (options.Name is { } name && !ModelName().IsMatch(name))
        {
            throw MlopsException.Invalid($"--name '{name}': a model name takes letters, digits, '_', '-' and '.', starting with a letter or digit");
        }
        var table = RawCsvLoader.Load(options.DataPath);
        var targetIndex = table.IndexOf(options.Target.Trim());
        if (targetIndex < 0)
        {
            var header = string.Join(", ", table.Header.Take(30).Select(h => $"'{h}'")) + (table.Header.Count > 30 ? ", ..." : "");
            throw MlopsException.Invalid($"{table.Source}: no column '{options.Target}' (--target); the header has {header}");
        }
        var target = TargetInference.Infer(table, targetIndex, options.Task);
        var columns = Enumerable.Range(0, table.Header.Count).Where(i => i != targetIndex)
            .Select(i => ColumnInference.Infer(ColumnValues.Of(table, i), table.Delimiter, options)).ToList();
        if (!columns.Any(c => c.Kept))
        {
            throw MlopsException.Invalid($"{table.Source}: no usable input column besides the target '{target.Name}': "
                + string.Join("; ", columns.Select(c => $"'{c.Name}' {c.Reason}")));
        }
        var modelName = options.Name ?? FromFileName(options.DataPath);
        var dataFile = $"data/raw/{SafeFileStem(options.DataPath)}.csv";
        return new InitPlan(options, table, target, columns, modelName, dataFile, Choices(options, table, target, columns, modelName, dataFile));
    }

    private static List<string> Choices(InitOptions options, RawCsvTable table, InferredTarget target,
        List<InferredColumn> columns, string modelName, string dataFile)
    {
        var choices = new List<string>(table.Notes)
        {
            $"data: {table.Rows.Count} rows copied to {dataFile} (comma-separated, UTF-8, LF); pipeline.yaml and data.raw name it",
            $"target '{target.Name}': {target.Reason}{(target.IsRegression ? "" : $"; {target.Classes.Count} classes")}",
            Baseline(target) + "; registry.staging_threshold is set to it, so only a model that beats it reaches Staging",
            $"model name: '{modelName}'{(options.Name is null ? " (from the file name; --name sets it)" : "")}, also the experiment's name",
            $"categories: at most {options.MaxCategories} per column, the rest in an other bucket; numeric ranges: the observed "
                + $"min and max widened by {Share(options.RangeMargin)} of the span",
            $"trainer: LightGBM with the bundled example's settings, seed 42, {(target.IsRegression ? "random" : "stratified")} 80/20 split",
        };
        if (target.MissingRows > 0)
        {
            choices.Add($"{target.MissingRows} rows have no '{target.Name}': quarantined by the pipeline (validation.unknown_target)");
        }
        var rare = target.Classes.Where(c => c.Rows < 5).Select(c => $"'{c.Label}' ({c.Rows})").ToList();
        if (rare.Count > 0)
        {
            choices.Add($"warning: classes with fewer than 5 rows are hard to learn and to test: {string.Join(", ", rare)}");
        }
        choices.AddRange(columns.Where(c => c.Impute is not null)
            .Select(c => $"'{c.Name}': {c.Missing} missing cells, imputed with the training rows' {c.Impute!.Replace('_', ' ')} (missing: impute)"));
        choices.AddRange(columns.Where(c => c.DecimalComma).Select(c => $"'{c.Name}': decimal commas written as points"));
        return choices;
    }

    private static string Baseline(InferredTarget target) => target.MeanBaseline is var (mean, rmse)
        ? $"baseline: always answering the mean {NumberText.Format(Math.Round(mean, 4))} scores rmse {NumberText.Format(Math.Round(rmse, 4))}"
        : $"baseline: always answering '{target.Classes.MaxBy(c => c.Rows).Label}' scores accuracy {Share(target.MajorityShare)}";

    private static string Share(double share) => share.ToString("0.###", CultureInfo.InvariantCulture);

    private static string FromFileName(string path)
    {
        var stem = SafeFileStem(path).ToLowerInvariant().Replace('-', '_').Replace('.', '_');
        return char.IsAsciiLetterOrDigit(stem[0]) ? stem : "model" + stem;
    }

    /// <summary>The file's stem with accents stripped and anything but letters, digits, '-', '_' and '.' made '_'.</summary>
    private static string SafeFileStem(string path)
    {
        var safe = Unsafe().Replace(AsciiFold.Of(Path.GetFileNameWithoutExtension(path)), "_").Trim('_', '.');
        return safe.Length == 0 ? "data" : safe;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex ModelName();

    [GeneratedRegex("[^A-Za-z0-9_.-]+")]
    private static partial Regex Unsafe();
}
