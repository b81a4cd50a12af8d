using Mlops.Browser.Tests.Browser;
using Mlops.Web.AbTests;
using Mlops.Web.Monitoring;
using Mlops.Web.Predict;
using Mlops.Web.Registry;

namespace Mlops.Browser.Tests.Ui;

[Collection(RegistryPagesCollection.Name)]
public sealed class RegistryPagesTests(ChromiumFixture chromium, RegistryPagesFixture server)
{
    private const string Model = RegistryPagesFixture.Model;

    public static TheoryData<string, string> Pages => new()
    {
        { "models", RegistryRoutes.Models },
        { "model", RegistryRoutes.Model(Model) },
        { "version", RegistryRoutes.Version(Model, 1) },
        { "confirm-alias", new RegistryAction(RegistryAction.SetAlias, Model, 1, "staging", null, false).ConfirmUrl },
        { "predict", PredictRoutes.Version(Model, 1) },
        { "pipeline", "/pipeline" },
        { "monitoring", MonitoringRoutes.List },
        { "monitoring-model", MonitoringRoutes.Model(Model) },
        { "ab", AbRoutes.List },
        { "ab-test", AbRoutes.Test(RegistryPagesFixture.AbTestName) },
        { "login", "/login" },
    };

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_SeededWorkspace_RendersWithoutConsoleErrors(string screenshot, string path)
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(path), screenshot);

        Assert.EndsWith("· mlops", await page.TitleAsync());
        Assert.Equal(0, await page.Locator(".error").CountAsync());
    }

    [BrowserFact]
    public async Task VersionPage_MarkupTagAndLineage_ShowsTheTagAsTextAndTheHashes()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(RegistryRoutes.Version(Model, 1)), "version-escaped");

        var tagCell = page.Locator("#version-tags tr", new() { HasText = "note" }).Locator("td");
        Assert.Equal(RegistryPagesFixture.MarkupTag, await tagCell.InnerTextAsync());
        Assert.Equal(0, await page.Locator("#version-tags script").CountAsync());
        Assert.Contains("data hash", await page.Locator("#lineage").InnerTextAsync());
        Assert.True(await page.Locator("#signature tbody tr").CountAsync() > 0);
    }

    [BrowserFact]
    public async Task ModelPage_AfterTheRegistration_ShowsTheChampionMoveInTheAliasHistory()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(RegistryRoutes.Model(Model)), "model-history");

        var row = page.Locator("#alias-history tbody tr", new() { HasText = "champion" });
        Assert.True(await row.CountAsync() >= 1);
        Assert.Contains("v1", await row.Last.InnerTextAsync());
    }

    [BrowserFact]
    public async Task PipelinePage_AfterAFullRun_ShowsEveryStageUpToDate()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url("/pipeline"), "pipeline-graph");

        var states = await page.Locator("#stages td.state").AllInnerTextsAsync();
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal("up to date", s));
        Assert.Equal(states.Count, await page.Locator("#stage-graph g.stage").CountAsync());
    }

    [BrowserFact]
    public async Task MonitoringPage_OneDriftRun_DrawsAHeatStripCellPerInputAndLinksTheReport()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(MonitoringRoutes.Model(Model)), "monitoring-heat");

        Assert.Equal(2, await page.Locator("#heat-strip rect").CountAsync());
        Assert.Contains("drift_report.html", await page.Locator("#latest-report").GetAttributeAsync("href"));
        Assert.Contains("0.5", await page.Locator("#drift-runs tbody tr").First.InnerTextAsync());
    }

    [BrowserFact]
    public async Task AbTestPage_NoTrafficYet_ShowsBothVariantsAndAnInconclusiveVerdict()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(AbRoutes.Test(RegistryPagesFixture.AbTestName)), "ab-detail");

        Assert.Equal(2, await page.Locator("#ab-variants tbody tr").CountAsync());
        Assert.Contains("Inconclusive", await page.Locator("#verdict").InnerTextAsync());
        Assert.Contains("Sample ratio", await page.Locator("#srm").InnerTextAsync());
    }
}
