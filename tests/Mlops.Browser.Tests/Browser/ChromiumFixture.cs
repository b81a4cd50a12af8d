using Microsoft.Playwright;

namespace Mlops.Browser.Tests.Browser;

/// <summary>
/// One headless Chromium per test class (<c>IClassFixture&lt;ChromiumFixture&gt;</c>); each <see cref="OpenAsync"/> gives
/// a page in a fresh context, so tests share the browser's start-up but no cookies or storage.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task InitializeAsync()
    {
        if (ChromiumBrowser.Unavailable is { } reason)
        {
            // Skipped tests never ask for a page; a required browser fails every test of the class with the reason.
            if (ChromiumBrowser.Required)
            {
                throw new InvalidOperationException($"{reason} ({ChromiumBrowser.RequireVariable}=1 requires it)");
            }
            return;
        }
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumBrowser.ExecutablePath,
            Args = ChromiumBrowser.LaunchArguments,
            Headless = true,
        });
    }

    /// <summary>Opens <paramref name="address"/> (an http(s) base URL of a running server, or a file:// URL) and waits for its load event.</summary>
    public async Task<IPage> OpenAsync(Uri address)
    {
        var started = browser ?? throw new InvalidOperationException($"no browser: {ChromiumBrowser.Unavailable}");
        var context = await started.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(address.AbsoluteUri);
        if (response is { Ok: false })
        {
            throw new InvalidOperationException($"{address} answered {response.Status}");
        }
        return page;
    }

    /// <summary>A blank page in a fresh context, for a test that must listen (console, errors) before it navigates.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var started = browser ?? throw new InvalidOperationException($"no browser: {ChromiumBrowser.Unavailable}");
        var context = await started.NewContextAsync();
        return await context.NewPageAsync();
    }

    /// <summary>Opens a file on disk through its file:// URL, as a user double-clicking it would.</summary>
    public Task<IPage> OpenFileAsync(string path) => OpenAsync(new Uri(Path.GetFullPath(path)));

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
    }
}
