namespace Mlops.Cli.Infrastructure;

/// <summary>Reads the comma-separated --allowed-hosts value of both servers.</summary>
internal static class HostNames
{
    public static IReadOnlyList<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
