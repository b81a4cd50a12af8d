using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Mlops.Web.Monitoring;

/// <summary>
/// An SVG &lt;text&gt; element: Razor reserves the &lt;text&gt; tag, so the heat strip and the stage graph write their
/// labels through this. The content is escaped like any Razor text.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter] public double X { get; set; }
    [Parameter] public double Y { get; set; }
    [Parameter] public int FontSize { get; set; } = 11;
    [Parameter] public bool Bold { get; set; }
    [Parameter] public string Content { get; set; } = "";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", UiFormat.Number(X));
        builder.AddAttribute(2, "y", UiFormat.Number(Y));
        builder.AddAttribute(3, "font-size", FontSize);
        builder.AddAttribute(4, "fill", "#1d2430");
        if (Bold)
        {
            builder.AddAttribute(5, "font-weight", "600");
        }
        builder.AddContent(6, Content);
        builder.CloseElement();
    }
}
