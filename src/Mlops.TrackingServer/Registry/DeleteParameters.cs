namespace Mlops.TrackingServer.Registry;

/// <summary>Clients send the parameters of the registry's DELETE endpoints either as a JSON body or in the query string; the body wins.</summary>
internal static class DeleteParameters
{
    public static string? Of(HttpContext context, string? fromBody, string name) => fromBody ?? WireRequest.Query(context, name);

    public static string Required(HttpContext context, string? fromBody, string name) => WireRequest.Required(Of(context, fromBody, name), name);
}
