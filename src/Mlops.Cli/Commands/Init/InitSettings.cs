using Spectre.Console;

namespace Mlops.Cli.Commands.Init;

public sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "[DIR]"), Description("The workspace folder to write (default: the current folder).")]
    public string Directory { get; init; } = ".";

    [CommandOption("--data <CSV>"), Description("The table to build the workspace for. Without it, init writes the bundled example.")]
    public string? Data { get; init; }

    // With --data: the column to predict (required), its task (inferred) and the model's name (from the file name).
    [CommandOption("--target <COLUMN>"), Description("The column to predict (required with --data).")] public string? Target { get; init; }
    [CommandOption("--task <TASK>"), Description("classification | regression (default: inferred from the target).")] public string? Task { get; init; }
    [CommandOption("--name <MODEL>"), Description("The registered model (default: from the data file's name).")] public string? Name { get; init; }

    [CommandOption("--max-categories <N>"), Description("Categories kept per text column, the rest in an other bucket (default 20).")]
    public int MaxCategories { get; init; } = 20;

    [CommandOption("--force"), Description("Overwrite an existing params.yaml and pipeline.yaml.")] public bool Force { get; init; }

    public override ValidationResult Validate()
    {
        if (Data is null)
        {
            return Target is null && Task is null && Name is null ? ValidationResult.Success()
                : ValidationResult.Error("--target, --task and --name apply with --data only.");
        }
        if (string.IsNullOrWhiteSpace(Target))
        {
            return ValidationResult.Error("--target is required with --data: the column to predict.");
        }
        return MaxCategories < 2 ? ValidationResult.Error("--max-categories must be at least 2.") : ValidationResult.Success();
    }
}
