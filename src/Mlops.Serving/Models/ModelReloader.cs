using Mlops.Core.Errors;
using Mlops.Inference.Loading;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Metrics;

namespace Mlops.Serving.Models;

/// <summary>
/// Loads the model at start, then follows the registry: every poll interval it re-resolves the URI and, when it names
/// another version, loads that one in the background and swaps it in. A failed load keeps the old model serving and
/// is reported in /ready, /model/info, the log and mlops_model_reload_failures_total; the same broken version is not
/// retried until the URI moves again (or while nothing is served at all).
/// </summary>
public sealed partial class ModelReloader(
    ModelHost host, ModelLoader loader, ServingOptions options, ServingMetrics metrics, TimeProvider time, ILogger<ModelReloader> logger,
    ModelPreload? preload = null, AbTestFollower? abTests = null)
    : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await InitialLoadAsync(stoppingToken);
        await FollowAbTestAsync(stoppingToken);
        if (options.PollInterval == TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
                await FollowAbTestAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Re-resolves the URI now; returns true when another version was loaded and swapped in. Never throws but on cancellation.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            host.RecordCheck(time.GetUtcNow());
            ResolvedModel resolved;
            try
            {
                resolved = await loader.ResolveAsync(options.ModelUri, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fail(new ReloadFailure(options.ModelUri, null, null, null, PublicText(e, out var reference), time.GetUtcNow()), e, reference);
                return false;
            }
            var current = host.Current;
            if (current is not null && Same(current.Identity, resolved))
            {
                host.ClearFailure();
                return false;
            }
            if (current is not null && host.LastFailure is { } failed && failed.Name == resolved.Name && failed.Version == resolved.Version
                && failed.ArtifactPath == resolved.ArtifactPath)
            {
                return false;
            }
            return await LoadAsync(resolved, current, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    // The A/B test is polled on the same beat as the alias, after it: its variants replace the alias's model while it runs.
    private Task FollowAbTestAsync(CancellationToken ct) => abTests?.CheckAsync(ct) ?? Task.CompletedTask;

    /// <summary>Takes the model loading since the app was built, if it loaded; else loads as any check does.</summary>
    private async Task InitialLoadAsync(CancellationToken ct)
    {
        ServedModel? preloaded = null;
        try
        {
            preloaded = preload is null ? null : await preload.Model.WaitAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The check below resolves again and reports the failure.
        }
        await gate.WaitAsync(ct);
        try
        {
            if (preloaded is not null && host.Current is null)
            {
                host.RecordCheck(time.GetUtcNow());
                await LoadAsync(preloaded.Identity, null, ct, preloaded);
                return;
            }
        }
        finally
        {
            gate.Release();
        }
        await CheckAsync(ct);
    }

    private async Task<bool> LoadAsync(ResolvedModel resolved, ServedModel? current, CancellationToken ct, ServedModel? loadedAlready = null)
    {
        ServedModel next;
        try
        {
            next = loadedAlready ?? new ServedModel(await loader.LoadAsync(resolved, ct));
            WarmUp(next);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fail(new ReloadFailure(resolved.Uri, resolved.Name, resolved.Version, resolved.ArtifactPath, PublicText(e, out var reference),
                time.GetUtcNow()), e, reference);
            return false;
        }
        metrics.Attach(next);
        var previous = host.Swap(next);
        metrics.ModelSwapped(next, reload: previous is not null);
        LogLoaded(next.Label, options.ModelUri, previous?.Label ?? "none");
        if (previous is not null)
        {
            _ = RetireAsync(previous);
        }
        return true;
    }

    /// <summary>
    /// What /ready and /model/info may show: an expected failure's own message, or only a reference for anything else
    /// (its text can name server paths; the log has it under the reference).
    /// </summary>
    private static string PublicText(Exception e, out string? reference)
    {
        reference = e is MlopsException ? null : ErrorReference.New();
        return reference is null ? e.Message : ErrorReference.Message(reference);
    }

    private void Fail(ReloadFailure failure, Exception exception, string? reference)
    {
        host.RecordFailure(failure);
        metrics.ReloadFailed();
        var version = failure.Version is { } v ? $"{failure.Name} v{v}" : failure.Uri;
        LogFailed(exception, version, host.Current?.Label ?? "nothing", reference is null ? failure.Error : $"reference {reference}");
    }

    /// <summary>Scores one synthetic row so the first request does not pay for JIT compilation of the scoring path.</summary>
    internal static void WarmUp(ServedModel model)
    {
        var values = new double[model.InputCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = model.Numeric[i] ? (double.IsFinite(model.Min[i]) ? model.Min[i] : 0) : 0;
        }
        model.Model.Predict(values, new float[model.OutputWidth]);
    }

    private async Task RetireAsync(ServedModel previous)
    {
        // Requests take the model reference once, so after a grace period nothing can still be scoring on it.
        await Task.Delay(options.RetiredModelGrace, time);
        previous.Model.Dispose();
    }

    private static bool Same(ResolvedModel a, ResolvedModel b) =>
        a.Name == b.Name && a.Version == b.Version && a.RunId == b.RunId && a.ArtifactRoot == b.ArtifactRoot && a.ArtifactPath == b.ArtifactPath;

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {Model} for {Uri} (replaced {Previous})")]
    private partial void LogLoaded(string model, string uri, string previous);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load {Model}; still serving {Current}: {Error}")]
    private partial void LogFailed(Exception exception, string model, string current, string error);
}
