using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Inference.Loading;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// Follows the running A/B test of the served registered model: on every reload poll it asks the store, and when a
/// test starts it loads every variant's version (through the same loader as the alias follow) and only then swaps the
/// routing table in; when the test stops or concludes it swaps back to the alias's model. A variant that fails to load
/// is logged once per test and reported on /ready; the server keeps serving without the test and retries every poll.
/// </summary>
public sealed partial class AbTestFollower(
    ModelHost host, ModelLoader loader, ServingStores stores, ServingMetrics metrics, ServingOptions options, TimeProvider time,
    ShadowQueue shadows, ILogger<AbTestFollower> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? failedTestId;
    private bool storeFailing;

    /// <summary>Asks the store now; returns true when the routing changed. Never throws but on cancellation.</summary>
    public async Task<bool> CheckAsync(CancellationToken ct = default)
    {
        if (stores.AbTests is not { } abTests || host.Current?.Identity.Name is not { } modelName)
        {
            return false;
        }
        await gate.WaitAsync(ct);
        try
        {
            AbTest? test;
            try
            {
                test = await abTests.FindRunningAsync(modelName, ct);
                storeFailing = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (!storeFailing)
                {
                    LogStoreFailed(e, modelName);
                }
                storeFailing = true;
                return false;
            }
            var current = host.Routing;
            if (test is null)
            {
                failedTestId = null;
                host.RecordAbState(null);
                return current is not null && SwitchTo(null, current);
            }
            if (current?.Test.Id == test.Id)
            {
                return false;
            }
            AbRouting next;
            try
            {
                next = await LoadAsync(test, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var text = e is MlopsException ? e.Message : "a variant could not be loaded; see the server log";
                if (failedTestId != test.Id)
                {
                    LogLoadFailed(e, test.Name, host.Current?.Label ?? "nothing");
                }
                failedTestId = test.Id;
                host.RecordAbState(new AbTestState(test.Name, "failed", text));
                return current is not null && SwitchTo(null, current);
            }
            failedTestId = null;
            host.RecordAbState(new AbTestState(test.Name, "running"));
            return SwitchTo(next, current);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<AbRouting> LoadAsync(AbTest test, CancellationToken ct)
    {
        var routes = new List<AbRoute>(test.Variants.Count);
        try
        {
            for (var i = 0; i < test.Variants.Count; i++)
            {
                var variant = test.Variants[i];
                // The variant the alias names keeps the served URI (in answers and the log), so monitoring by URI sees its traffic.
                var resolved = host.Current?.Identity is { } served && served.Name == test.ModelName && served.Version == variant.Version
                    ? served
                    : await loader.ResolveAsync($"models:/{test.ModelName}/{variant.Version}", ct);
                var model = new ServedModel(await loader.LoadAsync(resolved, ct));
                var route = new AbRoute(test, variant, model, shadow: test.Mode == AbMode.Shadow && i > 0);
                routes.Add(route);
                if (i > 0 && VariantInputs.Mismatch(routes[0].Model, model) is { } mismatch)
                {
                    throw MlopsException.Invalid($"A/B test '{test.Name}': variant '{variant.Name}' (v{variant.Version}) {mismatch}; " +
                        $"every variant must take the inputs of the control '{test.Control.Name}'.");
                }
                ModelReloader.WarmUp(model);
                metrics.Attach(route, test.Name);
            }
            return new AbRouting(test, routes, shadows);
        }
        catch
        {
            foreach (var route in routes)
            {
                route.Model.Model.Dispose();
            }
            throw;
        }
    }

    private bool SwitchTo(AbRouting? next, AbRouting? current)
    {
        var previous = host.SwapRouting(next);
        if (next is null)
        {
            LogStopped(current!.Test.Name, host.Current?.Label ?? "nothing");
        }
        else
        {
            LogStarted(next.Test.Name, next.Test.Mode.ToString().ToLowerInvariant(),
                string.Join(", ", next.Routes.Select(r => $"{r.Variant.Name}={r.Model.Label}")));
        }
        if (previous is not null)
        {
            _ = RetireAsync(previous);
        }
        return true;
    }

    private async Task RetireAsync(AbRouting previous)
    {
        // Requests read the routing table once, so after a grace period nothing can still be scoring on its models.
        await Task.Delay(options.RetiredModelGrace, time);
        foreach (var route in previous.Routes)
        {
            route.Model.Model.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A/B test {Test} ({Mode}) routing: {Variants}")]
    private partial void LogStarted(string test, string mode, string variants);

    [LoggerMessage(Level = LogLevel.Information, Message = "A/B test {Test} is over; serving {Model} alone")]
    private partial void LogStopped(string test, string model);

    [LoggerMessage(Level = LogLevel.Error, Message = "A/B test {Test}: could not load its variants; serving {Model} without the test (retried every poll)")]
    private partial void LogLoadFailed(Exception exception, string test, string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A/B tests of {Model} could not be read from the store; routing unchanged")]
    private partial void LogStoreFailed(Exception exception, string model);
}
