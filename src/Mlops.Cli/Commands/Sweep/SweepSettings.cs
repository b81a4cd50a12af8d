using Mlops.Cli.Commands.Pipeline;
using Spectre.Console;

namespace Mlops.Cli.Commands.Sweep;

/// <summary>`mlops sweep`: a grid (--grid, repeatable) or a random search (--random N over sweep.space) of params under model.</summary>
public sealed class SweepSettings : PipelineSettings
{
    [CommandOption("--grid <KEY=V1,V2>"), Description("A params key under model. and the values to try (repeatable; every combination is a trial), e.g. --grid model.lightgbm.num_leaves=15,31,63.")]
    public string[] Grid { get; init; } = [];

    [CommandOption("--random <N>"), Description("N trials drawn from the ranges of sweep.space in params.yaml.")]
    public int? Random { get; init; }

    private bool OneSearch => Grid.Length > 0 != Random is not null;

    [CommandOption("--seed <SEED>"), Description("Seed of the --random draws (default sweep.seed).")]
    public int? Seed { get; init; }

    [CommandOption("--parallelism <N>"), Description("Trials trained at once (default sweep.parallelism; 0 there: one per core).")]
    public int? Parallelism { get; init; }

    /// <summary>Set by a sweep on the worker processes it starts (<see cref="SweepWorkerProcess"/>); not for users.</summary>
    [CommandOption("--worker", IsHidden = true), Description("Run as a sweep's worker process: trials on stdin, results on stdout.")]
    public bool Worker { get; init; }

    public override ValidationResult Validate()
    {
        if (Worker)
        {
            return ValidationResult.Success();
        }
        if (!OneSearch)
        {
            return ValidationResult.Error("give either --grid KEY=V1,V2 (repeatable) or --random N");
        }
        if (Random is < 1)
        {
            return ValidationResult.Error($"--random must be at least 1, got {Random}");
        }
        return Parallelism is < 1 ? ValidationResult.Error($"--parallelism must be at least 1, got {Parallelism}") : ValidationResult.Success();
    }
}
