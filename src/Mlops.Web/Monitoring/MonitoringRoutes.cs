namespace Mlops.Web.Monitoring;

/// <summary>The monitoring pages' URLs; the model name goes in the query.</summary>
public static class MonitoringRoutes
{
    public const string List = "/monitoring";

    public const string ModelPage = "/monitoring/model";

    public static string Model(string name) => $"{ModelPage}?name={Uri.EscapeDataString(name)}";
}
