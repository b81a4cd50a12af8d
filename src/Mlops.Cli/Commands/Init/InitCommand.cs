using Mlops.Training.Init;
using Spectre.Console;

namespace Mlops.Cli.Commands.Init;

/// <summary>`mlops init`: a ready workspace for any CSV (or the bundled example), with what was inferred printed.</summary>
public sealed class InitCommand : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Data is null)
        {
            var bundled = WorkspaceWriter.WriteBundled(settings.Directory, settings.Force);
            Console.Out.WriteLine($"Wrote the bundled example into {settings.Directory}: {string.Join(", ", bundled)}.");
            Console.Out.WriteLine(NextStep(settings.Directory));
            return 0;
        }
        var plan = InitPlanner.Plan(new InitOptions(settings.Data, settings.Target!, settings.Directory)
        {
            Task = settings.Task, Name = settings.Name, MaxCategories = settings.MaxCategories, Force = settings.Force,
        });
        var written = WorkspaceWriter.Write(plan);
        Print(plan);
        Console.Out.WriteLine($"Wrote {string.Join(", ", written)} into {settings.Directory}.");
        Console.Out.WriteLine(NextStep(settings.Directory));
        return 0;
    }

    private static void Print(InitPlan plan)
    {
        var table = new Table().AddColumns("column", "inferred", "missing", "distinct", "in the schema");
        foreach (var column in plan.Columns)
        {
            table.AddRow(Markup.Escape(column.Name), column.Kind.ToString().ToLowerInvariant(), column.Missing.ToString(),
                column.Distinct.ToString(), Markup.Escape(column.Kept ? column.Reason : $"dropped: {column.Reason}"));
        }
        table.AddRow(Markup.Escape(plan.Target.Name), "target", plan.Target.MissingRows.ToString(),
            plan.Target.Distinct.ToString(), Markup.Escape(plan.Target.Reason));
        AnsiConsole.Write(table);
        foreach (var choice in plan.Choices)
        {
            Console.Out.WriteLine($"- {choice}");
        }
    }

    private static string NextStep(string directory) => directory == "."
        ? "Next: mlops pipeline run"
        : $"Next: cd {directory} && mlops pipeline run";
}
