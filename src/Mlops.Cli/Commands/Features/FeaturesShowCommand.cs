using System.Globalization;
using Mlops.Core.Features;
using Spectre.Console;

namespace Mlops.Cli.Commands.Features;

/// <summary>`mlops features show NAME[:VERSION]`: a version's columns, kinds, statistics and the model versions trained on it.</summary>
public sealed class FeaturesShowCommand : StoreViewCommand<FeatureSetSettings, FeatureSetVersion>
{
    protected override Task<FeatureSetVersion> LoadAsync(Stores stores, FeatureSetSettings settings, CancellationToken cancellationToken) =>
        FeatureSetLookup.FindAsync(stores, settings.Set, cancellationToken);

    protected override void Render(FeatureSetVersion view, FeatureSetSettings settings)
    {
        AnsiConsole.Write(new FieldRows()
            .Add("", "feature set", Markup.Escape(view.Reference.ToString()))
            .Add("", "created", Format.Time(view.CreatedAt.ToUnixTimeMilliseconds()))
            .Add("", "run", Markup.Escape(view.RunId ?? ""))
            .Add("", "rows", $"{view.TrainRows.ToString(CultureInfo.InvariantCulture)} train, {view.TestRows.ToString(CultureInfo.InvariantCulture)} test")
            .Add("", "transform hash", view.TransformHash)
            .Add("", "source data hash", view.SourceDataHash)
            .Add("", "models", view.Models.Count == 0 ? "(none yet)"
                : Markup.Escape(string.Join(", ", view.Models.Select(m => $"{m.ModelName}/{m.ModelVersion}"))))
            .ToGrid());
        Tables.Write(["column", "kind", "count", "NaN", "min", "p5", "p50", "p95", "max", "mean", "std", "share of 1s"], view.Columns.Select(c => new[]
        {
            Markup.Escape(c.Name), c.Kind, c.Stats.Count.ToString(CultureInfo.InvariantCulture), c.Stats.NanCount.ToString(CultureInfo.InvariantCulture),
            Format.Number(c.Stats.Min), Format.Number(c.Stats.Percentile(5)), Format.Number(c.Stats.Percentile(50)),
            Format.Number(c.Stats.Percentile(95)), Format.Number(c.Stats.Max), Format.Number(c.Stats.Mean), Format.Number(c.Stats.Std),
            Format.Number(c.Stats.OnesShare),
        }));
    }
}
