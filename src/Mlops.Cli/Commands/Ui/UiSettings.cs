namespace Mlops.Cli.Commands.Ui;

/// <summary>`mlops ui` options: the store (--tracking-uri) and where to listen, loopback unless asked otherwise.</summary>
public sealed class UiSettings : StoreSettings
{
    [CommandOption("--host <HOST>"), DefaultValue("127.0.0.1")]
    [Description("IP address to listen on. Beyond loopback anyone who can reach it reads and writes: use `mlops server --auth-token` there.")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--port <PORT>"), DefaultValue(5000), Description("Port (0 picks a free one).")]
    public int Port { get; init; } = 5000;
}
