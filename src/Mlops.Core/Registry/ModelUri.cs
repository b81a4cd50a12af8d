using Mlops.Core.Errors;

namespace Mlops.Core.Registry;

/// <summary>
/// A model reference in MLflow's URI forms: <c>models:/name/3</c>, <c>models:/name@alias</c>,
/// <c>models:/name/Staging</c>, <c>runs:/RUN_ID/model</c>.
/// </summary>
public sealed record ModelUri(string Raw, string? Name, int? Version, string? Alias, ModelStage? Stage, string? RunId, string? RunPath)
{
    public static ModelUri Parse(string uri)
    {
        if (uri.StartsWith("models:/", StringComparison.Ordinal))
        {
            var rest = uri["models:/".Length..];
            var at = rest.IndexOf('@');
            if (at > 0 && at < rest.Length - 1 && !rest.Contains('/'))
            {
                return new ModelUri(uri, rest[..at], null, rest[(at + 1)..], null, null, null);
            }
            var slash = rest.IndexOf('/');
            if (slash > 0 && slash < rest.Length - 1 && rest.IndexOf('/', slash + 1) < 0)
            {
                var name = rest[..slash];
                var selector = rest[(slash + 1)..];
                if (int.TryParse(selector, out var version) && version > 0)
                {
                    return new ModelUri(uri, name, version, null, null, null, null);
                }
                if (Enum.TryParse<ModelStage>(selector, ignoreCase: true, out var stage) && Enum.IsDefined(stage) && !int.TryParse(selector, out _))
                {
                    return new ModelUri(uri, name, null, null, stage, null, null);
                }
                if (string.Equals(selector, "latest", StringComparison.OrdinalIgnoreCase))
                {
                    return new ModelUri(uri, name, null, null, null, null, null);
                }
            }
        }
        else if (uri.StartsWith("runs:/", StringComparison.Ordinal))
        {
            var rest = uri["runs:/".Length..];
            var slash = rest.IndexOf('/');
            if (slash > 0 && slash < rest.Length - 1)
            {
                return new ModelUri(uri, null, null, null, null, rest[..slash], rest[(slash + 1)..]);
            }
        }
        throw MlopsException.Invalid(
            $"Invalid model URI '{uri}'. Expected models:/NAME/VERSION, models:/NAME@ALIAS, models:/NAME/STAGE, models:/NAME/latest or runs:/RUN_ID/PATH.");
    }
}
