namespace Mlops.Cli.Infrastructure;

/// <summary>
/// Base of every verb that works on the stores behind --tracking-uri: it opens them (StoreFactory picks the backend)
/// and hands them to <see cref="RunAsync"/>, which returns the exit code. A new verb (e.g. `feedback import`) derives
/// from it with settings derived from StoreSettings; a verb that prints one view with a --json form uses StoreViewCommand.
/// </summary>
public abstract class StoreCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : StoreSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken) =>
        await RunAsync(StoreFactory.Open(settings.TrackingUri), settings, cancellationToken);

    protected abstract Task<int> RunAsync(Stores stores, TSettings settings, CancellationToken cancellationToken);
}
