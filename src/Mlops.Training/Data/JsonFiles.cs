using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mlops.Training.Data;

/// <summary>
/// One JSON style for every training artifact: snake_case, indented, LF, so files are byte-stable across machines. Reports
/// (metrics, training report, figure data), read by people, add characters unescaped where JSON allows, NaN and
/// infinities as literals, and a final newline.
/// </summary>
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

    private static readonly JsonSerializerOptions ReportOptions = new(Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static byte[] ToBytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static void WriteReport<T>(string path, T value) =>
        WriteFile(path, [.. JsonSerializer.SerializeToUtf8Bytes(value, ReportOptions), (byte)'\n']);

    public static void Write<T>(string path, T value) => WriteFile(path, ToBytes(value));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder first.</summary>
    private static void WriteFile(string path, byte[] bytes)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        File.WriteAllBytes(path, bytes);
    }
}
