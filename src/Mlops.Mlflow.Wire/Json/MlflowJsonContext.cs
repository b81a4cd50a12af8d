using System.Text.Json.Serialization;

namespace Mlops.Mlflow.Wire.Json;

/// <summary>
/// Source-generated serializers for every MLflow request and answer: snake_case, nulls omitted (which is how MLflow
/// leaves empty lists out), NaN and infinities as the strings protobuf JSON uses, and int64 accepted as strings too.
/// Strict about types, as MLflow's server is; a client reading other servers uses <see cref="MlflowJson.Lenient"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Artifacts.ListArtifactsResponse))]
[JsonSerializable(typeof(Experiments.CreateExperimentRequest))]
[JsonSerializable(typeof(Experiments.CreateExperimentResponse))]
[JsonSerializable(typeof(Experiments.ExperimentIdRequest))]
[JsonSerializable(typeof(Experiments.ExperimentResponse))]
[JsonSerializable(typeof(Experiments.SearchExperimentsRequest))]
[JsonSerializable(typeof(Experiments.SearchExperimentsResponse))]
[JsonSerializable(typeof(Experiments.SetExperimentTagRequest))]
[JsonSerializable(typeof(Experiments.UpdateExperimentRequest))]
[JsonSerializable(typeof(Metrics.BulkMetricHistoryResponse))]
[JsonSerializable(typeof(Metrics.MetricHistoryResponse))]
[JsonSerializable(typeof(Predictions.LabelledPredictionsResponse))]
[JsonSerializable(typeof(Predictions.LabelledQueryRequest))]
[JsonSerializable(typeof(Predictions.MlopsServerInfo))]
[JsonSerializable(typeof(Predictions.PredictionBatchDto))]
[JsonSerializable(typeof(Predictions.PredictionOriginsRequest))]
[JsonSerializable(typeof(Predictions.PredictionOriginsResponse))]
[JsonSerializable(typeof(Predictions.PredictionPageDto))]
[JsonSerializable(typeof(Predictions.PredictionPruneRequest))]
[JsonSerializable(typeof(Predictions.PredictionPruneResponse))]
[JsonSerializable(typeof(Predictions.RecordLabelsRequest))]
[JsonSerializable(typeof(Predictions.RecordLabelsResponse))]
[JsonSerializable(typeof(Registry.AliasRequest))]
[JsonSerializable(typeof(Registry.CreateModelVersionRequest))]
[JsonSerializable(typeof(Registry.CreateRegisteredModelRequest))]
[JsonSerializable(typeof(Registry.DownloadUriResponse))]
[JsonSerializable(typeof(Registry.LatestVersionsRequest))]
[JsonSerializable(typeof(Registry.ModelVersionRequest))]
[JsonSerializable(typeof(Registry.ModelVersionResponse))]
[JsonSerializable(typeof(Registry.ModelVersionTagRequest))]
[JsonSerializable(typeof(Registry.ModelVersionsResponse))]
[JsonSerializable(typeof(Registry.NameRequest))]
[JsonSerializable(typeof(Registry.RegisteredModelResponse))]
[JsonSerializable(typeof(Registry.RegisteredModelTagRequest))]
[JsonSerializable(typeof(Registry.RenameRegisteredModelRequest))]
[JsonSerializable(typeof(Registry.SearchRegisteredModelsResponse))]
[JsonSerializable(typeof(Registry.TransitionStageRequest))]
[JsonSerializable(typeof(Registry.UpdateRegisteredModelRequest))]
[JsonSerializable(typeof(Runs.CreateRunRequest))]
[JsonSerializable(typeof(Runs.DeleteTagRequest))]
[JsonSerializable(typeof(Runs.LogBatchRequest))]
[JsonSerializable(typeof(Runs.LogInputsRequest))]
[JsonSerializable(typeof(Runs.LogMetricRequest))]
[JsonSerializable(typeof(Runs.LogModelRequest))]
[JsonSerializable(typeof(Runs.RunIdRequest))]
[JsonSerializable(typeof(Runs.RunKeyValueRequest))]
[JsonSerializable(typeof(Runs.RunInputsDto))]
[JsonSerializable(typeof(Runs.RunResponse))]
[JsonSerializable(typeof(Runs.SearchRunsRequest))]
[JsonSerializable(typeof(Runs.SearchRunsResponse))]
[JsonSerializable(typeof(Runs.UpdateRunRequest))]
[JsonSerializable(typeof(Runs.UpdateRunResponse))]
public sealed partial class MlflowJsonContext : JsonSerializerContext;
