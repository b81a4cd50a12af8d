using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Cli.Tests.Support;
using Mlops.Inference.Signatures;
using Mlops.Serving;
using Microsoft.Extensions.Logging;
using Mlops.Serving.Tests.Support;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.Scoring;

/// <summary>
/// One bad value sent through each of the five entry points — /predict, /predict/batch, /invocations dataframe_split,
/// /invocations text/csv and `mlops predict` — gives one error naming the same field with the same rule text.
/// </summary>
public sealed class InputRulesAcrossEntryPointsTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private const string Model = "models:/obesity_classifier@champion";

    [Fact]
    public Task EveryEntryPoint_WrongType_SameFieldAndRule() =>
        AssertSameErrorAsync("Age", JsonValue.Create("abc"), "abc", "expected a number; got 'abc'");

    [Fact]
    public Task EveryEntryPoint_UnknownCategory_SameFieldAndRule() =>
        AssertSameErrorAsync("Gender", JsonValue.Create("Robot"), "Robot", "'Robot' is not one of Female, Male");

    [Fact]
    public Task EveryEntryPoint_OutOfRange_SameFieldAndRule() =>
        AssertSameErrorAsync("Age", JsonValue.Create(500), "500", "500 is outside the allowed range [10, 90]");

    [Fact]
    public Task EveryEntryPoint_MissingField_SameFieldAndRule() =>
        AssertSameErrorAsync("Age", null, null, InputSignature.MissingMessage);

    /// <param name="json">The bad JSON value, or null to leave the field out.</param>
    /// <param name="csv">The bad CSV cell, or null to leave the column out.</param>
    private async Task AssertSameErrorAsync(string field, JsonNode? json, string? csv, string rule)
    {
        var (header, row) = ExampleCsv();
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "examples", "request.json")))!.AsObject();
        record.Remove(field);
        if (json is not null)
        {
            record[field] = json;
        }
        var columns = record.Select(p => p.Key).ToList();
        var split = new JsonObject
        {
            ["dataframe_split"] = new JsonObject
            {
                ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode?)JsonValue.Create(c))]),
                ["data"] = new JsonArray(new JsonArray([.. columns.Select(c => record[c]?.DeepClone())])),
            },
        };
        var at = Array.IndexOf(header, field);
        var csvHeader = csv is null ? header.Where((_, i) => i != at) : header;
        var csvRow = csv is null ? row.Where((_, i) => i != at) : row.Select((v, i) => i == at ? csv : v);
        var csvBody = string.Join(",", csvHeader) + "\n" + string.Join(",", csvRow) + "\n";

        await using var server = await StartServerAsync();
        var errors = new Dictionary<string, IReadOnlyList<(string Field, string Message)>>
        {
            ["/predict"] = await PostAsync(server, "/predict", record.ToJsonString(), "application/json"),
            ["/predict/batch"] = await PostAsync(server, "/predict/batch", new JsonObject { ["records"] = new JsonArray(record.DeepClone()) }.ToJsonString(), "application/json"),
            ["/invocations json"] = await PostAsync(server, "/invocations", split.ToJsonString(), "application/json"),
            ["/invocations csv"] = await PostAsync(server, "/invocations", csvBody, "text/csv"),
            ["mlops predict"] = await PredictCliAsync(csvBody),
        };

        foreach (var (entry, found) in errors)
        {
            var (name, message) = Assert.Single(found);
            Assert.True(name == field || name.EndsWith("." + field, StringComparison.Ordinal), $"{entry}: field '{name}'");
            Assert.True(message == rule, $"{entry}: '{message}' instead of '{rule}'");
        }
    }

    private static (string[] Header, string[] Row) ExampleCsv()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "examples", "new.csv"));
        return (lines[0].Split(','), lines[1].Split(','));
    }

    private async Task<Microsoft.AspNetCore.Builder.WebApplication> StartServerAsync()
    {
        var store = SqliteStore.Open(fixture.Workspace.PathOf("mlruns/mlops.db"), fixture.Workspace.PathOf("mlruns/artifacts"));
        var options = new ServingOptions { ModelUri = Model, Port = 0, PollInterval = TimeSpan.Zero };
        var signal = new LogSignal();
        var app = ServingApp.Build(options, store.Tracking, store.Registry, store.Artifacts, null,
            builder => builder.Logging.AddProvider(signal));
        // Armed before the start: the model may be swapped in before StartAsync returns.
        var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        await app.StartAsync();
        await loaded.WaitAsync(TimeSpan.FromSeconds(20));
        return app;
    }

    private static async Task<IReadOnlyList<(string, string)>> PostAsync(Microsoft.AspNetCore.Builder.WebApplication app, string path, string body,
        string contentType)
    {
        using var client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };
        using var response = await client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {text}");
        using var problem = JsonDocument.Parse(text);
        return [.. problem.RootElement.GetProperty("errors").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateArray().Select(m => (p.Name, m.GetString()!)))];
    }

    private async Task<IReadOnlyList<(string, string)>> PredictCliAsync(string csvBody)
    {
        var input = fixture.Workspace.PathOf($"bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(input, csvBody);
        var result = await CliProcess.RunAsync(fixture.Workspace.Root, "predict", "--model", Model, "--input", input,
            "--output", fixture.Workspace.PathOf("scored.csv"));
        Assert.NotEqual(0, result.ExitCode);
        // Each failure is a line "  FIELD: MESSAGE" under the summary line.
        return [.. result.Output.Split('\n')
            .Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Select(l => (l[..l.IndexOf(": ", StringComparison.Ordinal)], l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]))];
    }
}
