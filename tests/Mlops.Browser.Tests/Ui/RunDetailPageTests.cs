using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

public sealed class RunDetailPageTests(ChromiumFixture chromium, UiServerFixture server)
    : IClassFixture<ChromiumFixture>, IClassFixture<UiServerFixture>
{
    private string FirstRun => "runs/" + server.Seed.RunIds[0];

    [BrowserFact]
    public async Task RunPage_SeededRun_ShowsMetricsParamsLineageAndAHistoryChart()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(FirstRun), "run-detail");

        Assert.Equal("run-0", await page.InnerTextAsync("#run-name"));
        Assert.Contains(["accuracy", "0.54"], await HtmlTable.BodyRowsAsync(page, "#metrics"));
        Assert.Contains(["trainer", "lightgbm"], await HtmlTable.BodyRowsAsync(page, "#params"));
        var info = await page.InnerTextAsync("#run-info");
        Assert.Contains("data hash", info, StringComparison.Ordinal);
        Assert.Contains("abc123", info, StringComparison.Ordinal);
        // accuracy has 5 steps, log_loss one: one chart, a line of 5 points.
        Assert.Equal(1, await page.Locator("#metric-charts svg").CountAsync());
        var points = await page.Locator("#metric-charts polyline").GetAttributeAsync("points");
        Assert.Equal(5, points!.Split(' ').Length);
    }

    [BrowserFact]
    public async Task ArtifactsBrowser_CsvJsonAndSvg_PreviewedInPlace()
    {
        var csv = await UiPages.OpenAsync(chromium, server.Url(FirstRun + "?artifact=sample.csv"), "run-artifact-csv");
        Assert.Equal([["1", "<b>2</b>"], ["3", "4"]], await HtmlTable.BodyRowsAsync(csv, "#artifact-preview table"));

        var json = await UiPages.OpenAsync(chromium, server.Url(FirstRun + "?artifact=metrics.json"), "run-artifact-json");
        Assert.Contains("\"accuracy\": 0.75", await json.InnerTextAsync("#artifact-preview pre"), StringComparison.Ordinal);

        var svg = await UiPages.OpenAsync(chromium, server.Url(FirstRun + "?artifact=plots/curve.svg"), "run-artifact-svg");
        var image = svg.Locator("#artifact-preview img");
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 40"));
    }

    [BrowserFact]
    public async Task ArtifactsBrowser_Folder_ListsItsFiles()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url(FirstRun + "?artifact=plots"), "run-artifact-folder");

        Assert.Equal(["curve.svg"], (await HtmlTable.BodyRowsAsync(page, "#artifact-list")).Select(r => r[0]));
    }

    [BrowserFact]
    public async Task RunPage_UnknownRun_AnswersNotFound()
    {
        var page = await chromium.NewPageAsync();

        var response = await page.GotoAsync(server.Url("runs/0123456789abcdef0123456789abcdef").AbsoluteUri);

        Assert.Equal(404, response!.Status);
        Assert.Equal("Not found", await page.InnerTextAsync("h1"));
    }
}
