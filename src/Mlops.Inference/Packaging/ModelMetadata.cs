using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Core.Errors;

namespace Mlops.Inference.Packaging;

/// <summary>
/// What a package says about its model beyond scoring: a description and the business risk level of each class.
/// Both come from params.yaml (registry.description, serving.risk_levels); a model without levels has none.
/// </summary>
public sealed record ModelMetadata(
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("risk_levels")] IReadOnlyDictionary<string, string> RiskLevels)
{
    public static readonly ModelMetadata None = new(null, new Dictionary<string, string>());

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Reads <see cref="ModelPackage.MetadataFile"/> from a package folder; <see cref="None"/> when the file is absent.</summary>
    public static ModelMetadata Read(string folder)
    {
        var path = Path.Combine(folder, ModelPackage.MetadataFile);
        if (!File.Exists(path))
        {
            return None;
        }
        // JsonDocument rather than the serializer: its first use would add to a server's start-up time.
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var levels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("risk_levels", out var r) && r.ValueKind == JsonValueKind.Object)
            {
                foreach (var level in r.EnumerateObject())
                {
                    levels[level.Name] = level.Value.GetString() ?? "";
                }
            }
            return new ModelMetadata(description, levels);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw MlopsException.Invalid($"{path} is not valid model metadata: {e.Message}");
        }
    }

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, ModelPackage.MetadataFile), JsonSerializer.Serialize(this, Options));
}
