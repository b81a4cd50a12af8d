namespace Mlops.Web.Charts;

/// <summary>Ten distinguishable line colours (one per compared run at most).</summary>
public static class ChartPalette
{
    private static readonly string[] Colors =
        ["#1f5fbf", "#d9480f", "#2b8a3e", "#862e9c", "#c92a2a", "#0b7285", "#e67700", "#5c940d", "#364fc7", "#a61e4d"];

    public static string Color(int index) => Colors[index % Colors.Length];
}
