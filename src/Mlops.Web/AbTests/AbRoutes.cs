namespace Mlops.Web.AbTests;

/// <summary>The A/B pages' URLs; names go in the query.</summary>
public static class AbRoutes
{
    public const string List = "/ab";

    public const string TestPage = "/ab/test";

    public static string ListOf(string model) => $"{List}?model={Uri.EscapeDataString(model)}";

    public static string Test(string name) => $"{TestPage}?name={Uri.EscapeDataString(name)}";
}
