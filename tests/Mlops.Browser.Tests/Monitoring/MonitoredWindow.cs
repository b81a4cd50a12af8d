using System.Text.Json;
using Mlops.Cli.Tests.Support;

namespace Mlops.Browser.Tests.Monitoring;

/// <summary>One served window of the loop: what `simulate traffic` sent and what `monitor run` found in it.</summary>
public sealed record MonitoredWindow(string ModelUri, CliProcess.Result Traffic, CliProcess.Result Monitor)
{
    /// <summary>The tracked monitoring run, from `monitor run --json` (fails, showing the output, when it printed none).</summary>
    public string RunId
    {
        get
        {
            Assert.True(Monitor.Stdout.TrimStart().StartsWith('{'), Monitor.Output);
            using var json = JsonDocument.Parse(Monitor.Stdout);
            return json.RootElement.GetProperty("run_id").GetString()!;
        }
    }

    /// <summary>The simulation's summary (`simulate traffic --json`).</summary>
    public JsonElement TrafficSummary()
    {
        Assert.True(Traffic.ExitCode == 0, Traffic.Output);
        using var json = JsonDocument.Parse(Traffic.Stdout);
        return json.RootElement.Clone();
    }
}
