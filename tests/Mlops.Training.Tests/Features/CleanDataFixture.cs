using Mlops.Inference.Csv;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Features;

/// <summary>Runs the preprocess stage once on the bundled dataset; tests share the resulting clean.csv.</summary>
public sealed class CleanDataFixture : IDisposable
{
    private readonly TempDir dir = new();

    public CleanDataFixture()
    {
        Params = ParamsLoader.Load(RepoFiles.ParamsText);
        CleanCsv = dir.File("clean.csv");
        Preprocessor.Run(Params, RepoFiles.RawCsv, CleanCsv, dir.File("quarantine.csv"), dir.File("dq.json"));
        var table = CsvReader.ReadFile(CleanCsv);
        Inputs = [.. table.Rows.Select(r => r.Fields[..^1])];
        Labels = [.. table.Rows.Select(r => r.Fields[^1])];
    }

    public PipelineParams Params { get; }

    public string CleanCsv { get; }

    /// <summary>Clean rows in schema column order, without the target.</summary>
    public IReadOnlyList<string[]> Inputs { get; }

    public IReadOnlyList<string> Labels { get; }

    public static PipelineParams ParamsWith(params (string Old, string New)[] replacements) =>
        Data.DataFixture.Params(replacements);

    public void Dispose() => dir.Dispose();
}
