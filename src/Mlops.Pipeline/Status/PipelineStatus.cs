using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Status;

/// <summary>The staleness of every stage, in topological order, as `mlops pipeline status` shows it.</summary>
public sealed record PipelineStatus(IReadOnlyList<StageStatus> Stages)
{
    public bool IsUpToDate => Stages.All(s => !s.IsStale);

    /// <summary>
    /// Checks every stage against the lock file (read from the workspace when not given). A stage below a stale
    /// stage is reported stale too, because rerunning the upstream stage may change its deps.
    /// </summary>
    public static PipelineStatus Compute(PipelineDefinition definition, ParamsDocument parameters, LockFile? lockFile = null)
    {
        lockFile ??= LockFile.Load(definition.LockFilePath);
        StalenessChecker.EnsureParamsExist(definition.Stages, parameters);
        var checker = new StalenessChecker(definition, parameters);
        var stale = new HashSet<string>(StringComparer.Ordinal);
        var results = new List<StageStatus>();
        foreach (var stage in definition.TopologicalOrder)
        {
            var reasons = checker.Check(stage, lockFile.Find(stage.Name)).ToList();
            reasons.AddRange(definition.UpstreamOf(stage.Name)
                .Where(up => stale.Contains(up.Name))
                .Select(up => $"upstream stage '{up.Name}' is stale"));
            if (reasons.Count > 0)
            {
                stale.Add(stage.Name);
            }
            results.Add(new StageStatus(stage.Name, reasons.Count > 0, reasons));
        }
        return new PipelineStatus(results);
    }
}
