using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Mlops.Training.Features;
using Mlops.Training.Models;
using Mlops.Training.Tests.Configuration;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Onnx;

/// <summary>
/// The bundled data through the preprocess and features stages with the repository's params.yaml (BMI included):
/// the fitted transform, the training table and the held-out rows as raw cells, as a client would send them.
/// </summary>
public sealed class OnnxWorkspace : IDisposable
{
    private readonly TempFolder folder = new();

    public OnnxWorkspace()
    {
        Params = ParamsLoader.Load(RepoFiles.ParamsText);
        var clean = folder.File("clean.csv");
        Preprocessor.Run(Params, RepoFiles.RawCsv, clean, folder.File("quarantine.csv"), folder.File("dq.json"));
        FeatureStage.Run(Params, clean, folder.File("train.csv"), folder.File("test.csv"), TransformPath);
        Transform = FeatureTransform.Load(TransformPath);
        Train = FeatureTableReader.Read(folder.File("train.csv"));
        var rows = CleanRows.Read(Params, clean);
        HeldOut = rows.Take(DatasetSplitter.Split(rows.Labels, Params.Split).Test);
    }

    public PipelineParams Params { get; }

    public string TransformPath => folder.File("feature_transform.json");

    public FeatureTransform Transform { get; }

    public Mlops.Training.Models.FeatureTable Train { get; }

    public CleanRows HeldOut { get; }

    /// <summary>params.yaml's model section with another trainer: the models the pipeline would train.</summary>
    public ModelParams ModelParams(string trainer) => new()
    {
        Trainer = trainer,
        Seed = Params.Model.Seed,
        Lightgbm = Params.Model.Lightgbm,
        Fasttree = Params.Model.Fasttree,
        Fastforest = Params.Model.Fastforest,
        Sdca = Params.Model.Sdca,
        Lbfgs = Params.Model.Lbfgs,
    };

    /// <summary>Held-out rows with one input left empty each, every column in turn.</summary>
    public IEnumerable<string[]> MissingValueRows() => Enumerable.Range(0, Transform.InputColumns.Count).Select(c =>
    {
        var row = (string[])HeldOut.Inputs[c].Clone();
        row[c] = "";
        return row;
    });

    public string File(string name) => folder.File(name);

    public void Dispose() => folder.Dispose();
}
