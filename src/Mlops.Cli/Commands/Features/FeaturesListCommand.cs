using Spectre.Console;
using static System.Globalization.CultureInfo;

namespace Mlops.Cli.Commands.Features;

/// <summary>`mlops features list`: every feature set with its latest version, the store's own order (by name).</summary>
public sealed class FeaturesListCommand : StoreViewCommand<ListSettings, IReadOnlyList<FeatureSetSummary>>
{
    protected override async Task<IReadOnlyList<FeatureSetSummary>> LoadAsync(Stores stores, ListSettings settings, CancellationToken cancellationToken)
    {
        var latest = await FeatureSetLookup.Of(stores).ListLatestAsync(cancellationToken);
        return [.. latest.Select(FeatureSetSummary.Of)];
    }

    protected override void Render(IReadOnlyList<FeatureSetSummary> view, ListSettings settings)
    {
        if (view.Count == 0)
        {
            AnsiConsole.MarkupLine("No feature sets recorded yet: `mlops pipeline run` records one each time the features stage runs.");
            return;
        }
        Tables.Write(["name", "latest", "columns", "train rows", "test rows", "created", "models"], view.Select(s => new[]
        {
            Markup.Escape(s.Name), s.LatestVersion.ToString(InvariantCulture), s.Columns.ToString(InvariantCulture),
            s.TrainRows.ToString(InvariantCulture), s.TestRows.ToString(InvariantCulture),
            Format.Time(s.CreatedAt.ToUnixTimeMilliseconds()), Markup.Escape(string.Join(", ", s.Models)),
        }));
    }
}
