using System.Globalization;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// Where a request's A/B unit key comes from, first found wins: the <c>X-Mlops-Unit</c> header, then the
/// <c>mlops_unit</c> field of a /predict body (not an input), then the prediction id (a fresh unit per request; for a
/// batch, its first row's id).
/// </summary>
internal static class UnitKeys
{
    public const string Header = "X-Mlops-Unit";
    public const string BodyField = "mlops_unit";

    public static ReadOnlySpan<byte> BodyFieldUtf8 => "mlops_unit"u8;

    public static string Of(HttpRequest request, string? bodyUnit, Guid predictionId) =>
        request.Headers.TryGetValue(Header, out var header) && header.Count > 0 && !string.IsNullOrEmpty(header[0])
            ? header[0]!
            : bodyUnit ?? predictionId.ToString("D", CultureInfo.InvariantCulture);
}
