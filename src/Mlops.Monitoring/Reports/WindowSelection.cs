using Mlops.Core.Errors;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Which logged predictions a monitoring run looks at. A version URI (<c>models:/NAME/3</c>) selects that version's
/// predictions, whatever URI served them; an alias URI (<c>models:/NAME@champion</c>) selects what was served under
/// that alias (<see cref="ServedUri"/>), every version that stood behind it in the window. The window is the newest
/// <see cref="MaxRows"/> of them, or all since <see cref="Since"/>, or the newest <see cref="MaxRows"/> since then.
/// </summary>
public sealed record WindowSelection(string ModelName)
{
    public const int DefaultRows = 5_000;

    public int? ModelVersion { get; init; }

    /// <summary>When set, only predictions whose logged model URI is exactly this.</summary>
    public string? ServedUri { get; init; }

    public int? MaxRows { get; init; }

    public DateTimeOffset? Since { get; init; }

    public void Validate()
    {
        if (MaxRows is < 1)
        {
            throw MlopsException.Invalid($"--window {MaxRows}: a window needs at least 1 prediction");
        }
    }

    /// <summary>How the window reads in tags and the report: "last 5000" or "since 2026-12-06T10:00:00Z".</summary>
    public string Describe()
    {
        var since = Since is { } s ? $"since {s.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}" : null;
        var rows = MaxRows is { } n ? $"last {n}" : null;
        return string.Join(' ', new[] { rows, since }.Where(x => x is not null));
    }
}
