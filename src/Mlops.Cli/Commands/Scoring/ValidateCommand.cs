using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Scoring;

public sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandOption("--input <CSV>")]
        [Description("The CSV to check.")]
        public string Input { get; init; } = "";

        [CommandOption("--params <FILE>")]
        [Description("Params file holding the schema (default params.yaml).")]
        public string ParamsFile { get; init; } = "params.yaml";

        public override Spectre.Console.ValidationResult Validate() => string.IsNullOrWhiteSpace(Input)
            ? Spectre.Console.ValidationResult.Error("--input is required.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var p = ParamsLoader.LoadFile(settings.ParamsFile);
        var violations = SchemaValidator.ValidateFile(p, settings.Input, requireTarget: false);
        if (settings.Json)
        {
            JsonOutput.Write(new { settings.Input, Valid = violations.Count == 0, Violations = violations });
        }
        else if (violations.Count == 0)
        {
            Console.Out.WriteLine($"{settings.Input}: valid against the schema in {settings.ParamsFile}.");
        }
        else
        {
            var table = new Table().AddColumns("row", "line", "column", "value", "rule", "policy action");
            foreach (var v in violations.Take(200))
            {
                table.AddRow(v.Row.ToString(), v.Line.ToString(), Markup.Escape(v.Column), Markup.Escape(v.Value), Markup.Escape(v.Rule), Markup.Escape(v.Action));
            }
            AnsiConsole.Write(table);
            Console.Out.WriteLine($"{settings.Input}: {violations.Count} violation(s){(violations.Count > 200 ? " (first 200 shown)" : "")}.");
        }
        return violations.Count == 0 ? 0 : CliApp.ExitError;
    }
}
