using System.Text;

namespace Mlops.Training.Init;

/// <summary>The README.md an init workspace starts with: what the table is, the three commands, what was inferred.</summary>
internal static class ReadmeStub
{
    public static string Write(InitPlan plan)
    {
        var model = plan.ModelName;
        var readme = new StringBuilder()
            .Append($"# {model}\n\n")
            .Append($"A workspace written by `mlops init` for `{Path.GetFileName(plan.Options.DataPath)}` ({plan.Table.Rows.Count} rows), ")
            .Append($"predicting `{plan.Target.Name}` ({(plan.Target.IsRegression ? "regression" : $"{plan.Target.Classes.Count} classes")}).\n\n")
            .Append("```bash\n")
            .Append("mlops pipeline run                   # validate, featurize, train, evaluate, register\n")
            .Append($"mlops predict --model models:/{model}@champion --input {plan.DataFile} --output scored.csv\n")
            .Append($"mlops serve --model models:/{model}@champion --port 5080\n")
            .Append("```\n\n")
            .Append("## What init inferred\n\n| column | kind | schema |\n|---|---|---|\n");
        foreach (var column in plan.Columns)
        {
            readme.Append($"| {Cell(column.Name)} | {column.Kind.ToString().ToLowerInvariant()} | {Cell(column.Reason)} |\n");
        }
        readme.Append($"| {Cell(plan.Target.Name)} | target | {Cell(plan.Target.Reason)} |\n\n## Choices\n\n");
        foreach (var choice in plan.Choices)
        {
            readme.Append($"- {choice}\n");
        }
        return readme.Append("\nChange any of them in params.yaml; `mlops pipeline run` reruns what the change affects.\n").ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
