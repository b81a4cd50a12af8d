using Microsoft.AspNetCore.Components;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Web.Runs;

/// <summary>
/// Lists the folder <see cref="Selected"/> names (or the folder of the file it names, then previews that file), through
/// the artifact store; a path outside the run's artifacts is refused by the store and shown as an error.
/// </summary>
public sealed partial class ArtifactBrowser
{
    private IReadOnlyList<ArtifactEntry> entries = [];
    private string folder = "";
    private ArtifactPreview? preview;
    private string? listError;

    [Inject] private IArtifactStore Artifacts { get; set; } = null!;

    [Parameter, EditorRequired] public RunInfo Run { get; set; } = null!;

    [Parameter] public string? Selected { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        try
        {
            var selected = (Selected ?? "").Trim('/');
            folder = selected;
            entries = selected.Length == 0 ? await Artifacts.ListAsync(Run.ArtifactUri) : await ListSelectedAsync(selected);
        }
        catch (MlopsException e) when (e.Code is ErrorCode.InvalidParameterValue or ErrorCode.ResourceDoesNotExist)
        {
            listError = e.Message;
        }
    }

    private async Task<IReadOnlyList<ArtifactEntry>> ListSelectedAsync(string selected)
    {
        var parent = selected.Contains('/') ? selected[..selected.LastIndexOf('/')] : "";
        var siblings = await Artifacts.ListAsync(Run.ArtifactUri, parent.Length == 0 ? null : parent);
        var match = siblings.FirstOrDefault(e => e.Path == selected);
        if (match is { IsDirectory: false })
        {
            folder = parent;
            preview = await ArtifactPreview.ReadAsync(Artifacts, Run.ArtifactUri, selected);
            return siblings;
        }
        return match is null ? throw MlopsException.NotFound($"No artifact '{selected}' in this run.") : await Artifacts.ListAsync(Run.ArtifactUri, selected);
    }

    private IEnumerable<(string Name, string Path)> Breadcrumbs()
    {
        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            yield return (parts[i], string.Join('/', parts[..(i + 1)]));
        }
    }
}
