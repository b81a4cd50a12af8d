using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

public abstract partial class PredictionFeedbackContract
{
    protected static string Id(PredictionBatch batch, int row) => batch.Ids[row].ToString();

    /// <summary>
    /// Appends <paramref name="rows"/> predictions of version <paramref name="version"/>, row i at minute
    /// <paramref name="first"/> + i with a UUIDv7 id of that millisecond, as the prediction server makes them.
    /// </summary>
    protected async Task<PredictionBatch> AppendAsync(int version, int first, int rows, PredictionAssignment? assignment = null)
    {
        var batch = Batch(version, first, rows, assignment);
        await Log.AppendAsync(batch);
        return batch;
    }

    /// <summary>The batch <see cref="AppendAsync"/> appends, not yet appended.</summary>
    protected PredictionBatch Batch(int version, int first, int rows, PredictionAssignment? assignment = null)
    {
        var schema = new PredictionSchema(Model, version, $"models:/{Model}/{version}",
            [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"])], ["Normal", "Obese"]) { Assignment = assignment };
        var batch = new PredictionBatch(schema);
        for (var i = first; i < first + rows; i++)
        {
            var time = Start.AddMinutes(i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [20 + i, i % 2], [0.25f, 0.75f], 1, 0.5);
        }
        return batch;
    }

    /// <summary>A clock one second further on at every reading, so each write has its own time.</summary>
    private sealed class SteppingTime(DateTimeOffset start) : TimeProvider
    {
        private long readings;

        public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref readings));
    }
}
