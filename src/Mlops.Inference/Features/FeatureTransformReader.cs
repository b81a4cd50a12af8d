using System.Text.Json;

namespace Mlops.Inference.Features;

/// <summary>
/// Reads a <see cref="FeatureTransformDocument"/> through <see cref="JsonDocument"/>. A server reads one at start-up,
/// where the source-generated serializer's first use JIT-compiled about a hundred generic metadata methods (~40 ms
/// here); the DOM's code is precompiled. Names are the snake_case ones <see cref="FeatureTransformJson"/> writes; unknown
/// properties are ignored and a missing required one fails, as with the serializer.
/// </summary>
internal static class FeatureTransformReader
{
    public static FeatureTransformDocument Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = Object(document.RootElement, "$");
        return new FeatureTransformDocument
        {
            Format = OptionalString(root, "format") ?? FeatureTransformDocument.CurrentFormat,
            FeaturesVersion = Required(root, "features_version", "$").GetInt32(),
            FeatureSet = RequiredString(root, "feature_set", "$"),
            CategoricalEncoding = RequiredString(root, "categorical_encoding", "$"),
            Scaling = RequiredString(root, "scaling", "$"),
            Target = RequiredString(root, "target", "$"),
            Classes = Strings(Required(root, "classes", "$"), "classes"),
            Task = OptionalString(root, "task"),
            TrainRows = Required(root, "train_rows", "$").GetInt32(),
            InputColumns = Items(Required(root, "input_columns", "$"), "input_columns", ReadInput),
            Features = Items(Required(root, "features", "$"), "features", ReadFeature),
            Ratios = root.TryGetProperty("ratios", out var ratios) && ratios.ValueKind != JsonValueKind.Null
                ? Items(ratios, "ratios", ReadRatio) : [],
        };
    }

    private static InputColumnDefinition ReadInput(JsonElement e, string path) => new(
        RequiredString(Object(e, path), "name", path),
        RequiredString(e, "type", path),
        e.TryGetProperty("categories", out var c) && c.ValueKind != JsonValueKind.Null ? Strings(c, path + ".categories") : null,
        OptionalDouble(e, "min"),
        OptionalDouble(e, "max"),
        !e.TryGetProperty("required", out var r) || r.GetBoolean(),
        OptionalString(e, "impute"),
        OptionalString(e, "other"));

    private static FeatureDefinition ReadFeature(JsonElement e, string path) => new(
        RequiredString(Object(e, path), "name", path),
        RequiredString(e, "source", path),
        RequiredString(e, "kind", path),
        OptionalString(e, "category"),
        OptionalDouble(e, "shift") ?? 0,
        OptionalDouble(e, "scale") ?? 1);

    private static RatioDefinition ReadRatio(JsonElement e, string path) => new(
        RequiredString(Object(e, path), "name", path),
        RequiredString(e, "numerator", path),
        RequiredString(e, "denominator", path),
        Required(e, "denominator_power", path).GetInt32());

    private static JsonElement Object(JsonElement e, string path) => e.ValueKind == JsonValueKind.Object
        ? e
        : throw new JsonException($"{path} must be an object, got {e.ValueKind}");

    private static JsonElement Required(JsonElement e, string name, string path) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"{path} lacks the required property '{name}'");

    private static string RequiredString(JsonElement e, string name, string path) =>
        Required(e, name, path).GetString()!;

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    private static double? OptionalDouble(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetDouble() : null;

    private static string[] Strings(JsonElement array, string path) =>
        Items(array, path, (item, itemPath) => item.GetString() ?? throw new JsonException($"{itemPath} must be a string"));

    private static T[] Items<T>(JsonElement array, string path, Func<JsonElement, string, T> read)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{path} must be an array, got {array.ValueKind}");
        }
        var items = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = $"{path}[{i}]";
            items[i++] = read(item, itemPath);
        }
        return items;
    }
}
