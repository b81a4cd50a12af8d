using Mlops.Cli.Infrastructure;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>
/// `pipeline run` records a multi-core JIT profile for its next start, unless MLOPS_JIT_PROFILE=0. A run of every
/// stage marks its profile complete; started with the runtime's no-gather switch (as the launcher then does), a run
/// plays the profile back and leaves it as it was.
/// </summary>
public sealed class JitProfileTests
{
    [Fact]
    public async Task PipelineRun_EveryStageRuns_MarksTheProfileComplete_AndAPlaybackRunLeavesItAsItWas()
    {
        using var first = Workspace.Create();
        var folder = first.PathOf("profiles");
        var profile = Path.Combine(folder, "pipeline-run.jitprofile");

        var recorded = await CliProcess.RunAsync(first.Root, new Dictionary<string, string> { ["MLOPS_JIT_PROFILE_DIR"] = folder },
            "pipeline", "run");

        Assert.True(recorded.ExitCode == 0, recorded.Output);
        Assert.True(File.Exists(StartupJitProfile.CompleteMarker(profile)), "a run of every stage left no complete mark");
        var bytes = File.ReadAllBytes(profile);
        var written = File.GetLastWriteTimeUtc(profile);
        Assert.NotEmpty(bytes);

        using var second = Workspace.Create();
        var played = await CliProcess.RunAsync(second.Root, new Dictionary<string, string>
        {
            ["MLOPS_JIT_PROFILE_DIR"] = folder,
            [StartupJitProfile.NoGatherVariable] = "1",
        }, "pipeline", "run");

        Assert.True(played.ExitCode == 0, played.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(profile));
        Assert.Equal(bytes, File.ReadAllBytes(profile));
        Assert.True(File.Exists(StartupJitProfile.CompleteMarker(profile)), "a playback run removed the complete mark");
    }

    [Fact]
    public async Task PipelineRun_OneStageOnly_WritesTheProfileAndRemovesAnEarlierCompleteMark()
    {
        using var ws = Workspace.Create();
        var folder = ws.PathOf("profiles");
        var profile = Path.Combine(folder, "pipeline-run.jitprofile");
        Directory.CreateDirectory(folder);
        File.WriteAllText(StartupJitProfile.CompleteMarker(profile), "");

        var result = await CliProcess.RunAsync(ws.Root, new Dictionary<string, string> { ["MLOPS_JIT_PROFILE_DIR"] = folder },
            "pipeline", "run", "--stage", "preprocess");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.True(new FileInfo(profile) is { Exists: true, Length: > 0 }, $"no profile at {profile}");
        Assert.False(File.Exists(StartupJitProfile.CompleteMarker(profile)), "a run of one stage kept the profile marked complete");
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
