using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Promotion;

namespace Mlops.Lifecycle.Registration;

/// <summary>
/// Registers a version and applies the request's <see cref="PromotionPolicy"/>: Staging from the candidate's metrics,
/// the champion alias only when the candidate beats the champion, moved compare-and-set so that of two concurrent
/// registrations the worse one cannot overwrite the better one.
/// </summary>
public sealed partial class ModelRegistrar(IModelRegistry registry, ITrackingStore tracking)
{
    /// <summary>Version tags that carry metrics are prefixed so the registry can be compared without reading runs.</summary>
    public const string MetricTagPrefix = "metric.";

    /// <summary>The version tag registration is idempotent on.</summary>
    public const string ContentHashTag = "mlops.content_hash";

    public async Task<RegistrationOutcome> RegisterAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        var passed = request.Policy.ReachesStaging(request.Metrics);
        await EnsureModelAsync(request.ModelName, request.ModelDescription, ct);

        var tags = new Dictionary<string, string>(request.Tags)
        {
            ["validation_status"] = passed ? "passed" : "needs_review",
        };
        foreach (var (key, value) in request.Metrics)
        {
            tags[MetricTagPrefix + key] = value.ToString("R", CultureInfo.InvariantCulture);
        }
        if (request.ContentHash is { } contentHash)
        {
            tags[ContentHashTag] = contentHash;
        }
        var existing = request.ContentHash is null ? null : await FindByContentAsync(request.ModelName, request.ContentHash, ct);
        var version = existing
            ?? await registry.CreateModelVersionAsync(request.ModelName, request.Source, request.RunId, tags, request.Description, ct);

        var stage = ModelStage.None;
        if (passed)
        {
            stage = (await registry.TransitionStageAsync(request.ModelName, version.Version, ModelStage.Staging, archiveExisting: false, ct)).Stage;
        }
        var (decision, champion, reasons) = request.Promote
            ? await CrownAsync(request, version.Version, ct)
            : await HoldAsync(request, version.Version, ct);
        var championMetric = champion?.Metrics is { } held && held.TryGetValue(request.Policy.ChampionMetric, out var heldValue) ? heldValue : (double?)null;
        return new RegistrationOutcome(request.ModelName, version.Version, stage, tags["validation_status"],
            decision.Crown || decision.AlreadyChampion, decision.DecidedAgainst, championMetric, reasons[^1])
        {
            Reused = existing is not null,
            Reasons = reasons,
        };
    }

    private async Task<ModelVersion?> FindByContentAsync(string name, string contentHash, CancellationToken ct) =>
        (await registry.ListModelVersionsAsync(name, ct))
            .Where(v => v.Tags.GetValueOrDefault(ContentHashTag) == contentHash)
            .OrderBy(v => v.Version)
            .FirstOrDefault();

    private async Task EnsureModelAsync(string name, string? description, CancellationToken ct)
    {
        try
        {
            await registry.GetRegisteredModelAsync(name, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            try
            {
                await registry.CreateRegisteredModelAsync(name, string.IsNullOrEmpty(description) ? null : description, ct: ct);
            }
            catch (MlopsException conflict) when (conflict.Code == ErrorCode.ResourceAlreadyExists)
            {
                // A concurrent pipeline run created it first.
            }
        }
    }

    /// <summary>The metrics of the run behind a version registered without metric tags (by another tool).</summary>
    private async Task<IReadOnlyList<Metric>> RunMetricsAsync(string runId, CancellationToken ct)
    {
        try
        {
            return (await tracking.GetRunAsync(runId, ct)).Metrics;
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            // A purged run leaves the version without metrics; the tracking store has no lookup that answers "absent".
            return [];
        }
    }
}
