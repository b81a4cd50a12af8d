using System.Text.Json;
using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;
using Mlops.Serving.Models;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// One variant of the running test with everything a request needs precomputed: its loaded model, the log schema
/// its rows are written under (one instance, so the log queue tells variants apart by reference), the encoded
/// response fields and its request counter.
/// </summary>
internal sealed class AbRoute
{
    public AbRoute(AbTest test, AbVariant variant, ServedModel model, bool shadow)
    {
        Variant = variant;
        Model = model;
        Shadow = shadow;
        Schema = model.LogSchema with { Assignment = new PredictionAssignment(test.Id, variant.Name, shadow) };
        EncodedTest = JsonEncodedText.Encode(test.Name);
        EncodedVariant = JsonEncodedText.Encode(variant.Name);
    }

    public AbVariant Variant { get; }

    public ServedModel Model { get; }

    /// <summary>True for a variant that scores off the request path only (shadow mode, not the control).</summary>
    public bool Shadow { get; }

    public PredictionSchema Schema { get; }

    public JsonEncodedText EncodedTest { get; }

    public JsonEncodedText EncodedVariant { get; }

    /// <summary>mlops_ab_requests_total{ab_test,variant} (answering variants) or mlops_shadow_scored_total{variant} (shadows).</summary>
    public Prometheus.Counter.Child? Counter { get; set; }

    /// <summary>mlops_shadow_dropped_total{variant}; shadows only.</summary>
    public Prometheus.Counter.Child? Dropped { get; set; }
}
