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
        "lightgbm" => ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
        {
            LabelColumnName = MlData.Label,
            FeatureColumnName = MlData.Features,
            NumberOfIterations = p.Lightgbm.NumIterations,
            LearningRate = p.Lightgbm.LearningRate,
            NumberOfLeaves = p.Lightgbm.NumLeaves,
            MinimumExampleCountPerLeaf = p.Lightgbm.MinDataPerLeaf,
            Seed = p.Seed,
            NumberOfThreads = 1,
            UseSoftmax = true,
            Silent = true,
        }),
        "fasttree" => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfTrees = p.Fasttree.NumTrees,
                NumberOfLeaves = p.Fasttree.NumLeaves,
                MinimumExampleCountPerLeaf = p.Fasttree.MinDataPerLeaf,
                LearningRate = p.Fasttree.LearningRate,
                Seed = p.Seed,
                NumberOfThreads = 1,
            }),
            MlData.Label),
        "fastforest" => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastForest(new FastForestBinaryTrainer.Options
            {
                NumberOfTrees = p.Fastforest.NumTrees,
                NumberOfLeaves = p.Fastforest.NumLeaves,
                MinimumExampleCountPerLeaf = p.Fastforest.MinDataPerLeaf,
                Seed = p.Seed,
                NumberOfThreads = 1,
            }),
            MlData.Label),
        "sdca" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = MlData.Label,
            FeatureColumnName = MlData.Features,
            L2Regularization = (float)p.Sdca.L2Regularization,
            MaximumNumberOfIterations = p.Sdca.MaxIterations,
            NumberOfThreads = 1,
        }),
        "lbfgs" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = MlData.Label,
            FeatureColumnName = MlData.Features,
            L2Regularization = (float)p.Lbfgs.L2Regularization,
            MaximumNumberOfIterations = p.Lbfgs.MaxIterations,
            NumberOfThreads = 1,
        }),
        _ => throw MlopsException.Invalid(
            $"model.trainer '{p.Trainer}' is not supported; use one of {string.Join(", ", Names)}."),
    };

    /// <summary>The hyperparameters of the selected trainer, for reports and tracking.</summary>
    public static IReadOnlyDictionary<string, double> Hyperparameters(ModelParams p) => p.Trainer switch
    {
        "lightgbm" => new SortedDictionary<string, double>
        {
            ["num_iterations"] = p.Lightgbm.NumIterations,
            ["learning_rate"] = p.Lightgbm.LearningRate,
            ["num_leaves"] = p.Lightgbm.NumLeaves,
            ["min_data_per_leaf"] = p.Lightgbm.MinDataPerLeaf,
        },
        "fasttree" => new SortedDictionary<string, double>
        {
            ["num_trees"] = p.Fasttree.NumTrees,
            ["num_leaves"] = p.Fasttree.NumLeaves,
            ["min_data_per_leaf"] = p.Fasttree.MinDataPerLeaf,
            ["learning_rate"] = p.Fasttree.LearningRate,
        },
        "fastforest" => new SortedDictionary<string, double>
        {
            ["num_trees"] = p.Fastforest.NumTrees,
            ["num_leaves"] = p.Fastforest.NumLeaves,
            ["min_data_per_leaf"] = p.Fastforest.MinDataPerLeaf,
        },
        "sdca" => new SortedDictionary<string, double>
        {
            ["l2_regularization"] = p.Sdca.L2Regularization,
            ["max_iterations"] = p.Sdca.MaxIterations,
        },
        "lbfgs" => new SortedDictionary<string, double>
        {
            ["l2_regularization"] = p.Lbfgs.L2Regularization,
            ["max_iterations"] = p.Lbfgs.MaxIterations,
        },
        _ => throw MlopsException.Invalid(
            $"model.trainer '{p.Trainer}' is not supported; use one of {string.Join(", ", Names)}."),
    };
}
