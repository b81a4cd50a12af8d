using Mlops.Core.Tracking;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>How enums are spelled in the database: as MLflow spells them, so filters such as <c>status = 'FINISHED'</c> match.</summary>
internal static class TrackingText
{
    public static string Of(RunStatus status) => status.ToString().ToUpperInvariant();

    public static RunStatus ParseStatus(string text) => Enum.Parse<RunStatus>(text, ignoreCase: true);

    public static string Of(LifecycleStage stage) => stage.ToString().ToLowerInvariant();

    public static LifecycleStage ParseStage(string text) => Enum.Parse<LifecycleStage>(text, ignoreCase: true);

    public static string[] Of(ViewType viewType) => viewType switch
    {
        ViewType.ActiveOnly => ["active"],
        ViewType.DeletedOnly => ["deleted"],
        _ => ["active", "deleted"],
    };

    /// <summary>The stages of <paramref name="viewType"/> as an SQL list literal, for backends without array parameters.</summary>
    public static string InList(ViewType viewType) => viewType switch
    {
        ViewType.ActiveOnly => "('active')",
        ViewType.DeletedOnly => "('deleted')",
        _ => "('active', 'deleted')",
    };
}
