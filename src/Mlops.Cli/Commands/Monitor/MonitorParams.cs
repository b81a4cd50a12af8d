using Mlops.Core.Slicing;
using Mlops.Training.Configuration;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>The `monitoring:` section monitor commands follow: ./params.yaml's, else the defaults (a folder without a pipeline).</summary>
internal static class MonitorParams
{
    public static MonitoringParams Load()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultModelUri.ParamsFile);
        return File.Exists(local) ? ParamsLoader.LoadFile(local).Monitoring : new MonitoringParams();
    }

    /// <summary>evaluation.slices and slice_by of ./params.yaml, applied to the window's inputs (none without the file).</summary>
    public static (IReadOnlyList<SliceDefinition> Slices, int MinRows) LoadSlices()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), DefaultModelUri.ParamsFile);
        if (!File.Exists(local))
        {
            return ([], new EvaluationParams().MinSliceRows);
        }
        var p = ParamsLoader.LoadFile(local);
        return (EvaluationSlices.From(p), p.Evaluation.MinSliceRows);
    }
}
