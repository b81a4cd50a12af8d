using System.Globalization;

namespace Mlops.Cli.Commands.Serving;

/// <summary>
/// `mlops serve` with plain options, run without building Spectre's command model (a noticeable share of a server's
/// launch-to-first-prediction time). Anything it does not recognise (help, unknown or malformed options) returns null
/// and goes through the full parser, which owns every usage message.
/// </summary>
internal static class ServeShortcut
{
    public static ServeCommand.Settings? TryParse(string[] args)
    {
        if (args.Length == 0 || args[0] != "serve")
        {
            return null;
        }
        var d = new ServeCommand.Settings();
        var (model, host, tracking, port, poll, maxBody, noLog) = (d.Model, d.Host, d.TrackingUri, d.Port, d.PollInterval, d.MaxBodyBytes, false);
        var (token, allowedHosts, monitorEvery, monitorWindow) = (d.AuthToken, d.AllowedHosts, d.MonitorEvery, d.MonitorWindow);
        for (var i = 1; i < args.Length; i++)
        {
            var option = args[i];
            if (option == "--no-prediction-log")
            {
                noLog = true;
                continue;
            }
            if (i + 1 >= args.Length)
            {
                return null;
            }
            var value = args[++i];
            var known = option switch
            {
                "--model" => SetNullable(out model, value),
                "--host" => Set(out host, value),
                "--tracking-uri" => SetNullable(out tracking, value),
                "--auth-token" => SetNullable(out token, value),
                "--allowed-hosts" => SetNullable(out allowedHosts, value),
                "--port" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out port),
                "--poll-interval" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out poll),
                "--max-body-bytes" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out maxBody),
                "--monitor-every" => SetNullable(out monitorEvery, value),
                "--monitor-window" => SetCount(out monitorWindow, value),
                _ => false,
            };
            if (!known)
            {
                return null;
            }
        }
        var settings = new ServeCommand.Settings
        {
            Model = model, Host = host, TrackingUri = tracking, Port = port, PollInterval = poll, MaxBodyBytes = maxBody, NoPredictionLog = noLog,
            AuthToken = token, AllowedHosts = allowedHosts, MonitorEvery = monitorEvery, MonitorWindow = monitorWindow,
        };
        return settings.Validate().Successful ? settings : null;
    }

    private static bool Set(out string target, string value)
    {
        target = value;
        return true;
    }

    private static bool SetCount(out int? target, string value)
    {
        target = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
        return target is not null;
    }

    private static bool SetNullable(out string? target, string value)
    {
        target = value;
        return true;
    }
}
