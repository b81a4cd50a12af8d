using System.Diagnostics;

namespace Mlops.Lifecycle.Tracking;

/// <summary>The commit and dirty flag of the workspace, when it is a git checkout and git is installed.</summary>
public sealed record GitInfo(string? Commit, bool? Dirty)
{
    public static GitInfo Read(string workspace)
    {
        // Starting git costs tens of milliseconds; outside any checkout (and with no GIT_DIR) it can only say "no".
        if (Environment.GetEnvironmentVariable("GIT_DIR") is null && !InsideCheckout(workspace))
        {
            return new GitInfo(null, null);
        }
        var commit = RunGit(workspace, "rev-parse HEAD");
        if (commit is null)
        {
            return new GitInfo(null, null);
        }
        var status = RunGit(workspace, "status --porcelain --untracked-files=no");
        return new GitInfo(commit, status is null ? null : status.Length > 0);
    }

    /// <summary>Whether the folder or one above it holds a `.git` directory or file (a worktree or submodule).</summary>
    private static bool InsideCheckout(string workspace)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(workspace)); dir is not null; dir = dir.Parent)
        {
            var marker = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(marker) || File.Exists(marker))
            {
                return true;
            }
        }
        return false;
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
