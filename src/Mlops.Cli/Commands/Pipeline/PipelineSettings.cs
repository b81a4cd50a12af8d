using Mlops.Lifecycle;

namespace Mlops.Cli.Commands.Pipeline;

/// <summary>Options shared by `pipeline run` and `pipeline status`.</summary>
public class PipelineSettings : ListSettings
{
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a params.yaml key for this run (repeatable), e.g. --set model.trainer=fasttree.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--params <FILE>")]
    [Description("Use this params file instead of params.yaml.")]
    public string? ParamsFile { get; init; }

    [CommandOption("--workspace <DIR>")]
    [Description("Folder holding pipeline.yaml and params.yaml (default: the current folder).")]
    public string Workspace { get; init; } = ".";

    public PipelineRunOptions ToOptions(bool force = false, string? stage = null) =>
        new(Workspace) { Force = force, TargetStage = stage, Overrides = Set, ParamsFile = ParamsFile };
}
