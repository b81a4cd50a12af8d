using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Training.Data;

namespace Mlops.Training.Evaluation;

/// <summary>
/// One JSON style for every report this project writes: the training artifacts' style (<see cref="JsonFiles"/>), plus
/// what a report read by people needs: characters unescaped where JSON allows, NaN and infinities as literals, a final newline.
/// </summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonFiles.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    public static void Write<T>(string path, T value) => JsonFiles.WriteFile(path, Encoding.UTF8.GetBytes(Serialize(value)));
}
