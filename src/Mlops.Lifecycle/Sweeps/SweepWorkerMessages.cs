using System.Text.Json.Serialization;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>The first line a sweep sends its worker: what every trial starts from.</summary>
internal sealed record SweepWorkerJob(string Workspace, string? ParamsFile, IReadOnlyList<string> Overrides, int Folds);

/// <summary>One trial for a worker: the overrides it adds to the job's.</summary>
internal sealed record SweepWorkerTrial(IReadOnlyList<string> Overrides);

/// <summary>A worker's answer to one trial: the cross-validation, or why the trial failed.</summary>
internal sealed record SweepWorkerReply(CrossValidationResult? Cv, string? Error);

/// <summary>The worker protocol is one JSON document per line on the worker's stdin and stdout.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(SweepWorkerJob))]
[JsonSerializable(typeof(SweepWorkerTrial))]
[JsonSerializable(typeof(SweepWorkerReply))]
internal sealed partial class SweepWorkerJson : JsonSerializerContext;
