using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Models;

/// <summary>Maps model.trainer to an ML.NET estimator; every trainer runs single-threaded so a seed fixes the result.</summary>
internal static class TrainerFactory
{
    public static readonly IReadOnlyList<string> Names = ["lightgbm", "fasttree", "fastforest", "sdca", "lbfgs"];

    public static IEstimator<ITransformer> Create(MLContext ml, ModelParams p) => p.Trainer switch
    {
        "lightgbm" => ml.MulticlassClassification.Trainers.LightGbm(Columns(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = p.Lightgbm.NumIterations,
            LearningRate = p.Lightgbm.LearningRate,
            NumberOfLeaves = p.Lightgbm.NumLeaves,
            MinimumExampleCountPerLeaf = p.Lightgbm.MinDataPerLeaf,
            Seed = p.Seed,
            NumberOfThreads = p.Lightgbm.Threads > 0 ? p.Lightgbm.Threads : Environment.ProcessorCount,
            UseSoftmax = true,
            Silent = true,
        })),
        "fasttree" => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(Trees(new FastTreeBinaryTrainer.Options { LearningRate = p.Fasttree.LearningRate },
                p.Fasttree.NumTrees, p.Fasttree.NumLeaves, p.Fasttree.MinDataPerLeaf, p.Seed)),
            MlData.Label),
        "fastforest" => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastForest(Trees(new FastForestBinaryTrainer.Options(),
                p.Fastforest.NumTrees, p.Fastforest.NumLeaves, p.Fastforest.MinDataPerLeaf, p.Seed)),
            MlData.Label),
        "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(Columns(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)p.Sdca.L2Regularization, MaximumNumberOfIterations = p.Sdca.MaxIterations, NumberOfThreads = 1,
        })),
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(Columns(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            L2Regularization = (float)p.Lbfgs.L2Regularization, MaximumNumberOfIterations = p.Lbfgs.MaxIterations, NumberOfThreads = 1,
        })),
        _ => throw Unsupported(p),
    };

    /// <summary>The label and feature columns of the multiclass trainers (the one-vs-all ones take them from the wrapper).</summary>
    private static T Columns<T>(T options) where T : TrainerInputBaseWithLabel
    {
        options.LabelColumnName = MlData.Label;
        options.FeatureColumnName = MlData.Features;
        return options;
    }

    /// <summary>The settings both tree ensembles share, single-threaded so the seed fixes the trees.</summary>
    private static T Trees<T>(T options, int trees, int leaves, int minPerLeaf, int seed) where T : TreeOptions
    {
        options.NumberOfTrees = trees;
        options.NumberOfLeaves = leaves;
        options.MinimumExampleCountPerLeaf = minPerLeaf;
        options.Seed = seed;
        options.NumberOfThreads = 1;
        return options;
    }

    /// <summary>The hyperparameters of the selected trainer, for reports and tracking.</summary>
    public static IReadOnlyDictionary<string, double> Hyperparameters(ModelParams p) => Names.Contains(p.Trainer)
        ? new SortedDictionary<string, double>(p.HyperparametersOf(p.Trainer).ToDictionary(h => h.Key, h => h.Value))
        : throw Unsupported(p);

    private static MlopsException Unsupported(ModelParams p) =>
        MlopsException.Invalid($"model.trainer '{p.Trainer}' is not supported; use one of {string.Join(", ", Names)}.");
}
