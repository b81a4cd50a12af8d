using System.Diagnostics;

namespace Mlops.Lifecycle.Tracking;

/// <summary>The commit and dirty flag of the workspace, when it is a git checkout and git is installed.</summary>
public sealed record GitInfo(string? Commit, bool? Dirty)
{
    public static GitInfo Read(string workspace)
    {
        var commit = RunGit(workspace, "rev-parse HEAD");
        if (commit is null)
        {
            return new GitInfo(null, null);
        }
        var status = RunGit(workspace, "status --porcelain --untracked-files=no");
        return new GitInfo(commit, status is null ? null : status.Length > 0);
    }

    private static string? RunGit(string workspace, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = workspace,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: lineage simply has no commit.
            return null;
        }
    }
}
