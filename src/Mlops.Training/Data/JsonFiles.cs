using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.Training.Data;

/// <summary>One JSON style for every training artifact: snake_case, indented, LF, so files are byte-stable across machines.</summary>
internal static class JsonFiles
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(TrainingJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static byte[] ToBytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static void Write<T>(string path, T value) => WriteFile(path, ToBytes(value));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder first.</summary>
    public static void WriteFile(string path, byte[] bytes)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllBytes(path, bytes);
    }
}
