namespace Mlops.Cli.Commands.Simulate;

/// <summary>The options of `mlops simulate traffic`.</summary>
public class TrafficSettings : CommandSettings
{
    [CommandOption("--url <URL>")]
    [Description("The prediction server (default http://127.0.0.1:5080).")]
    public string Url { get; init; } = "http://127.0.0.1:5080";

    [CommandOption("--rows <N>")]
    [Description("Requests to send, one row each (default 5000); rows are reused, reshuffled, when N exceeds the split.")]
    public int Rows { get; init; } = 5000;

    [CommandOption("--drift <SPEC>")]
    [Description("Shift the inputs, e.g. 'Price:-8,Size:*1.05,Color:flip=0.3': numeric +x/-x/*x, categorical flip rate.")]
    public string? Drift { get; init; }

    [CommandOption("--label-delay <MS>")]
    [Description("Milliseconds between a prediction's answer and its label's POST /feedback (default 0).")]
    public int LabelDelayMs { get; init; }

    [CommandOption("--label-share <P>")]
    [Description("Share of predictions whose true label is posted back (default 1).")]
    public double LabelShare { get; init; } = 1.0;

    [CommandOption("--from <SPLIT>")]
    [Description("test (the held-out rows, default), train, or all rows of data/interim/clean.csv, split as the pipeline does.")]
    public string From { get; init; } = "test";

    [CommandOption("--seed <N>")]
    [Description("Seed for the row order, the shifts and which rows get a label (default 1).")]
    public int Seed { get; init; } = 1;

    [CommandOption("--concurrency <N>")]
    [Description("Requests in flight at once (default 4).")]
    public int Concurrency { get; init; } = 4;

    [CommandOption("--units <N>")]
    [Description("Send each request from one of N unit keys (drawn with --seed) in the X-Mlops-Unit header, so an A/B test's " +
        "split is sticky per unit (default 0: none, each request its own unit).")]
    public int Units { get; init; }

    [CommandOption("--params <FILE>")]
    [Description("Params file with the schema, the data paths and the split (default params.yaml).")]
    public string ParamsFile { get; init; } = "params.yaml";

    [CommandOption("--token <TOKEN>")]
    [Description("Bearer token of a server started with --auth-token (env: MLOPS_SERVE_TOKEN).")]
    public string? Token { get; init; }

    [CommandOption("--json")]
    [Description("Print the summary as JSON.")]
    public bool Json { get; init; }

    public Uri BaseAddress() => new(Url.TrimEnd('/') + "/");

    public override Spectre.Console.ValidationResult Validate() => this switch
    {
        { Rows: < 1 } => Spectre.Console.ValidationResult.Error($"--rows must be at least 1; got {Rows}."),
        { LabelShare: < 0 or > 1 } => Spectre.Console.ValidationResult.Error($"--label-share must be between 0 and 1; got {LabelShare}."),
        { LabelDelayMs: < 0 } => Spectre.Console.ValidationResult.Error($"--label-delay must be 0 or more milliseconds; got {LabelDelayMs}."),
        { Units: < 0 } => Spectre.Console.ValidationResult.Error($"--units must be 0 or more; got {Units}."),
        { Concurrency: < 1 or > 256 } => Spectre.Console.ValidationResult.Error($"--concurrency must be between 1 and 256; got {Concurrency}."),
        _ when From is not ("test" or "train" or "all") => Spectre.Console.ValidationResult.Error($"--from must be test, train or all; got '{From}'."),
        _ when !Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") =>
            Spectre.Console.ValidationResult.Error($"--url must be an http(s) URL; got '{Url}'."),
        _ => Spectre.Console.ValidationResult.Success(),
    };
}
