namespace Mlops.TrackingServer;

/// <summary>A started tracking server: its base URL (no trailing slash) and the app; disposing stops it.</summary>
public sealed class RunningServer(WebApplication app, string baseUrl) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public string BaseUrl { get; } = baseUrl;

    public Uri BaseAddress { get; } = new(baseUrl + "/");

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
