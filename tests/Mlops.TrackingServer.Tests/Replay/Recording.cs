using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>One recorded MLflow call: method, path with query, request (JSON, raw body or upload), status, response.</summary>
public sealed record Recording(string Name, string Method, string Path, JsonNode? Request, int Status, JsonNode? Response)
{
    public static IReadOnlyList<Recording> LoadAll(string folder) =>
        Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    public static Recording Load(string file)
    {
        var root = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        return new Recording(
            System.IO.Path.GetFileName(file),
            root["method"]!.GetValue<string>(),
            root["path"]!.GetValue<string>(),
            root["request"]?.DeepClone(),
            root["status"]!.GetValue<int>(),
            root["response"]?.DeepClone());
    }
}
