using System.Text.Json.Serialization;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>Run ids as one JSON array parameter for <c>json_each</c>: one bound value however many runs a page holds.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class RunIdsJson : JsonSerializerContext;
