using Mlops.Core.Predictions;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// Reads a window of the prediction log in the largest pages the contract allows and splits the inputs into columns
/// of the profile's features as it goes, so memory holds columns, not records.
/// </summary>
public static class PredictionWindowReader
{
    public static async Task<PredictionWindow> ReadAsync(
        IPredictionLog log, WindowSelection selection, ReferenceProfile profile, CancellationToken ct = default)
    {
        selection.Validate();
        var columns = profile.Features.Select(f => new WindowColumn(f)).ToArray();
        var parser = new InputsJsonParser(columns);
        var ids = new List<string>();
        var predicted = new List<string>();
        var confidences = new List<double>();
        var versions = new Dictionary<int, long>();
        DateTimeOffset? from = null, to = null;
        var limit = selection.MaxRows ?? int.MaxValue;
        string? token = null;
        do
        {
            var page = await log.ListAsync(new PredictionQuery
            {
                MaxResults = PredictionQuery.MaxPageSize,
                PageToken = token,
                ModelName = selection.ModelName,
                ModelVersion = selection.ModelVersion,
                Since = selection.Since,
            }, ct);
            foreach (var record in page.Records)
            {
                if (selection.ServedUri is { } uri && !string.Equals(record.ModelUri, uri, StringComparison.Ordinal))
                {
                    continue;
                }
                parser.Add(record.InputsJson);
                ids.Add(record.Id);
                predicted.Add(record.Prediction);
                confidences.Add(record.Confidence);
                if (record.ModelVersion is { } v)
                {
                    versions[v] = versions.GetValueOrDefault(v) + 1;
                }
                to ??= record.Time;
                from = record.Time;
                if (ids.Count >= limit)
                {
                    break;
                }
            }
            token = ids.Count >= limit ? null : page.NextPageToken;
        }
        while (token is not null);
        return new PredictionWindow(columns, ids, predicted, [.. confidences], versions, from, to);
    }
}
