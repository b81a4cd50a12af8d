using Mlops.Training.Configuration;
using Mlops.Training.Data;
using Spectre.Console;

namespace Mlops.Cli.Commands.Scoring;

public sealed class ValidateCommand : ViewCommand<ValidateCommand.Settings, IReadOnlyList<DataViolation>>
{
    private const int Shown = 200;

    public sealed class Settings : ListSettings
    {
        [CommandOption("--input <CSV>")]
        [Description("The CSV to check.")]
        public string Input { get; init; } = "";

        [CommandOption("--params <FILE>")]
        [Description("Params file holding the schema (default params.yaml).")]
        public string ParamsFile { get; init; } = "params.yaml";

        public override Spectre.Console.ValidationResult Validate() => RequiredOptions.Check("--input is required.", Input);
    }

    protected override Task<IReadOnlyList<DataViolation>> LoadAsync(Settings settings, CancellationToken cancellationToken) =>
        Task.FromResult(SchemaValidator.ValidateFile(ParamsLoader.LoadFile(settings.ParamsFile), settings.Input, requireTarget: false));

    protected override object? ToJson(IReadOnlyList<DataViolation> violations, Settings settings) =>
        new { settings.Input, Valid = violations.Count == 0, Violations = violations };

    protected override void Render(IReadOnlyList<DataViolation> violations, Settings settings)
    {
        if (violations.Count == 0)
        {
            Console.Out.WriteLine($"{settings.Input}: valid against the schema in {settings.ParamsFile}.");
            return;
        }
        Tables.Write(["row", "line", "column", "value", "rule", "policy action"], violations.Take(Shown).Select(v => new[]
        {
            v.Row.ToString(), v.Line.ToString(), Markup.Escape(v.Column), Markup.Escape(v.Value), Markup.Escape(v.Rule), Markup.Escape(v.Action),
        }));
        Console.Out.WriteLine($"{settings.Input}: {violations.Count} violation(s){(violations.Count > Shown ? $" (first {Shown} shown)" : "")}.");
    }

    protected override int ExitCode(IReadOnlyList<DataViolation> violations) => violations.Count == 0 ? 0 : CliApp.ExitError;
}
