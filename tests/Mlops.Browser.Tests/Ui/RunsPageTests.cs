using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

public sealed class RunsPageTests(ChromiumFixture chromium, UiServerFixture server)
    : IClassFixture<ChromiumFixture>, IClassFixture<UiServerFixture>
{
    [BrowserFact]
    public async Task RunsPage_Experiment_ListsEveryRunNewestFirstWithChosenColumns()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url($"runs?exp={server.Seed.ExperimentId}"), "runs");

        var rows = await HtmlTable.BodyRowsAsync(page, "#runs");
        Assert.Equal(UiSeed.RunCount + 1, rows.Count);
        Assert.Equal(UiSeed.ScriptName, rows[0][1]); // the newest run, its name as text
        Assert.Equal("run-0", rows[^1][1]);
        var headers = await page.Locator("#runs thead th").AllInnerTextsAsync();
        Assert.Contains("accuracy", headers);
        Assert.Contains("trainer", headers);
    }

    [BrowserFact]
    public async Task FilterBox_MetricCondition_NarrowsTheTable()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url($"runs?exp={server.Seed.ExperimentId}"), "runs-before-filter");

        await page.FillAsync("#filter-form input[name=filter]", "metrics.accuracy > 0.7 and params.trainer = 'lightgbm'");
        await page.ClickAsync("#filter-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("filter=", StringComparison.Ordinal));

        Assert.True(await page.Locator("#search-error").CountAsync() == 0, await page.InnerTextAsync("main"));
        var names = (await HtmlTable.BodyRowsAsync(page, "#runs")).Select(r => r[1]).ToList();
        Assert.True(names.SequenceEqual(["run-4"]), page.Url + " " + await page.InnerTextAsync("main")); // accuracy 0.74..0.78 and lightgbm: only the fifth run
        Assert.Equal("metrics.accuracy > 0.7 and params.trainer = 'lightgbm'", await page.InputValueAsync("#filter-form input[name=filter]"));
    }

    [BrowserFact]
    public async Task FilterBox_BadGrammar_ShowsTheParserMessage()
    {
        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync(server.Url($"runs?exp={server.Seed.ExperimentId}&filter=metrics.accuracy%20%3E%3E%201").AbsoluteUri);

        Assert.Equal(400, response!.Status);
        Assert.False(string.IsNullOrWhiteSpace(await page.InnerTextAsync("#search-error")));
    }

    [BrowserFact]
    public async Task HeaderLink_Metric_SortsDescendingThenAscending()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url($"runs?exp={server.Seed.ExperimentId}"), "runs-sorted");

        await page.ClickAsync("#runs thead a:text-is('accuracy')");
        await page.WaitForURLAsync(url => url.Contains("order=", StringComparison.Ordinal));
        Assert.Equal("run-5", (await HtmlTable.BodyRowsAsync(page, "#runs"))[0][1]);

        await page.ClickAsync("#runs thead a:has-text('accuracy')");
        await page.WaitForURLAsync(url => url.Contains("ASC", StringComparison.Ordinal));
        Assert.Equal("run-0", (await HtmlTable.BodyRowsAsync(page, "#runs"))[0][1]);
    }

    [BrowserFact]
    public async Task ColumnChooser_OneParam_ShowsOnlyThatColumn()
    {
        var page = await UiPages.OpenAsync(chromium, server.Url($"runs?exp={server.Seed.ExperimentId}&col=params.seed"), "runs-columns");

        var headers = (await page.Locator("#runs thead th").AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.Equal("seed", headers[^1]);
        Assert.DoesNotContain("accuracy", headers);
    }

    [BrowserFact]
    public async Task ScriptRunName_RenderedAsText_NeverRuns()
    {
        var page = await chromium.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync(server.Url($"runs?exp={server.Seed.ExperimentId}").AbsoluteUri);
        await page.GotoAsync(server.Url("runs/" + server.Seed.ScriptRunId).AbsoluteUri);

        Assert.Equal(UiSeed.ScriptName, await page.InnerTextAsync("#run-name"));
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.Equal(0, await page.Locator("#tags b").CountAsync()); // the tag "<b>not bold</b>" is text too
        Assert.Equal(0, dialogs);
    }
}
