namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>What `mlops retrain` prints and returns that the loop tests wait for or check.</summary>
public static class RetrainLines
{
    public const int ExitRejected = 3;
    public const int ExitLeaseHeld = 4;

    /// <summary>
    /// The child pipeline run's first progress line: the triggers have read the prediction log and the dataset is built,
    /// so traffic sent from here on changes neither.
    /// </summary>
    public static bool PipelineStarted(string line) => line.Contains("pipeline stage preprocess started", StringComparison.Ordinal);

    /// <summary>The child pipeline run's progress line as its train stage starts.</summary>
    public static bool TrainingStarted(string line) => line.Contains("pipeline stage train started", StringComparison.Ordinal);

    /// <summary>How a lease holder names itself: the refusal of a second retrain contains it.</summary>
    public static string HolderPid(int pid) => $"(pid {pid.ToString(System.Globalization.CultureInfo.InvariantCulture)})";

    /// <summary>When the lease named in a refusal ("... holds it until yyyy-MM-dd HH:mm:ssZ") expires.</summary>
    public static DateTimeOffset LeaseExpiry(string refusal)
    {
        const string marker = " holds it until ";
        var at = refusal.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, refusal);
        var text = refusal.Substring(at + marker.Length, "yyyy-MM-dd HH:mm:ss".Length);
        return DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal);
    }

    public static string DoesNotFire(string trigger) => $"trigger {trigger}: does not fire";

    public static string Off(string trigger) => $"trigger {trigger}: off";
}
