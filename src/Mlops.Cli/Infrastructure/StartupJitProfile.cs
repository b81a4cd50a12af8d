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
/// <remarks>
/// The runtime rewrites a recorded profile at exit with one write() per record, about 30,000 calls and 50 ms here. So a
/// run that ran every stage writes its profile at its end and marks it complete (<see cref="CompleteMarker"/>); the
/// launcher then starts later runs with <see cref="NoGatherVariable"/>, which plays the profile back and records nothing.
/// A run that records and ends otherwise (failed, or some stages skipped) leaves no mark, so the next run records again.
/// </remarks>
public sealed class StartupJitProfile
{
    /// <summary>The runtime's switch to play a profile back without recording one (CoreCLR's clrconfigvalues.h).</summary>
    public const string NoGatherVariable = "DOTNET_MultiCoreJitNoProfileGather";

    private readonly string _marker;

    private StartupJitProfile(string marker, bool recording)
    {
        _marker = marker;
        Recording = recording;
    }

    /// <summary>False when the runtime only plays the profile back (<see cref="NoGatherVariable"/> is 1).</summary>
    public bool Recording { get; }

    /// <summary>The file beside a profile that says a complete run recorded it.</summary>
    public static string CompleteMarker(string profilePath) => profilePath + ".complete";

    /// <summary>Plays back and records the command's profile; null when turned off or the folder cannot be made.</summary>
    public static StartupJitProfile? Start(string command)
    {
        if (Environment.GetEnvironmentVariable("MLOPS_JIT_PROFILE") == "0")
        {
            return null;
        }
        var folder = Environment.GetEnvironmentVariable("MLOPS_JIT_PROFILE_DIR") is { Length: > 0 } chosen
            ? chosen
            : Path.Combine(AppContext.BaseDirectory, "jit-profiles");
        var name = command + ".jitprofile";
        var profile = new StartupJitProfile(CompleteMarker(Path.Combine(folder, name)),
            recording: Environment.GetEnvironmentVariable(NoGatherVariable) != "1");
        try
        {
            Directory.CreateDirectory(folder);
            if (profile.Recording)
            {
                // This run rewrites the profile at exit, whatever it runs: until it proves complete, it is not.
                File.Delete(profile._marker);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        ProfileOptimization.SetProfileRoot(folder);
        ProfileOptimization.StartProfile(name);
        return profile;
    }

    /// <summary>After a run that ran every stage: writes the recorded profile now and marks it complete.</summary>
    public void Complete()
    {
        if (!Recording)
        {
            return;
        }
        // Stopping the recording writes the profile; the mark follows, so it never names a profile still unwritten.
        ProfileOptimization.StartProfile(null);
        try
        {
            File.WriteAllText(_marker, "");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the mark the next run records again, as every run did before.
        }
    }
}
