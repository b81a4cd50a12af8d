using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>
/// The <c>WHERE</c> clause and values both backends read a page of <c>prediction_batches</c> with: the query's model,
/// time, A/B test and shadow filters on the batch columns, and the paging position.
/// </summary>
public static class PredictionBatchFilter
{
    public static (string Where, (string Name, object? Value)[] Parameters) For(PredictionQuery query, long? from)
    {
        ArgumentNullException.ThrowIfNull(query);
        string[] conditions =
        [
            .. query.ModelName is null ? Array.Empty<string>() : ["model_name = @name"],
            .. query.ModelVersion is null ? Array.Empty<string>() : ["model_version = @version"],
            .. query.Since is null ? Array.Empty<string>() : ["last_time >= @since"],
            .. query.AbTestId is null ? Array.Empty<string>() : ["ab_test_id = @test"],
            .. query.IncludeShadow ? Array.Empty<string>() : ["ab_shadow = 0"],
            .. from is null ? Array.Empty<string>() : [query.OldestFirst ? "batch_seq >= @from" : "batch_seq <= @from"],
        ];
        return (conditions.Length == 0 ? "" : "WHERE " + string.Join(" AND ", conditions),
        [
            ("name", query.ModelName), ("version", query.ModelVersion), ("since", query.Since?.ToUnixTimeMilliseconds()),
            ("test", query.AbTestId), ("from", from),
        ]);
    }
}
