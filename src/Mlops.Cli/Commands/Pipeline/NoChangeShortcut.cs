using System.Text;
using Mlops.Lifecycle;

namespace Mlops.Cli.Commands.Pipeline;

/// <summary>
/// `mlops pipeline run` without options, with nothing changed, is the command run most often. Loading the command
/// framework, the YAML parser and the params binder is most of its time, so when the workspace's up-to-date stamp
/// still holds it answers before any of them load. Every other case, and any doubt, takes the normal path.
/// </summary>
internal static class NoChangeShortcut
{
    public static int? TryRun(string[] args)
    {
        if (args is not ["pipeline", "run"])
        {
            return null;
        }
        var stages = LifecyclePipeline.UpToDateStages(Directory.GetCurrentDirectory());
        if (stages is null)
        {
            return null;
        }
        // The same lines StageProgressPrinter and RunSummaryPrinter write, with the grey dash Spectre would draw.
        var dash = Console.IsOutputRedirected || Environment.GetEnvironmentVariable("NO_COLOR") is not null ? "-" : "\u001b[90m-\u001b[0m";
        var text = new StringBuilder();
        foreach (var stage in stages)
        {
            text.Append(dash).Append(' ').Append(stage).Append(": skipped (up to date)\n");
        }
        text.Append(RunSummaryPrinter.NothingChanged).Append('\n');
        Console.Out.Write(text.ToString());
        return 0;
    }
}
