using Mlops.Storage.MlflowRest;

namespace Mlops.Storage.ContractTests.MlflowRest.Replay;

/// <summary>A REST store wired to a <see cref="ReplayHandler"/>, with retries that do not wait.</summary>
public static class ReplayStore
{
    public static readonly Uri BaseUri = new("http://mlflow.test:5000/");

    public static MlflowRestStore Open(HttpMessageHandler handler, int maxRetries = 2) =>
        MlflowRestStore.Open(new MlflowRestOptions(BaseUri) { RetryDelay = TimeSpan.Zero, MaxRetries = maxRetries },
            new HttpClient(handler));
}
