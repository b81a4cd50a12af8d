namespace Mlops.TrackingServer.Tests.Predictions;

/// <summary>The label routes under /api/2.0/mlops: origins, labels (with the server's logged-classes check) and labelled.</summary>
public sealed class PredictionLabelsApiTests : IAsyncLifetime
{
    private const string Api = "/api/2.0/mlops";
    private readonly string model = $"model_{Guid.NewGuid():N}";
    private ServerHarness harness = null!;

    public async Task InitializeAsync() => harness = await ServerHarness.StartAsync(predictionLog: true);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Origins_KnownUnknownAndMalformed_OriginOrNullInOrderAndNothingStored()
    {
        var ids = await AppendAsync(3, 2);
        var unknown = Guid.CreateVersion7(PredictionPayloads.Start.AddYears(-1)).ToString();

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/predictions/origins", new { prediction_ids = new[] { ids[1], unknown, "x" } });

        Assert.Equal(200, status);
        var origins = body!["origins"]!.AsArray();
        Assert.Equal(3, origins.Count);
        Assert.Equal((model, 3, $"models:/{model}/3"), (origins[0]!["model_name"]!.GetValue<string>(), origins[0]!["model_version"]!.GetValue<int>(),
            origins[0]!["model_uri"]!.GetValue<string>()));
        Assert.Equal(["Normal", "Obese"], origins[0]!["logged_classes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Null(origins[1]);
        Assert.Null(origins[2]);
        Assert.Empty(await harness.Store.PredictionLog.ListLabelledAsync(new Core.Predictions.LabelledQuery { ModelName = model }));
    }

    [Fact]
    public async Task Labels_MixOfItems_OutcomesInOrderAndServerRefusesAClassNotLogged()
    {
        var ids = await AppendAsync(1, 2);

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/predictions/labels", new
        {
            labels = new object?[]
            {
                new { prediction_id = ids[0], label = "Obese", observed_at = PredictionPayloads.Start.AddHours(1).ToUnixTimeMilliseconds() },
                new { prediction_id = ids[1], label = "Giant" },
                new { prediction_id = ids[0], label = "Normal" },
                new { prediction_id = "", label = "Normal" },
            },
        });

        Assert.Equal(200, status);
        var outcomes = body!["outcomes"]!.AsArray();
        Assert.Equal(["accepted", "rejected", "replaced", "rejected"], outcomes.Select(o => o!["status"]!.GetValue<string>()));
        Assert.Equal([0, 1, 2, 3], outcomes.Select(o => o!["index"]!.GetValue<int>()));
        Assert.Contains("label 'Giant' is not one of the classes logged with the prediction (Normal, Obese)", outcomes[1]!["reason"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal("prediction_id is required", outcomes[3]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Labels_NullItem_400NamingItAndNothingStored()
    {
        var ids = await AppendAsync(1, 1);

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/predictions/labels",
            new { labels = new object?[] { new { prediction_id = ids[0], label = "Obese" }, null } });

        Assert.Equal(400, status);
        Assert.Contains("labels[1] is null", body!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await harness.Store.PredictionLog.ListLabelledAsync(new Core.Predictions.LabelledQuery { ModelName = model }));
    }

    [Fact]
    public async Task Labelled_AfterLabels_PredictionWithLabelAndTimes()
    {
        var ids = await AppendAsync(1, 3);
        var observed = PredictionPayloads.Start.AddHours(2).ToUnixTimeMilliseconds();
        await Json.PostAsync(harness.Client, $"{Api}/predictions/labels", new
        {
            labels = new[] { new { prediction_id = ids[2], label = "Normal", observed_at = (long?)observed }, new { prediction_id = ids[0], label = "Obese", observed_at = (long?)null } },
        });

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/predictions/labelled", new { model_name = model, model_version = 1, max_results = 10 });

        Assert.Equal(200, status);
        var labelled = body!["labelled"]!.AsArray();
        Assert.Equal([(ids[0], "Obese"), (ids[2], "Normal")],
            labelled.Select(l => (l!["prediction"]!["id"]!.GetValue<string>(), l["label"]!.GetValue<string>())));
        Assert.Equal(observed, labelled[1]!["observed_at"]!.GetValue<long>());
        Assert.Null(labelled[0]!["observed_at"]);
        Assert.True(labelled[0]!["received_at"]!.GetValue<long>() > 0);
    }

    private async Task<List<string>> AppendAsync(int version, int rows)
    {
        var (body, ids) = PredictionPayloads.Batch(model, version, 0, rows);
        var (status, _) = await Json.PostAsync(harness.Client, $"{Api}/predictions/append", body);
        Assert.Equal(200, status);
        return ids;
    }
}
