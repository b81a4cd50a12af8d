using System.Text.Json.Serialization;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Experiments;
using Mlops.TrackingServer.Metrics;
using Mlops.TrackingServer.Registry;
using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer.Wire;

/// <summary>
/// Source-generated serializers for every wire type: snake_case, nulls omitted, NaN/Infinity as the strings MLflow
/// sends, and int64 accepted as strings too (protobuf JSON allows both).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(WireError))]
[JsonSerializable(typeof(Empty))]
[JsonSerializable(typeof(CreateExperimentRequest))]
[JsonSerializable(typeof(CreateExperimentResponse))]
[JsonSerializable(typeof(ExperimentResponse))]
[JsonSerializable(typeof(SearchExperimentsRequest))]
[JsonSerializable(typeof(SearchExperimentsResponse))]
[JsonSerializable(typeof(SetExperimentTagRequest))]
[JsonSerializable(typeof(ExperimentIdRequest))]
[JsonSerializable(typeof(UpdateExperimentRequest))]
[JsonSerializable(typeof(RunResponse))]
[JsonSerializable(typeof(CreateRunRequest))]
[JsonSerializable(typeof(UpdateRunRequest))]
[JsonSerializable(typeof(UpdateRunResponse))]
[JsonSerializable(typeof(RunIdRequest))]
[JsonSerializable(typeof(SearchRunsRequest))]
[JsonSerializable(typeof(SearchRunsResponse))]
[JsonSerializable(typeof(WireRunInputs))]
[JsonSerializable(typeof(LogMetricRequest))]
[JsonSerializable(typeof(LogParamRequest))]
[JsonSerializable(typeof(DeleteTagRequest))]
[JsonSerializable(typeof(LogBatchRequest))]
[JsonSerializable(typeof(LogInputsRequest))]
[JsonSerializable(typeof(MetricHistoryResponse))]
[JsonSerializable(typeof(BulkMetricHistoryResponse))]
[JsonSerializable(typeof(ListArtifactsResponse))]
[JsonSerializable(typeof(RegisteredModelResponse))]
[JsonSerializable(typeof(SearchRegisteredModelsResponse))]
[JsonSerializable(typeof(ModelVersionResponse))]
[JsonSerializable(typeof(ModelVersionsResponse))]
[JsonSerializable(typeof(DownloadUriResponse))]
[JsonSerializable(typeof(CreateRegisteredModelRequest))]
[JsonSerializable(typeof(NameRequest))]
[JsonSerializable(typeof(LogModelRequest))]
[JsonSerializable(typeof(RenameRegisteredModelRequest))]
[JsonSerializable(typeof(UpdateRegisteredModelRequest))]
[JsonSerializable(typeof(AliasRequest))]
[JsonSerializable(typeof(LatestVersionsRequest))]
[JsonSerializable(typeof(CreateModelVersionRequest))]
[JsonSerializable(typeof(ModelVersionRequest))]
[JsonSerializable(typeof(TransitionStageRequest))]
[JsonSerializable(typeof(ModelVersionTagRequest))]
[JsonSerializable(typeof(RegisteredModelTagRequest))]
internal sealed partial class WireJsonContext : JsonSerializerContext;
