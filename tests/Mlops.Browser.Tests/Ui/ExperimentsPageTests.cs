using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

public sealed class ExperimentsPageTests(ChromiumFixture chromium, UiServerFixture server)
    : IClassFixture<ChromiumFixture>, IClassFixture<UiServerFixture>
{
    [BrowserFact]
    public async Task Root_SeededStore_ListsTheExperimentWithALinkToItsRuns()
    {
        var page = await UiPages.OpenAsync(chromium, server.BaseAddress, "experiments");

        Assert.Equal("Experiments · mlops", await page.TitleAsync());
        var link = page.Locator("#experiments a", new() { HasText = UiSeed.ExperimentName });
        Assert.Equal("/runs?exp=" + server.Seed.ExperimentId, await link.GetAttributeAsync("href"));
        Assert.Equal(5, await page.Locator("header nav a").CountAsync());
    }
}
