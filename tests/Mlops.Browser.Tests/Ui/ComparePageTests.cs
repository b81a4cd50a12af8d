using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

public sealed class ComparePageTests(ChromiumFixture chromium, UiServerFixture server)
    : IClassFixture<ChromiumFixture>, IClassFixture<UiServerFixture>
{
    [BrowserFact]
    public async Task CompareButton_TwoTickedRuns_ShowsTheParamDiffAndTheBestMetric()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url($"runs?exp={server.Seed.ExperimentId}"), "runs-select");
        await page.CheckAsync($"#runs input[value='{server.Seed.RunIds[0]}']");
        await page.CheckAsync($"#runs input[value='{server.Seed.RunIds[1]}']");
        await page.ClickAsync("#compare-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/compare", StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(UiPages.ScreenshotFolder, "compare.png"), FullPage = true });

        var differing = await page.Locator("#compare-params tr.differs td:first-child").AllInnerTextsAsync();
        Assert.Equal(["learning_rate", "trainer"], differing);
        Assert.Equal(0, await page.Locator("#compare-params tr:has(td:text-is('seed')).differs").CountAsync());
        // run-1 has the higher accuracy and the lower log_loss: best in both rows.
        Assert.Equal(["0.59", "0.9"], await page.Locator("#compare-metrics td.best").AllInnerTextsAsync());
        Assert.Equal(2, await page.Locator(".charts polyline").CountAsync());
        Assert.Equal(2, await page.Locator("#compare-scatter circle").CountAsync());
    }

    [BrowserFact]
    public async Task ComparePage_TenRunsAndAChosenParam_RendersWithoutErrors()
    {
        var runs = string.Join("&", server.Seed.RunIds.Select(id => "run=" + id));
        var page = await UiPages.OpenAsync(chromium, server.Url($"compare?{runs}&metric=accuracy&param=trainer"), "compare-all");

        Assert.Equal(UiSeed.RunCount, await page.Locator("#compare-scatter circle").CountAsync());
        Assert.Equal(["fasttree", "lightgbm"], (await page.Locator("#compare-scatter svg > g text").AllTextContentsAsync()).Select(t => t.Trim()));
    }

    [BrowserFact]
    public async Task ComparePage_OneRun_AsksForAtLeastTwo()
    {
        var page = await chromium.NewPageAsync();

        var response = await page.GotoAsync(server.Url("compare?run=" + server.Seed.RunIds[0]).AbsoluteUri);

        Assert.Equal(400, response!.Status);
        Assert.Contains("at least 2", await page.InnerTextAsync("#compare-error"), StringComparison.Ordinal);
    }
}
