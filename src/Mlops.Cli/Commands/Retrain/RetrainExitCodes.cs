using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>`mlops retrain`'s exit codes: 0 promoted or nothing fired, 3 not promoted, 4 lease held (1 error, 2 usage as every command).</summary>
public static class RetrainExitCodes
{
    public const int NotPromoted = 3;
    public const int LeaseHeld = 4;

    /// <summary>The one-line description in `mlops --help` (as short as the others, so the table keeps its width).</summary>
    public const string Summary = "Retrain when a trigger fires, gate, roll out (exit 0 ok, 3 rejected, 4 busy)";

    public const string Help = "Exit 0: promoted, nothing fired, or a dry run; 3: the candidate was rejected by the gate (or not " +
        "rolled out); 4: another retrain of the model holds the lease; 1: error; 2: usage.";

    public static int Of(RetrainTickStatus status) => status switch
    {
        RetrainTickStatus.Rejected or RetrainTickStatus.NotRolledOut => NotPromoted,
        RetrainTickStatus.LeaseHeld => LeaseHeld,
        RetrainTickStatus.Failed => CliApp.ExitError,
        _ => 0,
    };
}
