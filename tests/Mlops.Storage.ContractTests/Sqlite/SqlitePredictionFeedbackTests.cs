using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqlitePredictionFeedbackTests : PredictionFeedbackContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-feedback-{Guid.NewGuid():N}");
    private SqliteStore? store;

    protected override Task<(IPredictionLog Log, IPredictionFeedback Feedback)> CreateAsync(TimeProvider time)
    {
        store = SqliteStore.Open(Path.Combine(folder, "mlops.db"), folder, time);
        return Task.FromResult<(IPredictionLog, IPredictionFeedback)>((store.PredictionLog, store.PredictionLog));
    }

    public void Dispose()
    {
        store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
