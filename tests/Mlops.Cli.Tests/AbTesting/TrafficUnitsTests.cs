using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Mlops.Core.AbTesting;
using Mlops.Monitoring.Simulation;
using Mlops.Serving;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>
/// `simulate traffic --units`: every request carries an X-Mlops-Unit key from a seeded set, and the summary counts the
/// variants the responses named. Against a stand-in server that assigns by the unit's bucket, as an A/B test does.
/// </summary>
public sealed class TrafficUnitsTests
{
    private const string TestId = "test-id";

    [Fact]
    public async Task Run_Units_SendsSeededUnitKeysAndCountsAnswersPerVariant()
    {
        var seen = new ConcurrentQueue<string?>();
        await using var app = await StartAsync(seen);
        using var http = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };

        var report = await new TrafficSimulator(http).RunAsync(Plan(units: 50, seed: 3));
        var again = new ConcurrentQueue<string?>();
        await using var second = await StartAsync(again);
        using var secondHttp = new HttpClient { BaseAddress = ServingApp.BoundAddress(second) };
        await new TrafficSimulator(secondHttp).RunAsync(Plan(units: 50, seed: 3));

        var units = seen.ToArray();
        Assert.Equal(400, report.Answered);
        Assert.All(units, u => Assert.Matches("^unit-([0-9]|[1-4][0-9])$", u));
        Assert.InRange(units.Distinct().Count(), 40, 50);
        Assert.Equal(units.Order(StringComparer.Ordinal), again.ToArray().Order(StringComparer.Ordinal));
        var expected = units.GroupBy(Variant).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), report.RequestsByVariant.OrderBy(p => p.Key));
        Assert.Equal(2, report.RequestsByVariant.Count);
    }

    [Fact]
    public async Task Run_NoUnits_SendsNoHeaderAndCountsNoVariant()
    {
        var seen = new ConcurrentQueue<string?>();
        await using var app = await StartAsync(seen, withTest: false);
        using var http = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };

        var report = await new TrafficSimulator(http).RunAsync(Plan(units: 0, seed: 3));

        Assert.Equal(400, report.Answered);
        Assert.All(seen, u => Assert.Null(u));
        Assert.Empty(report.RequestsByVariant);
    }

    private static string Variant(string? unit) => VariantAssigner.Bucket(TestId, unit!) < 0.5 ? "champion" : "challenger";

    private static TrafficPlan Plan(int units, int seed) => new()
    {
        Columns = [new SimulatedColumn("Age", null)],
        Rows = [.. Enumerable.Range(0, 20).Select(i => new[] { (20 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) })],
        Labels = [.. Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? "A" : "B")],
        RowCount = 400,
        LabelShare = 0,
        Units = units,
        Seed = seed,
    };

    private static async Task<WebApplication> StartAsync(ConcurrentQueue<string?> seen, bool withTest = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/predict", (HttpRequest request) =>
        {
            var unit = request.Headers[TrafficSimulator.UnitHeader].FirstOrDefault();
            seen.Enqueue(unit);
            var id = Guid.NewGuid().ToString();
            return withTest
                ? Results.Json(new Dictionary<string, string> { ["prediction_id"] = id, ["prediction"] = "A", ["ab_test"] = "t", ["variant"] = Variant(unit) })
                : Results.Json(new Dictionary<string, string> { ["prediction_id"] = id, ["prediction"] = "A" });
        });
        await app.StartAsync();
        return app;
    }
}
