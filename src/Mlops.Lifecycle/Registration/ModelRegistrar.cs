using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Lifecycle.Registration;

/// <summary>
/// Registers a version and applies the promotion rules: Staging when accuracy reaches the threshold; the champion
/// alias only when the new version beats the current champion on the champion metric.
/// </summary>
public sealed class ModelRegistrar(IModelRegistry registry, ITrackingStore tracking)
{
    /// <summary>Version tags that carry metrics are prefixed so the registry can be compared without reading runs.</summary>
    public const string MetricTagPrefix = "metric.";

    /// <summary>The version tag registration is idempotent on.</summary>
    public const string ContentHashTag = "mlops.content_hash";

    public async Task<RegistrationOutcome> RegisterAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        if (!request.Metrics.TryGetValue(request.ChampionMetric, out var candidate))
        {
            throw MlopsException.Invalid($"registry.champion_metric '{request.ChampionMetric}' is not among the evaluated metrics.");
        }
        var accuracy = request.Metrics.GetValueOrDefault("accuracy", double.NaN);
        var passed = accuracy >= request.StagingThreshold;
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

        var (previous, previousValue) = await CurrentChampionAsync(request.ModelName, request.ChampionAlias, request.ChampionMetric, ct);
        var beats = previous is null || previousValue is null || candidate > previousValue.Value;
        string reason;
        if (passed && previous == version.Version)
        {
            beats = true;
            reason = "already the champion";
        }
        else if (!passed)
        {
            beats = false;
            reason = $"accuracy {accuracy:0.0000} is below registry.staging_threshold {request.StagingThreshold}";
        }
        else if (previous is null)
        {
            reason = "no current champion";
        }
        else
        {
            reason = beats
                ? $"{request.ChampionMetric} {candidate:0.0000} beats version {previous} ({previousValue:0.0000})"
                : $"{request.ChampionMetric} {candidate:0.0000} does not beat version {previous} ({previousValue:0.0000})";
        }
        if (beats)
        {
            await registry.SetAliasAsync(request.ModelName, request.ChampionAlias, version.Version, ct);
        }
        return new RegistrationOutcome(request.ModelName, version.Version, stage, tags["validation_status"], beats,
            previous, previousValue, reason) { Reused = existing is not null };
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

    private async Task<(int? Version, double? Value)> CurrentChampionAsync(string name, string alias, string metric, CancellationToken ct)
    {
        ModelVersion champion;
        try
        {
            champion = await registry.GetModelVersionByAliasAsync(name, alias, ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return (null, null);
        }
        return (champion.Version, await MetricOfAsync(champion, metric, ct));
    }

    /// <summary>A version's metric from its tags, falling back to the metrics of the run that produced it.</summary>
    public async Task<double?> MetricOfAsync(ModelVersion version, string metric, CancellationToken ct = default)
    {
        if (version.Tags.TryGetValue(MetricTagPrefix + metric, out var text)
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fromTag))
        {
            return fromTag;
        }
        if (version.RunId is null)
        {
            return null;
        }
        try
        {
            var run = await tracking.GetRunAsync(version.RunId, ct);
            return run.Metrics.FirstOrDefault(m => m.Key == metric)?.Value;
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return null;
        }
    }
}
