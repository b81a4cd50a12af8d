using Mlops.Inference.Models;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Training.Tests.Models;

/// <summary>Models trained once per test run, shared by tests that only read them.</summary>
public static class TrainedModels
{
    private static readonly Lazy<TrainedModel> DefaultModel = new(() => ModelTrainer.Train(new ModelParams(), ObesityTables.Classes, ObesityTables.Train));

    private static readonly Lazy<FeatureTable> SampleTable = new(() => ObesityTables.Train.Subset([.. Enumerable.Range(0, 800).Select(i => i * 2)]));

    private static readonly Lazy<TrainedModel> SmallModel = new(() => ModelTrainer.Train(Small("lightgbm"), ObesityTables.Classes, ObesityTables.Train));

    /// <summary>LightGBM with the params.yaml defaults (ModelParams defaults mirror them).</summary>
    public static TrainedModel Default => DefaultModel.Value;

    /// <summary>A quick LightGBM for tests that need any reasonable model.</summary>
    public static TrainedModel Quick => SmallModel.Value;

    /// <summary>Every second training row (800): enough for every trainer to learn, quick to fit.</summary>
    public static FeatureTable TrainSample => SampleTable.Value;

    /// <summary>Small hyperparameters per trainer so each fits in about a second.</summary>
    public static ModelParams Small(string trainer) => new()
    {
        Trainer = trainer,
        Seed = 7,
        Lightgbm = new LightGbmParams { NumIterations = 30, LearningRate = 0.2, NumLeaves = 8, MinDataPerLeaf = 10 },
        Fasttree = new FastTreeParams { NumTrees = 8, NumLeaves = 8, MinDataPerLeaf = 10, LearningRate = 0.3 },
        Fastforest = new FastForestParams { NumTrees = 8, NumLeaves = 8, MinDataPerLeaf = 5 },
        Sdca = new SdcaParams { L2Regularization = 0.001, MaxIterations = 20 },
        Lbfgs = new LbfgsParams { L2Regularization = 0.01, MaxIterations = 50 },
    };
}
