using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>
/// The continuous_training settings the loop tests run with, written into a workspace's params.yaml in place of the
/// bundled section. Why each value: README "Continuous training".
/// </summary>
public static class LoopParams
{
    /// <summary>
    /// Concept drift (Weight:-8 with the original labels) contradicts the original rows, so the candidate trains on the
    /// feedback only; the original held-out set describes the world before the drift, so the gate may not veto on it;
    /// new_labels is off so that the performance and drift triggers are what fires.
    /// </summary>
    public const string Loop = """
        continuous_training:
          experiment: continuous-training
          tick_seconds: 5
          lease_seconds: 120
          triggers:
            new_labels: 0
            drift: true
            max_accuracy_drop: 0.05
            min_labels: 100
          data:
            rows: feedback_only
            holdout_fraction: 0.2
            min_holdout_rows: 50
          gate:
            metric: accuracy
            min_margin: 0.02
            max_original_drop: 1.0
          rollout:
            mode: direct
        """;

    /// <summary>
    /// Writes <see cref="Loop"/> (with <paramref name="leaseSeconds"/>) and monitoring.drift.dataset_drift_share 0.05: the
    /// dataset drifts when one input of the sixteen drifts, since a one-column shift is the scenario. Safe to repeat.
    /// </summary>
    public static void Apply(Workspace workspace, int leaseSeconds = 120)
    {
        var path = workspace.PathOf("params.yaml");
        var kept = WithoutSection(File.ReadAllLines(path), "continuous_training:");
        var section = Loop.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("lease_seconds: 120", $"lease_seconds: {leaseSeconds}", StringComparison.Ordinal);
        var text = string.Join('\n', kept).TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text.Replace("dataset_drift_share: 0.5 ", "dataset_drift_share: 0.05", StringComparison.Ordinal));
    }

    /// <summary>The file's lines without one top-level section (its key line and every indented or blank line after it).</summary>
    private static IEnumerable<string> WithoutSection(string[] lines, string key)
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
            {
                inside = true;
                continue;
            }
            if (inside && (line.Length == 0 || char.IsWhiteSpace(line[0]) || line.StartsWith('#')))
            {
                continue;
            }
            inside = false;
            yield return line;
        }
    }
}
