using Mlops.Core.Errors;
using Mlops.Lifecycle.Stages;
using Mlops.Monitoring.Simulation;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Cli.Commands.Simulate;

/// <summary>The rows a simulation sends: clean.csv split exactly as the features stage splits it.</summary>
internal static class TrafficRows
{
    public static TrafficPlan Plan(TrafficSettings settings)
    {
        var p = ParamsLoader.LoadFile(settings.ParamsFile);
        var workspace = Path.GetDirectoryName(Path.GetFullPath(settings.ParamsFile))!;
        var cleanCsv = Path.Combine(workspace, new StagePaths(p).Clean);
        if (!File.Exists(cleanCsv))
        {
            throw MlopsException.Invalid($"{cleanCsv} does not exist: run `mlops pipeline run` first (the simulation sends its rows)");
        }
        var clean = CleanRows.Read(p, cleanCsv);
        var split = DatasetSplitter.Split(clean.Labels, p.Split);
        var rows = settings.From switch
        {
            "train" => clean.Take(split.Train),
            "all" => clean,
            _ => clean.Take(split.Test),
        };
        var columns = clean.Columns
            .Select(c => new SimulatedColumn(c, p.Schema.Columns[c].Type == "categorical" ? p.Schema.Columns[c].Categories ?? [] : null))
            .ToList();
        return new TrafficPlan
        {
            Columns = columns,
            Rows = rows.Inputs,
            Labels = rows.Labels,
            RowCount = settings.Rows,
            Shift = InputShift.Parse(settings.Drift, columns),
            LabelShare = settings.LabelShare,
            LabelDelay = TimeSpan.FromMilliseconds(settings.LabelDelayMs),
            Seed = settings.Seed,
            Concurrency = settings.Concurrency,
            Units = settings.Units,
        };
    }
}
