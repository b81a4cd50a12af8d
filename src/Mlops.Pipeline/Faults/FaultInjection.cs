using System.Diagnostics;

namespace Mlops.Pipeline.Faults;

/// <summary>
/// Test hook for crash and full-disk tests of the real CLI: <c>MLOPS_FAULT_KILL_AT=&lt;point&gt;</c> makes the
/// process kill itself (SIGKILL on Linux) at that point, <c>MLOPS_FAULT_DISK_FULL_AT=&lt;point&gt;</c> makes the write
/// there fail as a full disk does. Points are named <c>&lt;stage&gt;.started</c>, <c>&lt;stage&gt;.after-outputs</c>,
/// <c>&lt;stage&gt;.after-record</c>, <c>&lt;stage&gt;.after-lock</c>, <c>register.after-version</c> and
/// <c>run.before-end</c>. Unset (the normal case) they do nothing.
/// </summary>
public static class FaultInjection
{
    public const string KillVariable = "MLOPS_FAULT_KILL_AT";
    public const string DiskFullVariable = "MLOPS_FAULT_DISK_FULL_AT";

    /// <summary>The errno Linux reports for a full disk (ENOSPC), carried by .NET as the IOException's HResult.</summary>
    public const int NoSpaceErrno = 28;

    /// <summary>Passes a named point; <paramref name="writing"/> is the file a full disk would fail to write there.</summary>
    public static void Point(string name, string? writing = null)
    {
        if (Environment.GetEnvironmentVariable(KillVariable) == name)
        {
            Process.GetCurrentProcess().Kill();
        }
        if (Environment.GetEnvironmentVariable(DiskFullVariable) == name)
        {
            throw new IOException($"No space left on device : '{writing ?? name}'", NoSpaceErrno);
        }
    }
}
