using System.Text.Json;
using Mlops.Cli.Commands.Feedback;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;
using Mlops.Inference.Loading;

namespace Mlops.Cli.Tests.Feedback;

/// <summary>
/// `mlops feedback import` on a workspace whose pipeline registered a model: classes come from the registered version's
/// package, so the predictions below are logged with classes ("A", "B") that the package does not have.
/// </summary>
public sealed class FeedbackImportTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private const string Registered = "obesity_classifier";
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private Workspace Ws => fixture.Workspace;

    [Fact]
    public async Task Import_MixOfRows_StoresTheGoodExitsRejectedAndNamesEachBadLine()
    {
        var ids = await AppendAsync(Registered, 3, Start);
        var real = (await PackageClassesAsync())[0];
        var csv = Write($"prediction_id,label\n{ids[0]},{real}\n{ids[1]},A\n{Guid.CreateVersion7(Start.AddYears(-1))},{real}\n{ids[2]},\n");

        var result = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--input", csv);

        Assert.True(result.ExitCode == FeedbackImportCommand.ExitRejected, result.Output);
        Assert.Contains("4 row(s): 1 accepted, 0 replaced, 3 rejected.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"label 'A' is not one of the classes of model '{Registered}' version 1", Flat(result.Stdout), StringComparison.Ordinal);
        Assert.Contains("unknown prediction_id", Flat(result.Stdout), StringComparison.Ordinal);
        Assert.Contains("label is empty", Flat(result.Stdout), StringComparison.Ordinal);
        Assert.Equal([(ids[0], real)], (await LabelsAsync(Registered)).Where(l => ids.Contains(l.Id)));
    }

    [Fact]
    public async Task Import_AllGoodJson_Exit0WithTheSummary()
    {
        var ids = await AppendAsync(Registered, 2, Start.AddDays(1));
        var classes = await PackageClassesAsync();
        var csv = Write($"prediction_id,label,observed_at\n{ids[0]},{classes[0]},2026-04-02T10:00:00Z\n{ids[1]},{classes[1]},\n{ids[0]},{classes[1]},\n");

        var result = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--input", csv, "--json");

        Assert.True(result.ExitCode == 0, result.Output);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal((3, 2, 1, 0), (summary.GetProperty("received").GetInt32(), summary.GetProperty("accepted").GetInt32(),
            summary.GetProperty("replaced").GetInt32(), summary.GetProperty("rejected").GetArrayLength()));
    }

    [Fact]
    public async Task Import_VersionNotRegistered_ChecksTheClassesLoggedWithThePrediction()
    {
        var model = $"unregistered_{Guid.NewGuid():N}";
        var ids = await AppendAsync(model, 2, Start.AddDays(2));
        var csv = Write($"prediction_id,label\n{ids[0]},A\n{ids[1]},C\n");

        var result = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--input", csv);

        Assert.True(result.ExitCode == FeedbackImportCommand.ExitRejected, result.Output);
        Assert.Contains("2 row(s): 1 accepted, 0 replaced, 1 rejected.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal([(ids[0], "A")], await LabelsAsync(model));
    }

    [Theory]
    [InlineData("id,label\nx,y\n", "the header has no column 'prediction_id'")]
    [InlineData("", "is empty; expected the header prediction_id,label[,observed_at]")]
    public async Task Import_BadHeader_ExitErrorNamingTheColumnAndNothingStored(string content, string message)
    {
        var result = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--input", Write(content));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoInput_UsageError()
    {
        var result = await CliProcess.RunAsync(Ws.Root, "feedback", "import");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--input is required", result.Output, StringComparison.Ordinal);
    }

    private string Write(string content)
    {
        var path = Ws.PathOf($"labels-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Logs <paramref name="rows"/> predictions of version 1 with UUIDv7 ids of their own times, as the server does.</summary>
    private async Task<List<string>> AppendAsync(string model, int rows, DateTimeOffset start)
    {
        using var store = StoreProbe.Open(Ws);
        var batch = new PredictionBatch(new PredictionSchema(model, 1, $"models:/{model}/1", [new PredictionInput("Age")], ["A", "B"]));
        for (var i = 0; i < rows; i++)
        {
            var time = start.AddSeconds(i);
            batch.Add(Guid.CreateVersion7(time), time.ToUnixTimeMilliseconds(), [20 + i], [0.5f, 0.5f], 0, 1);
        }
        await store.PredictionLog.AppendAsync(batch);
        return [.. batch.Ids.ToArray().Select(id => id.ToString())];
    }

    private async Task<IReadOnlyList<string>> PackageClassesAsync()
    {
        using var store = StoreProbe.Open(Ws);
        return (await new ModelLoader(store.Tracking, store.Registry, store.Artifacts).LoadAsync($"models:/{Registered}/1")).Classes;
    }

    private async Task<List<(string Id, string Label)>> LabelsAsync(string model)
    {
        using var store = StoreProbe.Open(Ws);
        var labelled = await store.PredictionLog.ListLabelledAsync(new LabelledQuery { ModelName = model });
        return [.. labelled.Select(l => (l.Prediction.Id, l.Label))];
    }

    /// <summary>The table wraps long reasons over lines; the checks read them as one text.</summary>
    private static string Flat(string text) => string.Join(" ", text.Split(['\n', '│', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
