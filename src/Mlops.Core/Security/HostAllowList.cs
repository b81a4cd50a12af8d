using System.Net;

namespace Mlops.Core.Security;

/// <summary>
/// Which Host headers a server accepts, against DNS rebinding: a server bound to loopback answers only requests
/// addressed to a loopback name (a page on evil.example whose name now resolves to 127.0.0.1 still sends
/// <c>Host: evil.example</c>). Extra names widen the list; "*" turns the check off.
/// </summary>
public sealed class HostAllowList
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];
    private readonly HashSet<string> allowed;

    private HostAllowList(HashSet<string> allowed) => this.allowed = allowed;

    /// <summary>The names accepted, for the refusal message.</summary>
    public IReadOnlyCollection<string> Names => allowed;

    /// <summary>
    /// The list for a server bound to <paramref name="bindHost"/>, or null when every Host is accepted: bound beyond
    /// loopback with no extra names (the operator chose to expose it), or "*" among <paramref name="extraHosts"/>.
    /// </summary>
    public static HostAllowList? For(string bindHost, IEnumerable<string>? extraHosts)
    {
        var extra = (extraHosts ?? []).Select(h => h.Trim()).Where(h => h.Length > 0).ToList();
        if (extra.Contains("*") || (!IsLoopback(bindHost) && extra.Count == 0))
        {
            return null;
        }
        var names = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase);
        foreach (var host in extra)
        {
            names.Add(IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && host[0] != '['
                ? $"[{host}]"
                : host);
        }
        return new HostAllowList(names);
    }

    /// <summary>True for "localhost" and loopback IP addresses (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string bindHost) =>
        bindHost.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(bindHost, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>
    /// Whether a request whose Host header names <paramref name="host"/> (without the port; IPv6 in brackets) is
    /// accepted. An absent Host (HTTP/1.0) is accepted: browsers, the rebinding vector, always send one.
    /// </summary>
    public bool Allows(string? host) => string.IsNullOrEmpty(host) || allowed.Contains(host);

    /// <summary>The refusal text, naming the option that widens the list.</summary>
    public string Refusal(string? host) =>
        $"Host '{Errors.ErrorText.Cut(host ?? "")}' is not allowed: this server accepts only Host headers naming " +
        $"{string.Join(", ", allowed.Order(StringComparer.Ordinal))} (any port), against DNS rebinding. " +
        "Start it with --allowed-hosts NAME[,NAME...] to accept more names.";
}
