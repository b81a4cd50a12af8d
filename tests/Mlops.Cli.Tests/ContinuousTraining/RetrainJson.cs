using System.Text.Json;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>`mlops retrain --json`: the tick's outcome, read for assertions.</summary>
public sealed class RetrainJson
{
    private readonly JsonElement root;

    private RetrainJson(string text)
    {
        Text = text;
        root = JsonDocument.Parse(text).RootElement.Clone();
    }

    public string Text { get; }

    /// <summary>Promoted, Rejected, NothingFired, DryRun, LeaseHeld, NotRolledOut or Failed.</summary>
    public string Status => root.GetProperty("status").GetString()!;

    public int CandidateVersion => root.GetProperty("gate").GetProperty("candidate_version").GetInt32();

    public string ParentRunId => root.GetProperty("parent_run_id").GetString()!;

    public string ChildRunId => root.GetProperty("child_run_id").GetString()!;

    public static RetrainJson Parse(string stdout) => new(stdout);

    public bool Fired(string trigger) =>
        root.GetProperty("triggers").GetProperty("results").EnumerateArray()
            .Any(r => r.GetProperty("name").GetString() == trigger && r.GetProperty("fired").GetBoolean());
}
