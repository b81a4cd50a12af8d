using System.Globalization;
using System.Text;
using System.Text.Json;
using Mlops.Core.Artifacts;

namespace Mlops.Web.Runs;

/// <summary>
/// What the artifacts browser shows of a file: its kind, and for text kinds the first <see cref="MaxBytes"/> (JSON
/// indented when it parses whole, CSV as the first <see cref="MaxCsvRows"/> rows). Images are shown by URL, not read.
/// </summary>
public sealed record ArtifactPreview(string Path, ArtifactKind Kind, string? Text, IReadOnlyList<IReadOnlyList<string>>? Rows, bool Truncated)
{
    public const int MaxBytes = 64 * 1024;

    public const int MaxCsvRows = 20;

    public static async Task<ArtifactPreview> ReadAsync(IArtifactStore artifacts, string rootUri, string path, CancellationToken ct = default)
    {
        var kind = ArtifactKinds.Of(path);
        if (kind is not (ArtifactKind.Json or ArtifactKind.Csv or ArtifactKind.Text))
        {
            return new ArtifactPreview(path, kind, null, null, false);
        }
        await using var stream = await ArtifactFiles.OpenAsync(artifacts, rootUri, path, ct);
        var buffer = new byte[MaxBytes + 1];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        var truncated = read > MaxBytes;
        var text = Encoding.UTF8.GetString(buffer, 0, Math.Min(read, MaxBytes));
        return kind switch
        {
            ArtifactKind.Json when !truncated => new ArtifactPreview(path, kind, Indented(text), null, false),
            ArtifactKind.Csv => new ArtifactPreview(path, kind, text, CsvPreview.FirstRows(text, MaxCsvRows, path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) ? '\t' : ',', !truncated), truncated),
            _ => new ArtifactPreview(path, kind, text, null, truncated),
        };
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };

    private static string Indented(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, IndentedOptions);
        }
        catch (JsonException)
        {
            return json; // shown as it is: a broken file is still worth reading
        }
    }

    private static readonly JsonSerializerOptions IndentedOptions = new() { WriteIndented = true };
}
