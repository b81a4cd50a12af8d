using System.Diagnostics;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Cli.Commands.Scoring;

public sealed class PredictCommand : AsyncCommand<PredictCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--model <URI>")]
        [Description("models:/NAME/VERSION, models:/NAME@ALIAS, models:/NAME/STAGE or runs:/RUN_ID/model (default: params.yaml's registry.model_name at its champion alias).")]
        public string? Model { get; init; }

        [CommandOption("--input <CSV>")]
        [Description("CSV with the model's input columns (a target column, if present, is ignored).")]
        public string Input { get; init; } = "";

        [CommandOption("--output <CSV>")]
        [Description("Where to write the inputs plus prediction, confidence and one probability column per class.")]
        public string Output { get; init; } = "";

        public override Spectre.Console.ValidationResult Validate() => RequiredOptions.Check("--input and --output are required.", Input, Output);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var stores = StoreFactory.Open(settings.TrackingUri);
        using var model = await new ModelLoader(stores.Tracking, stores.Registry, stores.Artifacts).LoadAsync(DefaultModelUri.Resolve(settings.Model), cancellationToken);
        var table = CsvReader.ReadFile(settings.Input);
        if (table.Header.Count == 0 || table.Rows.Count == 0)
        {
            throw MlopsException.Invalid($"{settings.Input} is empty: it needs a header row and at least one data row");
        }
        var signature = new InputSignature(model.Transform);
        var failures = new List<string>();
        var values = signature.CheckTable(table, (field, message) => failures.Add($"{field}: {message}"));
        if (failures.Count > 0)
        {
            throw MlopsException.Invalid($"{settings.Input}: {failures.Count} invalid value(s); nothing was scored.{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Take(20).Select(f => "  " + f)));
        }
        var rows = table.Rows.Count;
        var probabilities = new float[rows * model.OutputWidth];
        var predicted = new int[rows];
        model.PredictBatch(values, rows, probabilities, predicted);
        PredictionCsv.Write(settings.Output, model, signature, values, probabilities, predicted);
        var id = model.Identity;
        Console.Out.WriteLine($"Scored {rows} rows with {(id.Name is null ? id.Uri : $"{id.Name} v{id.Version}")} " +
            $"in {stopwatch.Elapsed.TotalSeconds:0.00} s -> {settings.Output}");
        if (model.IsRegression)
        {
            Console.Out.WriteLine(PredictionCsv.DescribeValues(probabilities));
        }
        return 0;
    }
}
