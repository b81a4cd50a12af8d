using Mlops.Browser.Tests.Browser;
using Mlops.Web.Predict;

namespace Mlops.Browser.Tests.Ui;

[Collection(RegistryPagesCollection.Name)]
public sealed class PredictPageTests(ChromiumFixture chromium, RegistryPagesFixture server)
{
    [BrowserFact]
    public async Task PredictForm_InputExampleValues_ShowsAClassWithItsProbabilities()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(PredictRoutes.Version(RegistryPagesFixture.Model, 1)), "predict-form");

        await page.ClickAsync("#score");
        await page.Locator("#predicted-class").WaitForAsync();

        var classes = await page.Locator("#probabilities tbody tr td:first-child, #probabilities tr td:first-child").AllInnerTextsAsync();
        var predicted = await page.Locator("#predicted-class strong").First.InnerTextAsync();
        Assert.Contains(predicted, classes);
        Assert.True(classes.Count > 1);
        Directory.CreateDirectory(UiPages.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiPages.ScreenshotFolder, "predict-result.png"), FullPage = true });
    }
}
