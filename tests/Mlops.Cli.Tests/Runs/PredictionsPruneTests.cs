using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;

namespace Mlops.Cli.Tests.Runs;

/// <summary>`mlops predictions prune`: deletes by age and by count, counts on a dry run, refuses to run without a limit.</summary>
public sealed class PredictionsPruneTests
{
    private static readonly PredictionSchema Schema = new("m", 1, "models:/m/1", [new PredictionInput("Age")], ["A", "B"]);

    [Fact]
    public async Task Prune_DryRunThenMaxAge_CountsThenDeletesOnlyOldBatches()
    {
        using var ws = Workspace.Create();
        var now = DateTimeOffset.UtcNow;
        await AppendAsync(ws, (now.AddDays(-40), 3), (now.AddDays(-1), 2));

        var dry = await CliProcess.RunAsync(ws.Root, "predictions", "prune", "--max-age", "30d", "--dry-run");
        var real = await CliProcess.RunAsync(ws.Root, "predictions", "prune", "--max-age", "30d");

        Assert.True(dry.ExitCode == 0, dry.Output);
        Assert.Contains("Would delete 3 prediction(s) in 1 stored batch(es)", dry.Stdout, StringComparison.Ordinal);
        Assert.True(real.ExitCode == 0, real.Output);
        Assert.Contains("Deleted 3 prediction(s)", real.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(ws));
    }

    [Fact]
    public async Task Prune_MaxRowsJson_KeepsNewest()
    {
        using var ws = Workspace.Create();
        var now = DateTimeOffset.UtcNow;
        await AppendAsync(ws, (now.AddHours(-3), 4), (now.AddHours(-2), 1), (now.AddHours(-1), 1));

        var result = await CliProcess.RunAsync(ws.Root, "predictions", "prune", "--max-rows", "2", "--json");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("\"deleted_predictions\": 4", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(ws));
    }

    [Theory]
    [InlineData("--dry-run", "Give --max-age, --max-rows or both")]
    [InlineData("--max-age=30x", "--max-age '30x' is not a duration")]
    [InlineData("--max-rows=-1", "must not be negative")]
    public async Task Prune_BadOptions_ClearErrorAndNothingDeleted(string option, string message)
    {
        using var ws = Workspace.Create();
        await AppendAsync(ws, (DateTimeOffset.UtcNow.AddDays(-400), 2));

        var result = await CliProcess.RunAsync(ws.Root, "predictions", "prune", option);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Output, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(ws));
    }

    private static async Task AppendAsync(Workspace ws, params (DateTimeOffset Time, int Rows)[] batches)
    {
        using var store = StoreProbe.Open(ws);
        foreach (var (time, rows) in batches)
        {
            var batch = new PredictionBatch(Schema);
            for (var i = 0; i < rows; i++)
            {
                batch.Add(Guid.CreateVersion7(), time.AddSeconds(i).ToUnixTimeMilliseconds(), [20 + i], [0.5f, 0.5f], 0, 1);
            }
            await store.PredictionLog.AppendAsync(batch);
        }
    }

    private static async Task<int> CountAsync(Workspace ws)
    {
        using var store = StoreProbe.Open(ws);
        return (await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 1_000 })).Records.Count;
    }
}
