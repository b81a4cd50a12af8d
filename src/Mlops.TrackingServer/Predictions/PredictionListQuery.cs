using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Predictions;

/// <summary>The query parameters of predictions/list as a <see cref="PredictionQuery"/>; a bad value is refused naming its parameter.</summary>
internal static class PredictionListQuery
{
    public static PredictionQuery Read(HttpContext context)
    {
        var query = new PredictionQuery
        {
            PageToken = WireRequest.Query(context, "page_token"),
            ModelName = WireRequest.Query(context, "model_name"),
            ModelVersion = Int32(context, "model_version"),
            Since = PredictionRecordWire.Time(WireRequest.QueryInt64(context, "since"), "since"),
            OldestFirst = Bool(context, "oldest_first"),
            AbTestId = WireRequest.Query(context, "ab_test_id"),
            IncludeShadow = Bool(context, "include_shadow"),
        };
        return Int32(context, "max_results") is { } max ? query with { MaxResults = max } : query;
    }

    private static int? Int32(HttpContext context, string name) => WireRequest.QueryInt64(context, name) switch
    {
        null => null,
        var v and >= int.MinValue and <= int.MaxValue => (int)v.Value,
        var v => throw MlopsException.Invalid($"Invalid value {v} for parameter '{name}' supplied: it must fit a 32-bit integer."),
    };

    private static bool Bool(HttpContext context, string name) => WireRequest.Query(context, name) switch
    {
        null => false,
        var text when bool.TryParse(text, out var value) => value,
        var text => throw MlopsException.Invalid(
            $"Invalid value {ErrorText.Quote(text)} for parameter '{name}' supplied: expected true or false."),
    };
}
