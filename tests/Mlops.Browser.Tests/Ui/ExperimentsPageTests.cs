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
        // No workspace and no token on this server: no Pipeline page and no sign-in link.
        Assert.Equal(["Experiments", "Models", "Monitoring", "A/B"], await page.Locator("header nav a").AllInnerTextsAsync());
    }
}
