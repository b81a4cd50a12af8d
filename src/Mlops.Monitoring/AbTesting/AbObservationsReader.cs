using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// Reads a test's predictions (answered and shadow) from the log and its labelled predictions from the feedback store,
/// page by page, into <see cref="AbObservationsBuilder"/>.
/// </summary>
public static class AbObservationsReader
{
    public static Task<AbObservations> ReadAsync(IPredictionLog log, IPredictionFeedback feedback, AbTest test, CancellationToken ct = default) =>
        ReadAsync(log, feedback, test, PredictionQuery.MaxPageSize, LabelledQuery.MaxLimit, ct);

    internal static async Task<AbObservations> ReadAsync(
        IPredictionLog log, IPredictionFeedback feedback, AbTest test, int predictionPageSize, int labelledPageSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(test);
        var builder = new AbObservationsBuilder(test);
        string? token = null;
        do
        {
            var page = await log.ListAsync(new PredictionQuery
            {
                MaxResults = predictionPageSize,
                PageToken = token,
                ModelName = test.ModelName,
                AbTestId = test.Id,
                IncludeShadow = true,
            }, ct);
            foreach (var record in page.Records)
            {
                builder.AddPrediction(record);
            }
            token = page.NextPageToken;
        }
        while (token is not null);
        await ReadLabelledAsync(feedback, test, labelledPageSize, builder, ct);
        return builder.Build();
    }

    /// <summary>
    /// The labelled query has no page token: it returns the newest rows before Until. Walk back in time, the next Until
    /// one millisecond (the store's resolution) after the oldest row read, skipping rows of that millisecond already read.
    /// </summary>
    private static async Task ReadLabelledAsync(IPredictionFeedback feedback, AbTest test, int pageSize, AbObservationsBuilder builder, CancellationToken ct)
    {
        DateTimeOffset? until = null;
        long boundaryMs = long.MinValue;
        var boundary = new HashSet<(string Id, string Variant, bool Shadow)>();
        while (true)
        {
            var rows = await feedback.ListLabelledAsync(new LabelledQuery
            {
                ModelName = test.ModelName,
                AbTestId = test.Id,
                IncludeShadow = true,
                MaxResults = pageSize,
                Until = until,
            }, ct);
            var added = 0;
            foreach (var row in rows)
            {
                if (!boundary.Contains(Key(row)))
                {
                    builder.AddLabelled(row);
                    added++;
                }
            }
            if (rows.Count < pageSize)
            {
                return;
            }
            if (added == 0)
            {
                throw MlopsException.Invalid(
                    $"A/B test '{test.Name}': more than {pageSize} labelled predictions share the millisecond {boundaryMs}; they cannot be read in pages");
            }
            var oldest = rows.Min(r => r.Prediction.Time.ToUnixTimeMilliseconds());
            if (oldest != boundaryMs)
            {
                boundary.Clear();
                boundaryMs = oldest;
            }
            boundary.UnionWith(rows.Where(r => r.Prediction.Time.ToUnixTimeMilliseconds() == oldest).Select(Key));
            until = DateTimeOffset.FromUnixTimeMilliseconds(oldest + 1);
        }
    }

    private static (string, string, bool) Key(LabelledPrediction row) =>
        (row.Prediction.Id, row.Prediction.Assignment?.Variant ?? "", row.Prediction.Assignment?.Shadow ?? false);
}
