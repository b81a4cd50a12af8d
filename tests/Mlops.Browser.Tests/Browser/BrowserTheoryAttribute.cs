namespace Mlops.Browser.Tests.Browser;

/// <summary>A theory that needs Chromium: skipped, with the reason, when it is missing (as <see cref="BrowserFactAttribute"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = ChromiumBrowser.SkipReason;
    }
}
