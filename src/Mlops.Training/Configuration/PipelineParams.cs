namespace Mlops.Training.Configuration;

/// <summary>The typed form of params.yaml. Property names map to snake_case keys.</summary>
public sealed class PipelineParams
{
    public DataParams Data { get; init; } = new();
    public SchemaParams Schema { get; init; } = new();
    public ValidationParams Validation { get; init; } = new();
    public FeatureParams Features { get; init; } = new();
    public FeatureValidationParams FeatureValidation { get; init; } = new();
    public SplitParams Split { get; init; } = new();
    public CvParams Cv { get; init; } = new();
    public ModelParams Model { get; init; } = new();
    public EvaluationParams Evaluation { get; init; } = new();
    public TrackingParams Tracking { get; init; } = new();
    public RegistryParams Registry { get; init; } = new();
    public ServingParams Serving { get; init; } = new();
    public MonitoringParams Monitoring { get; init; } = new();
    public ContinuousTrainingParams ContinuousTraining { get; init; } = new();
    public SweepParams Sweep { get; init; } = new();
}

public sealed class DataParams
{
    public string Raw { get; init; } = "";
    public string InterimDir { get; init; } = "data/interim";
    public string ProcessedDir { get; init; } = "data/processed";
    public string ModelsDir { get; init; } = "models";
    public string ReportsDir { get; init; } = "reports";
    public string Target { get; init; } = "";
}

public sealed class SchemaParams
{
    /// <summary>
    /// What the target is (<see cref="ModelTasks"/>): classification (one of <see cref="TargetClasses"/>) or regression
    /// (a number; target_classes stays empty).
    /// </summary>
    public string Task { get; init; } = ModelTasks.Classification;

    /// <summary>Input columns in file order; the target column is not listed here.</summary>
    public Dictionary<string, ColumnSchema> Columns { get; init; } = [];
    public List<string> TargetClasses { get; init; } = [];

    /// <summary>True when the target is a number (schema.task: regression).</summary>
    public bool IsRegression => Task == ModelTasks.Regression;
}

public sealed class ColumnSchema
{
    /// <summary>numeric | categorical</summary>
    public string Type { get; init; } = "numeric";
    public List<string>? Categories { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
    public bool Required { get; init; } = true;
    /// <summary>fail | drop | impute (see <see cref="MissingPolicy"/>); null keeps validation.missing_value for required columns.</summary>
    public string? Missing { get; init; }
    /// <summary>With missing: impute — median | most_frequent | constant; null means median for numeric, most_frequent otherwise.</summary>
    public string? Impute { get; init; }
    /// <summary>The value impute: constant fills in.</summary>
    public string? FillValue { get; init; }
    /// <summary>A category of <see cref="Categories"/> that every value not listed maps to (the rare-values bucket).</summary>
    public string? Other { get; init; }
}

public sealed class ValidationParams
{
    /// <summary>Each policy is fail | clip | quarantine | flag (clip only where a value can be clipped).</summary>
    public string MissingColumn { get; init; } = "fail";
    public string MissingValue { get; init; } = "quarantine";
    public string NonNumeric { get; init; } = "quarantine";
    public string UnknownCategory { get; init; } = "quarantine";
    public string OutOfRange { get; init; } = "quarantine";
    public string UnknownTarget { get; init; } = "quarantine";
    public bool DropDuplicates { get; init; } = true;
    public double MaxQuarantineFraction { get; init; } = 0.05;
}

public sealed class SplitParams
{
    public double TestFraction { get; init; } = 0.2;
    public int Seed { get; init; } = 42;
    public bool Stratified { get; init; } = true;
}

public sealed class CvParams
{
    /// <summary>0 turns cross-validation off.</summary>
    public int Folds { get; init; }
}

public sealed class ModelParams
{
    /// <summary>lightgbm | fasttree | fastforest | sdca | lbfgs</summary>
    public string Trainer { get; init; } = "lightgbm";
    public int Seed { get; init; } = 42;
    public LightGbmParams Lightgbm { get; init; } = new();
    public FastTreeParams Fasttree { get; init; } = new();
    public FastForestParams Fastforest { get; init; } = new();
    public SdcaParams Sdca { get; init; } = new();
    public LbfgsParams Lbfgs { get; init; } = new();

    /// <summary>
    /// A trainer's hyperparameters as (key under model.TRAINER, value), empty for an unknown trainer: the one list that
    /// tracking reports and the validator checks.
    /// </summary>
    public IReadOnlyList<(string Key, double Value)> HyperparametersOf(string trainer) => trainer switch
    {
        "lightgbm" =>
        [
            ("num_iterations", Lightgbm.NumIterations), ("learning_rate", Lightgbm.LearningRate),
            ("num_leaves", Lightgbm.NumLeaves), ("min_data_per_leaf", Lightgbm.MinDataPerLeaf),
        ],
        "fasttree" =>
        [
            ("num_trees", Fasttree.NumTrees), ("num_leaves", Fasttree.NumLeaves),
            ("min_data_per_leaf", Fasttree.MinDataPerLeaf), ("learning_rate", Fasttree.LearningRate),
        ],
        "fastforest" => [("num_trees", Fastforest.NumTrees), ("num_leaves", Fastforest.NumLeaves), ("min_data_per_leaf", Fastforest.MinDataPerLeaf)],
        "sdca" => [("l2_regularization", Sdca.L2Regularization), ("max_iterations", Sdca.MaxIterations)],
        "lbfgs" => [("l2_regularization", Lbfgs.L2Regularization), ("max_iterations", Lbfgs.MaxIterations)],
        _ => [],
    };
}

public sealed class LightGbmParams
{
    public int NumIterations { get; init; } = 200;
    public double LearningRate { get; init; } = 0.1;
    public int NumLeaves { get; init; } = 16;
    public int MinDataPerLeaf { get; init; } = 5;

    /// <summary>
    /// Native threads; 0 (the default): one per 50,000 training rows, at most one per core. Not a hyperparameter (not
    /// tracked): the fitted trees are the same for every count (ModelTrainerTests pins it).
    /// </summary>
    public int Threads { get; init; }
}

public sealed class FastTreeParams
{
    public int NumTrees { get; init; } = 100;
    public int NumLeaves { get; init; } = 20;
    public int MinDataPerLeaf { get; init; } = 5;
    public double LearningRate { get; init; } = 0.2;
}

public sealed class FastForestParams
{
    public int NumTrees { get; init; } = 300;
    public int NumLeaves { get; init; } = 32;
    public int MinDataPerLeaf { get; init; } = 2;
}

public sealed class SdcaParams
{
    public double L2Regularization { get; init; } = 0.0001;
    public int MaxIterations { get; init; } = 200;
}

public sealed class LbfgsParams
{
    public double L2Regularization { get; init; } = 0.01;
    public int MaxIterations { get; init; } = 500;
}

public sealed class EvaluationParams
{
    public string PrimaryMetric { get; init; } = "accuracy";
    /// <summary>cost_matrix[true][predicted], classes in schema.target_classes order.</summary>
    public List<List<double>> CostMatrix { get; init; } = [];
    public int PermutationRepeats { get; init; } = 3;
    public double LeakageDistance { get; init; } = 0.05;
    /// <summary>A larger test table is evaluated on a seeded stratified sample of this many rows; 0 scores every row.</summary>
    public int MaxRows { get; init; } = 20_000;
    /// <summary>Named slices of the test rows, each a filter over the raw columns, scored on their own.</summary>
    public Dictionary<string, SliceFilterParams> Slices { get; init; } = [];
    /// <summary>Categorical columns whose every category becomes a slice of its own (COLUMN_VALUE).</summary>
    public List<string> SliceBy { get; init; } = [];
    /// <summary>A slice with fewer test rows is reported as too small and not scored.</summary>
    public int MinSliceRows { get; init; } = 30;
}

public sealed class TrackingParams
{
    public string Experiment { get; init; } = "";
    public string RunNamePrefix { get; init; } = "pipeline";
    public Dictionary<string, string> Tags { get; init; } = [];
}

public sealed class RegistryParams
{
    public string ModelName { get; init; } = "";
    /// <summary>The registered model's description, set when the pipeline first creates it and carried in the package.</summary>
    public string Description { get; init; } = "";
    /// <summary>The metric a version must reach <see cref="StagingThreshold"/> on to enter Staging.</summary>
    public string StagingMetric { get; init; } = "accuracy";
    public double StagingThreshold { get; init; } = 0.85;
    public string ChampionAlias { get; init; } = "champion";
    public string ChampionMetric { get; init; } = "accuracy";
    /// <summary>auto | higher | lower: whether a larger <see cref="ChampionMetric"/> is better; auto knows log_loss and business_cost.</summary>
    public string Direction { get; init; } = "auto";
    /// <summary>How much better than the champion a candidate must be to take the alias.</summary>
    public double MinMargin { get; init; }
    /// <summary>Metrics (typically slice metrics) the candidate may not lose more than a set amount on against the champion.</summary>
    public List<PromotionGuardParams> Guards { get; init; } = [];
}
