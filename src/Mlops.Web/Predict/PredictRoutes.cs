using System.Globalization;

namespace Mlops.Web.Predict;

/// <summary>The predict page's URL: the model and version in the query.</summary>
public static class PredictRoutes
{
    public const string Page = "/predict";

    public static string Version(string model, int version) =>
        $"{Page}?name={Uri.EscapeDataString(model)}&version={version.ToString(CultureInfo.InvariantCulture)}";
}
