using Mlops.Core.Errors;
using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Params;

namespace Mlops.Pipeline.Status;

/// <summary>Compares a stage's current deps, params and outputs with its lock entry and says why it must run.</summary>
public sealed class StalenessChecker
{
    private readonly ParamsDocument _params;
    private readonly WorkspaceHasher _hasher;

    public StalenessChecker(PipelineDefinition definition, ParamsDocument parameters)
    {
        _params = parameters;
        _hasher = new WorkspaceHasher(definition.WorkspaceRoot);
    }

    /// <summary>Fails, naming the stage and key, when a stage uses a params key the document does not have.</summary>
    public static void EnsureParamsExist(IEnumerable<StageDefinition> stages, ParamsDocument parameters)
    {
        foreach (var stage in stages)
        {
            var missing = stage.Params.FirstOrDefault(k => !parameters.ContainsKey(k));
            if (missing is not null)
            {
                throw MlopsException.Invalid(
                    $"stage '{stage.Name}' uses params key '{missing}' which is not in {parameters.SourceName}");
            }
        }
    }

    /// <summary>Human-readable reasons the stage is stale; empty when it is up to date.</summary>
    public IReadOnlyList<string> Check(StageDefinition stage, StageLock? locked)
    {
        if (locked is null)
        {
            return ["never run"];
        }
        var reasons = new List<string>();
        var lockedDeps = ByPath(locked.Deps);
        reasons.AddRange(FileReasons(stage.Deps, lockedDeps, "dep", (dep, _) => $"dep changed: {dep}"));
        reasons.AddRange(lockedDeps.Keys.Except(stage.Deps).Select(d => $"dep removed: {d}"));
        foreach (var key in stage.Params)
        {
            var current = _params.GetCanonicalValue(key);
            if (!locked.Params.TryGetValue(key, out var previous))
            {
                reasons.Add($"params changed: {key} (new in stage)");
            }
            else if (previous != current)
            {
                reasons.AddRange(DescribeParamsChange(key, previous, current));
            }
        }
        reasons.AddRange(locked.Params.Keys.Except(stage.Params).Select(k => $"params changed: {k} (removed from stage)"));
        reasons.AddRange(FileReasons(stage.Outputs, ByPath(locked.Outs), "out",
            (output, wasLocked) => wasLocked ? $"out modified: {output}" : $"out added: {output}"));
        return reasons;
    }

    private static Dictionary<string, string> ByPath(IReadOnlyList<PathHash> hashes) =>
        hashes.ToDictionary(h => h.Path, h => h.Sha256, StringComparer.Ordinal);

    /// <summary>
    /// "{kind} missing" for each path whose file is gone; <paramref name="changed"/> (told whether the lock has the path)
    /// for each whose hash is not the locked one. Deps and outputs are compared the same way.
    /// </summary>
    private IEnumerable<string> FileReasons(IEnumerable<string> paths, Dictionary<string, string> locked, string kind,
        Func<string, bool, string> changed)
    {
        foreach (var path in paths)
        {
            var hash = _hasher.Hash(path);
            if (hash is null)
            {
                yield return $"{kind} missing: {path}";
            }
            else if (locked.GetValueOrDefault(path) != hash)
            {
                yield return changed(path, locked.ContainsKey(path));
            }
        }
    }

    private static IEnumerable<string> DescribeParamsChange(string key, string previous, string current)
    {
        const int MaxShown = 5;
        var changes = ParamsDiff.Changes(key, previous, current);
        if (changes.Count == 0)
        {
            // Only the spelling differs (e.g. a lock written by an older canonical form); still name the key.
            return [$"params changed: {key}"];
        }
        var shown = changes.Take(MaxShown).Select(c => $"params changed: {c}");
        return changes.Count > MaxShown ? shown.Append($"params changed: {changes.Count - MaxShown} more under {key}") : shown;
    }

    internal WorkspaceHasher Hasher => _hasher;
}
