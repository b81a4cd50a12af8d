namespace Mlops.Browser.Tests.Browser;

/// <summary>
/// Debian's Chromium (package chromium; env <c>MLOPS_CHROMIUM</c> names another binary) and whether its absence skips
/// the browser tests or, with <c>MLOPS_REQUIRE_BROWSER=1</c> (set by CI), fails them.
/// </summary>
public static class ChromiumBrowser
{
    public const string RequireVariable = "MLOPS_REQUIRE_BROWSER";

    public const string PathVariable = "MLOPS_CHROMIUM";

    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;

    /// <summary>Offline and headless: nothing fetched, no sandbox (tests run as root here), no GPU.</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Why the browser cannot be started here, or null when it can.</summary>
    public static string? Unavailable { get; } = UnavailableAt(ExecutablePath);

    /// <summary>The reason to skip, unless CI requires the browser (then the fixture fails with <see cref="Unavailable"/>).</summary>
    public static string? SkipReason => Required ? null : Unavailable;

    public static string? UnavailableAt(string path) => File.Exists(path)
        ? null
        : $"Chromium not found at {path} (${PathVariable}); install Debian's chromium (apt-get install -y chromium) to run the browser tests";
}
