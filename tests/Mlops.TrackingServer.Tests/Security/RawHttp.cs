using System.Net.Sockets;
using System.Text;

namespace Mlops.TrackingServer.Tests.Security;

/// <summary>
/// Sends a request target exactly as written (HttpClient's Uri would remove dot segments and re-escape), the way an
/// attacker's own client would, and returns the status and the body as text.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> SendAsync(Uri server, string method, string target, string? body = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        await using var stream = tcp.GetStream();
        var content = Encoding.UTF8.GetBytes(body ?? "");
        var head = $"{method} {target} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n"
            + (body is null ? "" : $"Content-Length: {content.Length}\r\n") + "\r\n";
        // Latin-1 keeps every char of the target as one byte, so NUL and raw high bytes reach the server unchanged.
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head));
        await stream.WriteAsync(content);
        using var reader = new MemoryStream();
        await stream.CopyToAsync(reader);
        var text = Encoding.UTF8.GetString(reader.ToArray());
        var status = text.Length >= 12 && int.TryParse(text.AsSpan(9, 3), out var code) ? code : 0;
        return (status, text);
    }
}
