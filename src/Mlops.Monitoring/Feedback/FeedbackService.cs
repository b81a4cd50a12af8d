using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// Records labels that come back for logged predictions: the store checks that each prediction exists, this service
/// that the label is one of the classes of the model version that made it. Parsing is in <see cref="FeedbackJson"/> and
/// <see cref="FeedbackCsv"/>; items they could not read are reported here with the rest.
/// </summary>
public sealed class FeedbackService(IPredictionFeedback store)
{
    /// <summary>Stores the readable items of <paramref name="items"/> in one call to the store and sums up every outcome.</summary>
    public async Task<FeedbackSummary> RecordAsync(IReadOnlyList<FeedbackItem> items, LabelClassResolver classes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(classes);
        var rejected = new List<FeedbackRejection>();
        var readable = new List<FeedbackItem>(items.Count);
        foreach (var item in items)
        {
            if (item.Label is null)
            {
                rejected.Add(new FeedbackRejection(item.Item, item.Line, item.PredictionId, item.Problem ?? "the item could not be read"));
            }
            else
            {
                readable.Add(item);
            }
        }
        var (accepted, replaced) = (0, 0);
        if (readable.Count > 0)
        {
            var outcomes = await store.RecordLabelsAsync([.. readable.Select(i => i.Label!)], ClassCheck.For(classes), ct);
            foreach (var outcome in outcomes)
            {
                var item = readable[outcome.Index];
                switch (outcome.Status)
                {
                    case LabelStatus.Accepted:
                        accepted++;
                        break;
                    case LabelStatus.Replaced:
                        replaced++;
                        break;
                    default:
                        rejected.Add(new FeedbackRejection(item.Item, item.Line, item.PredictionId, outcome.Reason ?? "rejected"));
                        break;
                }
            }
        }
        rejected.Sort((a, b) => a.Item.CompareTo(b.Item));
        return new FeedbackSummary(items.Count, accepted, replaced, rejected);
    }
}
