using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Models;

/// <summary>Maps model.trainer to an ML.NET estimator; every trainer but LightGBM (whose trees do not depend on it) runs single-threaded so a seed fixes the result.</summary>
internal static class TrainerFactory
{
    public static readonly IReadOnlyList<string> Names = ["lightgbm", "fasttree", "fastforest", "sdca", "lbfgs"];

    public static IEstimator<ITransformer> Create(MLContext ml, ModelParams p, int rows) => p.Trainer switch
    {
        "lightgbm" => ml.MulticlassClassification.Trainers.LightGbm(Columns(new LightGbmMulticlassTrainer.Options
        {
            NumberOfIterations = p.Lightgbm.NumIterations,
            LearningRate = p.Lightgbm.LearningRate,
            NumberOfLeaves = p.Lightgbm.NumLeaves,
            MinimumExampleCountPerLeaf = p.Lightgbm.MinDataPerLeaf,
            Seed = p.Seed,
            NumberOfThreads = Threads(p, rows),
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

    /// <summary>The regression form of model.trainer (schema.task: regression), with the same hyperparameters and seed.</summary>
    public static IEstimator<ITransformer> CreateRegression(MLContext ml, ModelParams p, int rows) => p.Trainer switch
    {
        // The LightGBM option types share no base that holds these settings (it is generic over the trainer), so they are set again.
        "lightgbm" => ml.Regression.Trainers.LightGbm(Columns(new LightGbmRegressionTrainer.Options
        {
            NumberOfIterations = p.Lightgbm.NumIterations, LearningRate = p.Lightgbm.LearningRate, NumberOfLeaves = p.Lightgbm.NumLeaves,
            MinimumExampleCountPerLeaf = p.Lightgbm.MinDataPerLeaf, Seed = p.Seed, NumberOfThreads = Threads(p, rows), Silent = true,
        })),
        "fasttree" => ml.Regression.Trainers.FastTree(Columns(Trees(new FastTreeRegressionTrainer.Options { LearningRate = p.Fasttree.LearningRate },
            p.Fasttree.NumTrees, p.Fasttree.NumLeaves, p.Fasttree.MinDataPerLeaf, p.Seed))),
        "fastforest" => ml.Regression.Trainers.FastForest(Columns(Trees(new FastForestRegressionTrainer.Options(),
            p.Fastforest.NumTrees, p.Fastforest.NumLeaves, p.Fastforest.MinDataPerLeaf, p.Seed))),
        "sdca" => ml.Regression.Trainers.Sdca(Columns(new SdcaRegressionTrainer.Options
        {
            L2Regularization = (float)p.Sdca.L2Regularization, MaximumNumberOfIterations = p.Sdca.MaxIterations, NumberOfThreads = 1,
        })),
        _ => throw MlopsException.Invalid(
            $"model.trainer '{p.Trainer}' has no regression form; use one of {string.Join(", ", ModelTasks.RegressionTrainers)}."),
    };

    /// <summary>Below this many training rows per thread, LightGBM's per-iteration thread start-up costs more than it saves.</summary>
    public const int RowsPerThread = 50_000;

    /// <summary>
    /// model.lightgbm.threads, or with 0 one thread per <see cref="RowsPerThread"/> training rows up to the core count: the
    /// bundled table trains on one, 100x its rows on two. The trees do not depend on the count (ModelTrainerTests).
    /// </summary>
    public static int Threads(ModelParams p, int rows) => p.Lightgbm.Threads > 0
        ? p.Lightgbm.Threads
        : Math.Clamp(rows / RowsPerThread, 1, Environment.ProcessorCount);

    /// <summary>The label and feature columns of the multiclass and regression trainers (the one-vs-all ones take them from the wrapper).</summary>
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
