using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Web.AbTests;
using Mlops.Web.Pipeline;
using Mlops.Web.Predict;

namespace Mlops.Cli.Commands.Ui;

/// <summary>
/// What `mlops ui` and `mlops server` give the web UI beyond the three stores: the A/B store with the prediction log
/// and labels, model loading for the predict page, and the pipeline of the current folder when it is a workspace.
/// </summary>
public static class UiHostServices
{
    public static Action<WebApplicationBuilder> For(Stores stores, string workspace) => builder =>
    {
        builder.Services.AddSingleton(new AbTestSources(stores.AbTests, stores.PredictionLog, stores.PredictionFeedback));
        builder.Services.AddSingleton<IUiPredictor>(new PredictorFromInference(stores.Tracking, stores.Registry, stores.Artifacts));
        builder.Services.AddSingleton(PipelineOverviewFromWorkspace.For(workspace));
    };
}
