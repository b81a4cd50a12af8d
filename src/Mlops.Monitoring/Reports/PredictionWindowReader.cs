using Mlops.Core.Predictions;
using Mlops.Core.Slicing;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Reads a window of the prediction log in pages no larger than the window and splits the inputs into columns of the
/// profile's features as it goes, so memory holds columns, not records. A log that offers its stored batches
/// (<see cref="IPredictionBatchLog"/>) is read in those, which skips building and parsing a record per prediction.
/// </summary>
public static class PredictionWindowReader
{
    public static async Task<PredictionWindow> ReadAsync(
        IPredictionLog log, WindowSelection selection, ReferenceProfile profile, CancellationToken ct = default) =>
        await ReadAsync(log, selection, profile, [], ct);

    /// <param name="slices">Slices of the served inputs, each gathered into <see cref="PredictionWindow.Slices"/>.</param>
    public static async Task<PredictionWindow> ReadAsync(
        IPredictionLog log, WindowSelection selection, ReferenceProfile profile, IReadOnlyList<SliceDefinition> slices, CancellationToken ct = default)
    {
        selection.Validate();
        var window = new WindowBuilder(profile, selection.MaxRows ?? int.MaxValue, selection.ServedUri, slices);
        var columnar = log as IPredictionBatchLog;
        string? token = null;
        do
        {
            var query = new PredictionQuery
            {
                MaxResults = Math.Clamp(window.Remaining, 1, PredictionQuery.MaxPageSize),
                PageToken = token,
                ModelName = selection.ModelName,
                ModelVersion = selection.ModelVersion,
                Since = selection.Since,
            };
            if (columnar is not null && await columnar.ListBatchesAsync(query, ct) is { } batches)
            {
                foreach (var batch in batches.Batches)
                {
                    window.Add(batch);
                }
                token = batches.NextPageToken;
            }
            else
            {
                var page = await log.ListAsync(query, ct);
                foreach (var record in page.Records)
                {
                    window.Add(record);
                }
                token = page.NextPageToken;
            }
        }
        while (token is not null && !window.Full);
        return window.Build();
    }
}
