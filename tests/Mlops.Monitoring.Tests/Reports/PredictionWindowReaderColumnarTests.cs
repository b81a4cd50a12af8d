using Mlops.Core.Predictions;
using Mlops.Core.Slicing;
using Mlops.Monitoring.Profiles;
using Mlops.Monitoring.Reports;

namespace Mlops.Monitoring.Tests.Reports;

/// <summary>A log that offers its batches gives the window its records give, whichever way each page is read.</summary>
public sealed class PredictionWindowReaderColumnarTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static ReferenceProfile Profile()
    {
        var builder = new ReferenceProfileBuilder(1);
        var held = HeldOutProfiler.Build(["no", "yes"], [0], [0], [1f, 0f], new HeldOutMetrics(1, 1, new Dictionary<string, double>()));
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, 1,
            [builder.Numeric("x", [1]), builder.Categorical("c", ["a"], ["a", "b"]), builder.Numeric("z", [1])], held);
    }

    /// <summary>
    /// Three appends that each read differently: inputs in the profile's order with missing values; inputs reordered, an
    /// unknown category, a number given as a category, an input the profile lacks and one it has missing; another URI.
    /// </summary>
    private static MemoryBatchLog Log(bool middleRecordsOnly = false)
    {
        var log = new MemoryBatchLog();
        var first = new PredictionBatch(Schema("models:/m@champion", new("x"), new("c", ["a", "b"]), new("z")));
        for (var i = 0; i < 7; i++)
        {
            first.Add(Guid.CreateVersion7(), Start.AddMinutes(i).ToUnixTimeMilliseconds(),
                [i % 3 == 0 ? double.NaN : i * 1.25, i % 4 == 0 ? double.NaN : i % 2, i], [0.4f, 0.6f], i % 2, 1);
        }
        var second = new PredictionBatch(Schema("models:/m@champion", new("c", ["b", "café", "a"]), new("extra"), new("z", ["2.5", "oops"])));
        for (var i = 0; i < 5; i++)
        {
            second.Add(Guid.CreateVersion7(), Start.AddMinutes(10 + i).ToUnixTimeMilliseconds(), [i % 3, i, i % 2], [0.9f, 0.1f], i == 4 ? 7 : 0, 1);
        }
        var other = new PredictionBatch(Schema("models:/m/1", new("x"), new("c", ["a", "b"]), new("z")));
        other.Add(Guid.CreateVersion7(), Start.AddMinutes(20).ToUnixTimeMilliseconds(), [1, 1, 1], [0.5f, 0.5f], 1, 1);
        log.Add(first);
        log.Add(second, middleRecordsOnly);
        log.Add(other);
        return log;
    }

    private static PredictionSchema Schema(string uri, params PredictionInput[] inputs) => new("m", 1, uri, inputs, ["no", "yes"]);

    [Theory]
    [InlineData(null, null)]
    [InlineData("models:/m@champion", null)]
    [InlineData("models:/m@champion", 9)]
    [InlineData(null, 2)]
    public async Task ReadAsync_Batches_SameWindowAsTheirRecords(string? servedUri, int? maxRows)
    {
        var columnar = Log();
        var records = new MemoryPredictionLog();
        foreach (var record in (await columnar.ListAsync(new PredictionQuery { OldestFirst = true })).Records)
        {
            records.Add(record);
        }
        var selection = new WindowSelection("m") { ServedUri = servedUri, MaxRows = maxRows };

        var fromBatches = await PredictionWindowReader.ReadAsync(columnar, selection, Profile());
        var fromRecords = await PredictionWindowReader.ReadAsync(records, selection, Profile());

        Assert.True(columnar.BatchPages > 0);
        AssertSame(fromRecords, fromBatches);
    }

    [Fact]
    public async Task ReadAsync_PageWithARecordOnlyAppend_ReadsThatPageAsRecords()
    {
        var mixed = Log(middleRecordsOnly: true);
        var columnar = Log();

        var window = await PredictionWindowReader.ReadAsync(mixed, new WindowSelection("m"), Profile());

        Assert.Equal(1, mixed.RecordPages);
        AssertSame(await PredictionWindowReader.ReadAsync(columnar, new WindowSelection("m"), Profile()), window, sameIds: false);
        Assert.Equal(13, window.Rows);
    }

    [Fact]
    public async Task ReadAsync_Slices_SameSliceWindowsFromBatchesAsFromRecords()
    {
        var columnar = Log();
        var records = new MemoryPredictionLog();
        foreach (var record in (await columnar.ListAsync(new PredictionQuery { OldestFirst = true })).Records)
        {
            records.Add(record);
        }
        SliceDefinition[] slices = [SliceDefinition.ForValue("c", "a"), new("fraction", new CellCondition("x") { Whole = false }), new("no_x", new CellCondition("x") { Is = "" })];

        var fromBatches = await PredictionWindowReader.ReadAsync(columnar, new WindowSelection("m"), Profile(), slices);
        var fromRecords = await PredictionWindowReader.ReadAsync(records, new WindowSelection("m"), Profile(), slices);

        foreach (var slice in slices)
        {
            AssertSame(fromRecords.Slices[slice.Name], fromBatches.Slices[slice.Name]);
            Assert.True(fromBatches.Slices[slice.Name].Rows > 0, slice.Name);
        }
        Assert.Equal(fromBatches.Inputs[0].Missing, fromBatches.Slices["no_x"].Rows);
    }

    private static void AssertSame(PredictionWindow expected, PredictionWindow actual, bool sameIds = true)
    {
        if (sameIds)
        {
            Assert.Equal(expected.Ids, actual.Ids);
        }
        Assert.Equal(expected.Predicted, actual.Predicted);
        Assert.Equal(expected.Confidences, actual.Confidences);
        Assert.Equal(expected.RowsByVersion, actual.RowsByVersion);
        Assert.Equal((expected.From, expected.To), (actual.From, actual.To));
        foreach (var (e, a) in expected.Inputs.Zip(actual.Inputs))
        {
            Assert.Equal((e.Name, e.Missing), (a.Name, a.Missing));
            Assert.Equal(e.Values, a.Values);
            Assert.Equal(e.Counts.OrderBy(x => x.Key, StringComparer.Ordinal), a.Counts.OrderBy(x => x.Key, StringComparer.Ordinal));
        }
    }
}
