using System.Runtime;

namespace Mlops.Cli.Infrastructure;

/// <summary>
/// Multi-core JIT (<see cref="ProfileOptimization"/>) for a command. Much of a run's CPU goes to JIT-compiling
/// generic code that ReadyToRun cannot precompile (framework generics over ML.NET's, the app's and value types): the
/// command records which methods it compiled, and its next run compiles them ahead on a spare core while the main
/// thread works. Used by `pipeline run`, whose stages run one after another so a core is free (about 1.3-1.5 s ->
/// 1.0 s here); `serve` and `predict` keep both cores busy and showed no gain. Profiles live beside the published CLI
/// (the launcher clears them when it rebuilds) or in MLOPS_JIT_PROFILE_DIR; where the folder is not writable the
/// command runs without one. MLOPS_JIT_PROFILE=0 turns it off.
/// </summary>
internal static class StartupJitProfile
{
    public static void Start(string command)
    {
        if (Environment.GetEnvironmentVariable("MLOPS_JIT_PROFILE") == "0")
        {
            return;
        }
        var folder = Environment.GetEnvironmentVariable("MLOPS_JIT_PROFILE_DIR") is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(AppContext.BaseDirectory, "jit-profiles");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(command + ".jitprofile");
    }
}
