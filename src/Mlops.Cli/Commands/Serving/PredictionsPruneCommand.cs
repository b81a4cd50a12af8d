using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Predictions;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Serving;

public sealed class PredictionsPruneCommand : AsyncCommand<PredictionsPruneCommand.Settings>
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
            : MaxRows is < 0 ? Spectre.Console.ValidationResult.Error($"--max-rows {MaxRows} must not be negative.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var retention = new PredictionRetention(settings.MaxAge is { } age ? DurationText.Parse(age, "--max-age") : null, settings.MaxRows);
        var log = PredictionLogs.Open(settings.TrackingUri);
        var prune = retention.PruneAt(DateTimeOffset.UtcNow) with { ModelName = settings.ModelName, DryRun = settings.DryRun };
        var result = await log.PruneAsync(prune, cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new { deleted_predictions = result.Rows, deleted_batches = result.Batches, dry_run = settings.DryRun });
            return 0;
        }
        Console.Out.WriteLine(settings.DryRun
            ? $"Would delete {result.Rows} prediction(s) in {result.Batches} stored batch(es)."
            : $"Deleted {result.Rows} prediction(s) in {result.Batches} stored batch(es).");
        return 0;
    }
}
