namespace Mlops.Training.Configuration;

/// <summary>
/// The typed form of params.yaml. Property names map to snake_case keys. Properties are settable only for the generated
/// YAML binding (<see cref="ParamsYamlContext"/>); nothing sets them after loading.
/// </summary>
public sealed class PipelineParams
{
    public DataParams Data { get; set; } = new();
    public SchemaParams Schema { get; set; } = new();
    public ValidationParams Validation { get; set; } = new();
    public FeatureParams Features { get; set; } = new();
    public FeatureValidationParams FeatureValidation { get; set; } = new();
    public SplitParams Split { get; set; } = new();
    public CvParams Cv { get; set; } = new();
    public ModelParams Model { get; set; } = new();
    public EvaluationParams Evaluation { get; set; } = new();
    public TrackingParams Tracking { get; set; } = new();
    public RegistryParams Registry { get; set; } = new();
    public ServingParams Serving { get; set; } = new();
    public MonitoringParams Monitoring { get; set; } = new();
    public ContinuousTrainingParams ContinuousTraining { get; set; } = new();
    public SweepParams Sweep { get; set; } = new();
}

public sealed class DataParams
{
    public string Raw { get; set; } = "";
    public string InterimDir { get; set; } = "data/interim";
    public string ProcessedDir { get; set; } = "data/processed";
    public string ModelsDir { get; set; } = "models";
    public string ReportsDir { get; set; } = "reports";
    public string Target { get; set; } = "";
}

public sealed class SchemaParams
{
    /// <summary>
    /// What the target is (<see cref="ModelTasks"/>): classification (one of <see cref="TargetClasses"/>) or regression
    /// (a number; target_classes stays empty).
    /// </summary>
    public string Task { get; set; } = ModelTasks.Classification;

    /// <summary>Input columns in file order; the target column is not listed here.</summary>
    public Dictionary<string, ColumnSchema> Columns { get; set; } = [];
    public List<string> TargetClasses { get; set; } = [];

    /// <summary>True when the target is a number (schema.task: regression).</summary>
    public bool IsRegression => Task == ModelTasks.Regression;
}

public sealed class ColumnSchema
{
    /// <summary>numeric | categorical</summary>
    public string Type { get; set; } = "numeric";
    public List<string>? Categories { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    public bool Required { get; set; } = true;
    /// <summary>fail | drop | impute (see <see cref="MissingPolicy"/>); null keeps validation.missing_value for required columns.</summary>
    public string? Missing { get; set; }
    /// <summary>With missing: impute — median | most_frequent | constant; null means median for numeric, most_frequent otherwise.</summary>
    public string? Impute { get; set; }
    /// <summary>The value impute: constant fills in.</summary>
    public string? FillValue { get; set; }
    /// <summary>A category of <see cref="Categories"/> that every value not listed maps to (the rare-values bucket).</summary>
    public string? Other { get; set; }
}

public sealed class ValidationParams
{
    /// <summary>Each policy is fail | clip | quarantine | flag (clip only where a value can be clipped).</summary>
    public string MissingColumn { get; set; } = "fail";
    public string MissingValue { get; set; } = "quarantine";
    public string NonNumeric { get; set; } = "quarantine";
    public string UnknownCategory { get; set; } = "quarantine";
    public string OutOfRange { get; set; } = "quarantine";
    public string UnknownTarget { get; set; } = "quarantine";
    public bool DropDuplicates { get; set; } = true;
    public double MaxQuarantineFraction { get; set; } = 0.05;
}

public sealed class SplitParams
{
    public double TestFraction { get; set; } = 0.2;
    public int Seed { get; set; } = 42;
    public bool Stratified { get; set; } = true;
}

public sealed class CvParams
{
    /// <summary>0 turns cross-validation off.</summary>
    public int Folds { get; set; }
}

public sealed class ModelParams
{
    /// <summary>lightgbm | fasttree | fastforest | sdca | lbfgs</summary>
    public string Trainer { get; set; } = "lightgbm";
    public int Seed { get; set; } = 42;
    public LightGbmParams Lightgbm { get; set; } = new();
    public FastTreeParams Fasttree { get; set; } = new();
    public FastForestParams Fastforest { get; set; } = new();
    public SdcaParams Sdca { get; set; } = new();
    public LbfgsParams Lbfgs { get; set; } = new();

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
    public int NumIterations { get; set; } = 200;
    public double LearningRate { get; set; } = 0.1;
    public int NumLeaves { get; set; } = 16;
    public int MinDataPerLeaf { get; set; } = 5;

    /// <summary>
    /// Native threads; 0 (the default): one per 50,000 training rows, at most one per core. Not a hyperparameter (not
    /// tracked): the fitted trees are the same for every count (ModelTrainerTests pins it).
    /// </summary>
    public int Threads { get; set; }
}

public sealed class FastTreeParams
{
    public int NumTrees { get; set; } = 100;
    public int NumLeaves { get; set; } = 20;
    public int MinDataPerLeaf { get; set; } = 5;
    public double LearningRate { get; set; } = 0.2;
}

public sealed class FastForestParams
{
    public int NumTrees { get; set; } = 300;
    public int NumLeaves { get; set; } = 32;
    public int MinDataPerLeaf { get; set; } = 2;
}

public sealed class SdcaParams
{
    public double L2Regularization { get; set; } = 0.0001;
    public int MaxIterations { get; set; } = 200;
}

public sealed class LbfgsParams
{
    public double L2Regularization { get; set; } = 0.01;
    public int MaxIterations { get; set; } = 500;
}

public sealed class EvaluationParams
{
    public string PrimaryMetric { get; set; } = "accuracy";
    /// <summary>cost_matrix[true][predicted], classes in schema.target_classes order.</summary>
    public List<List<double>> CostMatrix { get; set; } = [];
    public int PermutationRepeats { get; set; } = 3;
    public double LeakageDistance { get; set; } = 0.05;
    /// <summary>A larger test table is evaluated on a seeded stratified sample of this many rows; 0 scores every row.</summary>
    public int MaxRows { get; set; } = 20_000;
    /// <summary>Named slices of the test rows, each a filter over the raw columns, scored on their own.</summary>
    public Dictionary<string, SliceFilterParams> Slices { get; set; } = [];
    /// <summary>Categorical columns whose every category becomes a slice of its own (COLUMN_VALUE).</summary>
    public List<string> SliceBy { get; set; } = [];
    /// <summary>A slice with fewer test rows is reported as too small and not scored.</summary>
    public int MinSliceRows { get; set; } = 30;
}

public sealed class TrackingParams
{
    public string Experiment { get; set; } = "";
    public string RunNamePrefix { get; set; } = "pipeline";
    public Dictionary<string, string> Tags { get; set; } = [];
}

public sealed class RegistryParams
{
    public string ModelName { get; set; } = "";
    /// <summary>The registered model's description, set when the pipeline first creates it and carried in the package.</summary>
    public string Description { get; set; } = "";
    /// <summary>The metric a version must reach <see cref="StagingThreshold"/> on to enter Staging.</summary>
    public string StagingMetric { get; set; } = "accuracy";
    public double StagingThreshold { get; set; } = 0.85;
    public string ChampionAlias { get; set; } = "champion";
    public string ChampionMetric { get; set; } = "accuracy";
    /// <summary>auto | higher | lower: whether a larger <see cref="ChampionMetric"/> is better; auto knows log_loss and business_cost.</summary>
    public string Direction { get; set; } = "auto";
    /// <summary>How much better than the champion a candidate must be to take the alias.</summary>
    public double MinMargin { get; set; }
    /// <summary>Metrics (typically slice metrics) the candidate may not lose more than a set amount on against the champion.</summary>
    public List<PromotionGuardParams> Guards { get; set; } = [];
}
