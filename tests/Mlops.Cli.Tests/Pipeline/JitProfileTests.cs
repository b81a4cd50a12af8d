using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>`pipeline run` records a multi-core JIT profile for its next start, unless MLOPS_JIT_PROFILE=0.</summary>
public sealed class JitProfileTests
{
    [Fact]
    public async Task PipelineRun_ProfileFolderGiven_WritesProfileThere()
    {
        using var ws = Workspace.Create();
        var folder = ws.PathOf("profiles");

        var result = await CliProcess.RunAsync(ws.Root, new Dictionary<string, string> { ["MLOPS_JIT_PROFILE_DIR"] = folder },
            "pipeline", "run", "--stage", "preprocess");

        Assert.True(result.ExitCode == 0, result.Output);
        var profile = new FileInfo(Path.Combine(folder, "pipeline-run.jitprofile"));
        Assert.True(profile.Exists && profile.Length > 0, $"no profile at {profile.FullName}");
    }

    [Fact]
    public async Task PipelineRun_ProfileTurnedOff_WritesNone()
    {
        using var ws = Workspace.Create();
        var folder = ws.PathOf("profiles");

        var result = await CliProcess.RunAsync(ws.Root,
            new Dictionary<string, string> { ["MLOPS_JIT_PROFILE_DIR"] = folder, ["MLOPS_JIT_PROFILE"] = "0" },
            "pipeline", "run", "--stage", "preprocess");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.False(Directory.Exists(folder));
    }
}
