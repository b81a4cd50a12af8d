using System.Text.Json.Serialization;
using Mlops.Training.Models;

namespace Mlops.Training.Data;

/// <summary>
/// Source-generated metadata of the reports the pipeline writes. Reflection-built metadata (emitted accessors,
/// generic converters compiled at run time) cost about 100 ms of a pipeline run. Carries no options of its own:
/// <see cref="JsonFiles"/> keeps naming and layout, so the bytes are unchanged.
/// </summary>
[JsonSerializable(typeof(DataQualityReport))]
[JsonSerializable(typeof(TrainReport))]
internal sealed partial class TrainingJsonContext : JsonSerializerContext;
