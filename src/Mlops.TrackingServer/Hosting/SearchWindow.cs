using Mlops.Core.Tracking.Search;

namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// The page of a search answered from a full listing, as MLflow pages it: max_results (each endpoint has its default
/// and limit) and an offset page token. Read before the listing, so their errors come before a filter's, as in MLflow.
/// </summary>
internal readonly record struct SearchWindow(int Offset, int Size)
{
    public static SearchWindow Read(long? maxResults, string? pageToken, int defaultSize, int limit)
    {
        var size = WireEnums.MaxResults(maxResults, defaultSize, limit);
        return new SearchWindow(SearchPaging.DecodeToken(pageToken), size);
    }

    /// <summary>From the query string's max_results and page_token (the registry's GET searches).</summary>
    public static SearchWindow FromQuery(HttpContext context, int defaultSize, int limit) =>
        Read(WireRequest.QueryInt64(context, "max_results"), WireRequest.Query(context, "page_token"), defaultSize, limit);

    public IEnumerable<T> Of<T>(IEnumerable<T> matching) => matching.Skip(Offset).Take(Size);

    /// <summary>The token of the page after this one, null when this is the last.</summary>
    public string? NextToken(int matchingCount) => Offset + Size < matchingCount ? SearchPaging.EncodeToken(Offset + Size) : null;
}
