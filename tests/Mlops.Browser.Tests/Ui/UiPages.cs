using Microsoft.Playwright;
using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

/// <summary>
/// Opens a UI page and fails on what a user would not see: an error status, a console error or an uncaught page error.
/// Every page opened is also saved as a PNG (<see cref="ScreenshotFolder"/>, kept out of git under bin/).
/// </summary>
public static class UiPages
{
    /// <summary>MLOPS_UI_SCREENSHOTS, else a screenshots folder beside the test assembly.</summary>
    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("MLOPS_UI_SCREENSHOTS") is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<IPage> OpenAsync(ChromiumFixture chromium, Uri address, string screenshotName)
    {
        var page = await chromium.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        var response = await page.GotoAsync(address.AbsoluteUri);
        Assert.True(response is { Ok: true }, $"{address} answered {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.Load);
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, screenshotName + ".png"), FullPage = true });
        Assert.True(errors.Count == 0, $"{address}: console errors: {string.Join(" | ", errors)}");
        return page;
    }
}
