using Mlops.Core.Artifacts;

namespace Mlops.TrackingServer.Artifacts;

/// <summary>
/// MLflow's <c>validate_path_is_safe</c> on an artifact endpoint's <c>path</c> parameter, checked before anything is
/// looked up. Clients get only MLflow's "Invalid path"; the rule that refused it goes to the server log.
/// </summary>
internal static partial class SafeArtifactPath
{
    public static void Require(HttpContext context, string? path)
    {
        try
        {
            ArtifactPolicy.Segments(path);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.InvalidParameterValue)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SafeArtifactPath));
            LogRefused(logger, context.Request.Path, e.Message);
            throw MlopsException.Invalid("Invalid path");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused artifact path on {Path}: {Rule}")]
    private static partial void LogRefused(ILogger logger, PathString path, string rule);
}
