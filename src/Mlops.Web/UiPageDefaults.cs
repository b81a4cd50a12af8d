using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mlops.Web.AbTests;
using Mlops.Web.Auth;
using Mlops.Web.Pipeline;
using Mlops.Web.Predict;

namespace Mlops.Web;

/// <summary>
/// What the registry, predict, pipeline, monitoring and A/B pages need beyond the three stores, with the defaults of a
/// host that has none of it: no token, no A/B store, no model loading, no workspace. A host registers its own
/// (the CLI: Commands/Ui/UiHostServices) and these stay unused.
/// </summary>
public static class UiPageDefaults
{
    public static IServiceCollection AddUiPageDefaults(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(UiAccess.Open);
        services.TryAddSingleton(AbTestSources.None);
        services.TryAddSingleton<IUiPredictor, UnavailablePredictor>();
        services.TryAddSingleton<IPipelineOverview, NoPipelineOverview>();
        return services;
    }
}
