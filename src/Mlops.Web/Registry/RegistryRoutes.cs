using System.Globalization;

namespace Mlops.Web.Registry;

/// <summary>
/// The registry pages' URLs. Model names go in the query, not the path, because a name may hold a slash.
/// </summary>
public static class RegistryRoutes
{
    public const string Models = "/models";

    public static string Model(string name) => $"{Models}/model?name={Uri.EscapeDataString(name)}";

    public static string Version(string name, int version) =>
        $"{Models}/version?name={Uri.EscapeDataString(name)}&version={version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The confirmation page: GET shows the change, its form's POST makes it.</summary>
    public const string ConfirmPage = Models + "/confirm";
}
