namespace Mlops.Browser.Tests.Browser;

/// <summary>A test that needs Chromium: skipped, with the reason, when it is missing (unless MLOPS_REQUIRE_BROWSER=1).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = ChromiumBrowser.SkipReason;
    }
}
