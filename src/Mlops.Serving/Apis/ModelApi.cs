using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Models;

namespace Mlops.Serving.Apis;

/// <summary>GET /model/info: what is served, its signature, classes, transform hash, load time and reload status.</summary>
public static class ModelApi
{
    public static IEndpointRouteBuilder MapModelApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/model/info", Info).WithName("ModelInfo").WithSummary("The served model, its signature and its reload status.");
        return app;
    }

    internal static Results<Ok<ModelInfoResponse>, ProblemHttpResult> Info(ModelHost host)
    {
        if (host.Current is not { } model)
        {
            return Problems.NotReady(host);
        }
        var id = model.Identity;
        var failure = host.LastFailure;
        var inputs = model.Transform.InputSchema
            .Select(c => new SignatureColumn(c.Name, c.IsNumeric ? "double" : "string", c.Required, c.Categories, c.Min, c.Max))
            .ToList();
        var outputs = new List<SignatureColumn> { model.IsRegression ? new("prediction", "double", true, null) : new("prediction", "string", true, model.Classes) };
        outputs.AddRange(model.Classes.Select(c => new SignatureColumn("probability_" + c, "double", true, null, 0, 1)));
        return TypedResults.Ok(new ModelInfoResponse(
            HealthApi.Reference(model)!, id.Stage, id.RunId, $"{id.ArtifactRoot}/{id.ArtifactPath}", inputs, outputs, model.Classes,
            model.Transform.Hash, model.Model.Scorer.IsCompiled ? "compiled-trees" : "mlnet-engines", model.Model.LoadedAt,
            failure?.Error, failure?.Version, host.LastCheckedAt));
    }
}
