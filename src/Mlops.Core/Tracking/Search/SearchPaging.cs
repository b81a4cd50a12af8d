using System.Text;
using System.Text.Json;
using Mlops.Core.Errors;

namespace Mlops.Core.Tracking.Search;

/// <summary>max_results validation and opaque page tokens, encoded as MLflow does (base64 of <c>{"offset": N}</c>).</summary>
public static class SearchPaging
{
    public const int MaxResultsLimit = 50_000;

    public static void ValidateMaxResults(int maxResults)
    {
        if (maxResults is < 1 or > MaxResultsLimit)
        {
            throw MlopsException.Invalid(
                $"Invalid value for request parameter max_results. It must be between 1 and {MaxResultsLimit}, but got value {maxResults}.");
        }
    }

    public static string EncodeToken(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{{\"offset\": {offset}}}"));

    /// <summary>Returns the offset a token stands for; a null or empty token means the first page.</summary>
    public static int DecodeToken(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(token));
            var offset = json.RootElement.GetProperty("offset").GetInt32();
            if (offset >= 0)
            {
                return offset;
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // Reported below with the token itself.
        }
        throw MlopsException.Invalid($"Invalid page token '{token}': expected a token returned by a previous search.");
    }
}
