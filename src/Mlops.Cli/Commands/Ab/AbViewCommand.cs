using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// Base of the `mlops ab` verbs: opens the stores (with --prediction-log-uri's log and A/B tests when given) and hands
/// them, with the A/B test store, to <see cref="LoadAsync(Stores, IAbTestStore, TSettings, CancellationToken)"/>.
/// </summary>
public abstract class AbViewCommand<TSettings, TView> : ViewCommand<TSettings, TView>
    where TSettings : AbSettings
{
    protected sealed override Task<TView> LoadAsync(TSettings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri).WithPredictionLog(settings.PredictionLogUri);
        var tests = stores.AbTests ?? throw MlopsException.Invalid(
            $"Tracking URI '{stores.Uri}' keeps no A/B tests; give --prediction-log-uri sqlite:///PATH or " +
            "postgresql://USER@HOST:PORT/DB (the store mlops serve logs to).");
        return LoadAsync(stores, tests, settings, cancellationToken);
    }

    protected abstract Task<TView> LoadAsync(Stores stores, IAbTestStore tests, TSettings settings, CancellationToken cancellationToken);
}
