namespace Mlops.Cli.Infrastructure;

/// <summary>
/// A <see cref="ViewCommand{TSettings, TView}"/> whose view comes from the stores behind --tracking-uri: it opens them
/// and hands them to <see cref="LoadAsync(Stores, TSettings, CancellationToken)"/>. A new read-only verb (e.g.
/// `monitor run`) overrides that and Render, and ToJson when its JSON is not the view itself.
/// </summary>
public abstract class StoreViewCommand<TSettings, TView> : ViewCommand<TSettings, TView>
    where TSettings : ListSettings
{
    protected sealed override Task<TView> LoadAsync(TSettings settings, CancellationToken cancellationToken) =>
        LoadAsync(StoreFactory.Open(settings.TrackingUri), settings, cancellationToken);

    protected abstract Task<TView> LoadAsync(Stores stores, TSettings settings, CancellationToken cancellationToken);
}
