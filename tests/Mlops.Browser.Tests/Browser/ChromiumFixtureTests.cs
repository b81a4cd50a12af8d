namespace Mlops.Browser.Tests.Browser;

/// <summary>The fixture itself: a page from disk opens and its table reads back as rendered.</summary>
public sealed class ChromiumFixtureTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mlops-browser-tests").FullName;

    [BrowserFact]
    public async Task OpenFileAsync_PageWithATable_ReadsTitleAndRowsAsRendered()
    {
        var path = Path.Combine(folder, "page with space.html");
        await File.WriteAllTextAsync(path, "<!DOCTYPE html><html><head><title>t &amp; t</title></head><body><table id=\"x\">" +
            "<thead><tr><th>h</th></tr></thead><tbody><tr><td> a </td><td>1</td></tr><tr><td>b</td><td style=\"text-transform:uppercase\">x &amp; y</td></tr></tbody></table></body></html>");

        var page = await chromium.OpenFileAsync(path);

        Assert.Equal("t & t", await page.TitleAsync());
        var rows = await HtmlTable.BodyRowsAsync(page, "#x");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "1"], rows[0]);
        Assert.Equal(["b", "X & Y"], rows[1]); // innerText: the rendered text, not the markup
    }

    [Fact]
    public void UnavailableAt_MissingBinary_NamesThePathAndThePackage()
    {
        var reason = ChromiumBrowser.UnavailableAt(Path.Combine(folder, "no-chromium"));

        Assert.NotNull(reason);
        Assert.Contains(Path.Combine(folder, "no-chromium"), reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", reason, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
