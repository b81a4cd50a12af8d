using System.Globalization;
using System.Text.Json;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Inference.Packaging;
using Mlops.Web.Runs;

namespace Mlops.Cli.Commands.Ui;

/// <summary>The first row of a package's input_example.json (pandas "split" orient) as input name → text; empty when absent or unreadable.</summary>
internal static class InputExample
{
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(IArtifactStore artifacts, string root, string packagePath)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await using var stream = await ArtifactFiles.OpenAsync(artifacts, root, $"{packagePath.TrimEnd('/')}/{ModelPackage.InputExampleFile}", CancellationToken.None);
            using var doc = await JsonDocument.ParseAsync(stream);
            var columns = doc.RootElement.GetProperty("columns");
            var data = doc.RootElement.GetProperty("data");
            // Our packager writes one row as a flat array; MLflow's split orient nests rows.
            var first = data.GetArrayLength() > 0 && data[0].ValueKind == JsonValueKind.Array ? data[0] : data;
            for (var i = 0; i < columns.GetArrayLength() && i < first.GetArrayLength(); i++)
            {
                var cell = first[i];
                row[columns[i].GetString() ?? ""] = cell.ValueKind switch
                {
                    JsonValueKind.Number => cell.GetDouble().ToString("R", CultureInfo.InvariantCulture),
                    JsonValueKind.String => cell.GetString() ?? "",
                    _ => "",
                };
            }
        }
        catch (Exception e) when (e is MlopsException or JsonException or KeyNotFoundException or InvalidOperationException or IOException)
        {
            row.Clear();
        }
        return row;
    }
}
