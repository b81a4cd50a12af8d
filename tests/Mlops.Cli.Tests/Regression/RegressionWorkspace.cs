using Mlops.Cli.Tests.Support;
using Mlops.Lifecycle;
using Mlops.Training.Tests.Regression;

namespace Mlops.Cli.Tests.Regression;

/// <summary>A workspace on the generated regression table (RegressionTable) instead of the bundled dataset.</summary>
public static class RegressionWorkspace
{
    public const string RawPath = "data/raw/generated.csv";

    public static Workspace Create(string trainer)
    {
        var ws = Workspace.Create();
        File.Delete(ws.RawCsv);
        File.WriteAllText(ws.PathOf(RawPath), RegressionTable.Csv());
        File.WriteAllText(ws.PathOf("params.yaml"), RegressionTable.Params(RawPath, trainer));
        ws.ReplaceInFile("pipeline.yaml", "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv", RawPath);
        return ws;
    }

    public static Task<PipelineRunReport> RunAsync(Workspace ws, params string[] overrides)
    {
        var store = StoreProbe.Open(ws);
        return new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts)
            .RunAsync(new PipelineRunOptions(ws.Root) { Overrides = overrides });
    }

    /// <summary>The generated table's first <paramref name="rows"/> rows (another seed than the training rows), inputs only, and their targets.</summary>
    public static (string Csv, double[] Truth) NewRows(int rows)
    {
        var lines = RegressionTable.Csv(rows, seed: 11).TrimEnd('\n').Split('\n');
        var truth = lines.Skip(1).Select(l => double.Parse(l[(l.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var inputs = lines.Select(l => l[..l.LastIndexOf(',')]);
        return (string.Join('\n', inputs) + "\n", truth);
    }
}
