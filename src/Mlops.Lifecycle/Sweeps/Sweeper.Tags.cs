using System.Globalization;
using Mlops.Lifecycle.Tracking;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Sweeps;

public sealed partial class Sweeper
{
    private static Dictionary<string, string> ParentTags(SweepRequest request, int trials) => new(StringComparer.Ordinal)
    {
        ["mlflow.source.type"] = "JOB",
        ["mlflow.source.name"] = "mlops sweep",
        ["mlflow.user"] = Environment.UserName,
        [SweepTags.Role] = "parent",
        ["mlops.sweep.kind"] = request.RandomTrials is null ? "grid" : "random",
        ["mlops.sweep.trials"] = trials.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> ChildTags(string parentRunId, string role) => new(StringComparer.Ordinal)
    {
        [SweepTags.ParentRun] = parentRunId,
        [SweepTags.Role] = role,
    };

    /// <summary>What defines the sweep: with these (and the params file) it runs the same trials again.</summary>
    private static Dictionary<string, string> ParentParams(SweepRequest request, SweepParams sweep, IReadOnlyList<SweepTrial> trials, int parallelism)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["sweep.metric"] = sweep.Metric,
            ["sweep.folds"] = sweep.Folds.ToString(CultureInfo.InvariantCulture),
            ["sweep.trials"] = trials.Count.ToString(CultureInfo.InvariantCulture),
            ["sweep.parallelism"] = parallelism.ToString(CultureInfo.InvariantCulture),
        };
        if (request.Overrides.Count > 0)
        {
            result["sweep.set"] = string.Join(" ", request.Overrides);
        }
        if (request.RandomTrials is null)
        {
            foreach (var option in request.Grid)
            {
                var equals = option.IndexOf('=');
                result[$"sweep.grid.{option[..equals].Trim()}"] = option[(equals + 1)..];
            }
            return result;
        }
        result["sweep.seed"] = (request.Seed ?? sweep.Seed).ToString(CultureInfo.InvariantCulture);
        foreach (var (key, range) in sweep.Space)
        {
            result[$"sweep.space.{key}"] = range.Values is { } values
                ? $"[{string.Join(", ", values)}]"
                : $"[{ParamsFlattener.Format(range.Min!.Value)}, {ParamsFlattener.Format(range.Max!.Value)}]{(range.Log ? " log" : "")}{(range.Integer ? " integer" : "")}";
        }
        return result;
    }
}
