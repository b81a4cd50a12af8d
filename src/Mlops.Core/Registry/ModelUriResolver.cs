using Mlops.Core.Errors;

namespace Mlops.Core.Registry;

/// <summary>Turns a <see cref="ModelUri"/> into the registry version it names (null for runs:/ URIs).</summary>
public static class ModelUriResolver
{
    public static async Task<ModelVersion?> ResolveAsync(IModelRegistry registry, ModelUri uri, CancellationToken ct = default)
    {
        if (uri.RunId is not null)
        {
            return null;
        }
        var name = uri.Name!;
        if (uri.Version is { } version)
        {
            return await registry.GetModelVersionAsync(name, version, ct);
        }
        if (uri.Alias is { } alias)
        {
            return await registry.GetModelVersionByAliasAsync(name, alias, ct);
        }
        var stages = uri.Stage is { } stage ? new[] { stage } : [];
        var latest = await registry.GetLatestVersionsAsync(name, stages, ct);
        return latest.MaxBy(v => v.Version)
            ?? throw MlopsException.NotFound($"No version of registered model '{name}' is in stage {uri.Stage?.ToString() ?? "any"} (URI {uri.Raw}).");
    }
}
