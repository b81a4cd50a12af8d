using System.Collections.Concurrent;
using Mlops.Serving.Models;
using Prometheus;

namespace Mlops.Serving.Metrics;

/// <summary>
/// The server's Prometheus metrics in a registry of its own (so several servers in one process do not mix).
/// Labelled children are cached so that recording costs a dictionary lookup and an interlocked add.
/// </summary>
public sealed class ServingMetrics
{
    private readonly Counter requests;
    private readonly Histogram duration;
    private readonly Counter predictions;
    private readonly Gauge modelVersion;
    private readonly Gauge modelLoadedAt;
    private readonly Counter reloads;
    private readonly Counter reloadFailures;
    private readonly Counter logDropped;
    private readonly Counter abRequests;
    private readonly Counter shadowScored;
    private readonly Counter shadowDropped;
    private readonly ConcurrentDictionary<(string Route, int Status), Counter.Child> requestChildren = new();
    private readonly ConcurrentDictionary<string, Histogram.Child> durationChildren = new();

    public ServingMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        factory.ExemplarBehavior = ExemplarBehavior.NoExemplars();
        requests = factory.CreateCounter("mlops_http_requests_total", "HTTP requests by route and status code.", "route", "status");
        duration = factory.CreateHistogram("mlops_http_request_duration_seconds", "HTTP request duration by route.",
            new HistogramConfiguration { LabelNames = ["route"], Buckets = Histogram.ExponentialBuckets(0.00005, 2, 16) });
        predictions = factory.CreateCounter("mlops_predictions_total", "Predictions served by model version and class.", "version", "class");
        modelVersion = factory.CreateGauge("mlops_model_version", "Registry version of the model being served (0 for runs:/ URIs).", "model");
        modelLoadedAt = factory.CreateGauge("mlops_model_loaded_timestamp_seconds", "When the served model was loaded (Unix time).");
        reloads = factory.CreateCounter("mlops_model_reloads_total", "Models swapped in after the registry moved.");
        reloadFailures = factory.CreateCounter("mlops_model_reload_failures_total", "Resolves or loads that failed; the previous model kept serving.");
        logDropped = factory.CreateCounter("mlops_prediction_log_dropped_total",
            "Predictions not written to the prediction log: queue_full (overload), write_error or shutdown.", "reason");
        abRequests = factory.CreateCounter("mlops_ab_requests_total", "Requests answered during an A/B test, by test and answering variant.",
            "ab_test", "variant");
        shadowScored = factory.CreateCounter("mlops_shadow_scored_total", "Rows scored by a shadow variant off the request path.", "variant");
        shadowDropped = factory.CreateCounter("mlops_shadow_dropped_total",
            "Rows a shadow variant did not score: its queue was full (or its scoring failed).", "variant");
        LogWritten = factory.CreateCounter("mlops_prediction_log_written_total", "Predictions written to the prediction log.");
        LogPruned = factory.CreateCounter("mlops_prediction_log_pruned_total",
            "Predictions deleted from the prediction log by its retention (max age, max rows).");
        LogQueued = factory.CreateGauge("mlops_prediction_log_queue_rows", "Predictions waiting to be written to the prediction log.");
    }

    public CollectorRegistry Registry { get; }

    internal Counter LogWritten { get; }

    internal Gauge LogQueued { get; }

    internal Counter LogPruned { get; }

    public void ObserveRequest(string route, int status, TimeSpan elapsed)
    {
        requestChildren.GetOrAdd((route, status), static (key, c) => c.WithLabels(key.Route, StatusText(key.Status)), requests).Inc();
        durationChildren.GetOrAdd(route, static (key, h) => h.WithLabels(key), duration).Observe(elapsed.TotalSeconds);
    }

    /// <summary>The class label under which a regression model's predictions are counted.</summary>
    public const string RegressionLabel = "(value)";

    /// <summary>Gives a newly loaded model its per-class prediction counters.</summary>
    internal void Attach(ServedModel model)
    {
        var version = model.Identity.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? model.Identity.Uri;
        // A regression model has no classes: its predictions are counted under one label.
        model.PredictionCounters = model.IsRegression
            ? [predictions.WithLabels(version, RegressionLabel)]
            : [.. model.Classes.Select(c => predictions.WithLabels(version, c))];
    }

    /// <summary>Gives a variant of an A/B test its counters (and, if it answers requests, its per-class prediction counters).</summary>
    internal void Attach(AbTesting.AbRoute route, string testName)
    {
        if (route.Shadow)
        {
            route.Counter = shadowScored.WithLabels(route.Variant.Name);
            route.Dropped = shadowDropped.WithLabels(route.Variant.Name);
            return;
        }
        Attach(route.Model);
        route.Counter = abRequests.WithLabels(testName, route.Variant.Name);
    }

    internal void ModelSwapped(ServedModel model, bool reload)
    {
        modelVersion.WithLabels(model.Identity.Name ?? model.Identity.Uri).Set(model.Identity.Version ?? 0);
        modelLoadedAt.Set(model.Model.LoadedAt.ToUnixTimeMilliseconds() / 1000.0);
        if (reload)
        {
            reloads.Inc();
        }
    }

    internal void ReloadFailed() => reloadFailures.Inc();

    internal void LogDropped(string reason, int rows) => logDropped.WithLabels(reason).Inc(rows);

    private static string StatusText(int status) => status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
