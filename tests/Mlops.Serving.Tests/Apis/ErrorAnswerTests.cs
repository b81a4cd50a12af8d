using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Core.Errors;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

[Collection(ModelCollection.Name)]
public sealed class ErrorAnswerTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Invocations_CsvWithRepeatedHeaderColumn_400NamingTheColumn()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));
        var record = fixture.Record(0);
        var columns = record.Keys.Append("Age").ToList();
        var values = record.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).Append("30");
        var csv = string.Join(",", columns) + "\n" + string.Join(",", values) + "\n";

        var response = await server.PostAsync("/invocations", csv, "text/csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Contains("'Age' 2 times", text);
    }

    [Fact]
    public async Task Predict_HugeCategoryValue_EchoedCutToReadableLength()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));
        var record = fixture.Record(0);
        record["Gender"] = new string('x', 20_000);

        var response = await server.PostJsonAsync("/predict", record);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("(20000 chars)", text);
        Assert.True(text.Length < 2_000, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Predict_HugeUnknownFieldName_EchoedCutToReadableLength()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));
        var record = fixture.Record(0);
        record[new string('k', 30_000)] = 1;

        var response = await server.PostJsonAsync("/predict", record);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length < 2_000, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Predict_UnexpectedFailure_500WithReferenceOnlyAndLogged()
    {
        var clock = new FailingClock();
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1),
            configureHost: builder => builder.Services.AddSingleton<TimeProvider>(clock));
        clock.Armed = true;

        var response = await server.PostJsonAsync("/predict", fixture.Record(0));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var reference = Assert.Single(response.Headers.GetValues(ErrorReference.Header));
        Assert.Equal($"Internal error; reference {reference}.", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain(FailingClock.SecretPath, text);
        Assert.Contains(server.ServerLog.Lines, line => line.Contains(reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ping_ModelLoaded_200WithNewline()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));

        var response = await server.Client.GetAsync("/ping");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ping_NoModelLoaded_404LikeMlflow()
    {
        await using var server = await ServingHarness.StartAsync(fixture, "models:/obesity_classifier@no-such-alias", waitReady: false);

        var response = await server.Client.GetAsync("/ping");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A clock that, once armed, fails as an infrastructure fault would, naming a server path.</summary>
    private sealed class FailingClock : TimeProvider
    {
        public const string SecretPath = "/srv/secret/predictions.db";

        public volatile bool Armed;

        public override DateTimeOffset GetUtcNow() => Armed ? throw new IOException("disk full at " + SecretPath) : base.GetUtcNow();
    }
}
