using Microsoft.Playwright;

namespace Mlops.Browser.Tests.Browser;

/// <summary>A table as the browser renders it: the visible text of each body row's cells.</summary>
public static class HtmlTable
{
    /// <summary>The cells of every <c>tbody</c> row of the table <paramref name="selector"/> finds, in page order.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<string>>> BodyRowsAsync(IPage page, string selector)
    {
        var rows = page.Locator(selector).Locator("tbody > tr");
        var result = new List<IReadOnlyList<string>>();
        foreach (var row in await rows.AllAsync())
        {
            result.Add([.. (await row.Locator("td").AllInnerTextsAsync()).Select(t => t.Trim())]);
        }
        return result;
    }
}
