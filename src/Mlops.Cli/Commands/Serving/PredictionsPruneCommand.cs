using Mlops.Core.Predictions;

namespace Mlops.Cli.Commands.Serving;

public sealed class PredictionsPruneCommand : StoreViewCommand<PredictionsPruneCommand.Settings, PredictionPruneResult>
{
    public sealed class Settings : ListSettings
    {
        [CommandOption("--max-age <DURATION>")]
        [Description("Delete predictions older than this (e.g. 30d, 12h).")]
        public string? MaxAge { get; init; }

        [CommandOption("--max-rows <N>")]
        [Description("Keep at most the newest N predictions.")]
        public long? MaxRows { get; init; }

        [CommandOption("--model-name <NAME>")]
        [Description("Only this model's predictions (and --max-rows counts only them).")]
        public string? ModelName { get; init; }

        [CommandOption("--dry-run")]
        [Description("Count what would be deleted; delete nothing.")]
        public bool DryRun { get; init; }

        public override Spectre.Console.ValidationResult Validate() => MaxAge is null && MaxRows is null
            ? Spectre.Console.ValidationResult.Error("Give --max-age, --max-rows or both: with neither, nothing would be pruned.")
            : RetentionOptions.CheckRows(MaxRows, "--max-rows");
    }

    protected override Task<PredictionPruneResult> LoadAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        var retention = RetentionOptions.Parse(settings.MaxAge, "--max-age", settings.MaxRows);
        var prune = retention.PruneAt(DateTimeOffset.UtcNow) with { ModelName = settings.ModelName, DryRun = settings.DryRun };
        return PredictionLogs.Of(stores).PruneAsync(prune, cancellationToken);
    }

    protected override object? ToJson(PredictionPruneResult result, Settings settings) =>
        new { deleted_predictions = result.Rows, deleted_batches = result.Batches, dry_run = settings.DryRun };

    protected override void Render(PredictionPruneResult result, Settings settings) =>
        Console.Out.WriteLine(settings.DryRun
            ? $"Would delete {result.Rows} prediction(s) in {result.Batches} stored batch(es)."
            : $"Deleted {result.Rows} prediction(s) in {result.Batches} stored batch(es).");
}
