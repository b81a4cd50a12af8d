using System.Buffers;
using System.Text;
using Mlops.TrackingServer.Runs;

namespace Mlops.TrackingServer.Tests.Runs;

public sealed class LogBatchReaderTests
{
    [Fact]
    public void TryRead_WellFormedBody_MetricsParamsAndTagsInOrder()
    {
        var body = """
            {"run_id":"r1","metrics":[{"key":"loss","value":0.5,"timestamp":10,"step":1},{"key":"acc","value":"NaN","timestamp":"11"},
            {"key":"loss","value":"-Infinity","timestamp":12,"step":"2","extra":{"x":[1]}}],
            "params":[{"key":"lr","value":"0.1"}],"tags":[{"key":"team","value":"a"}],"unknown":true}
            """;

        Assert.True(LogBatchReader.TryRead(Sequence(body), out var batch));

        Assert.Equal("r1", batch!.RunId);
        Assert.Equal(["loss", "acc", "loss"], batch.Metrics.Select(m => m.Key));
        Assert.Equal(0.5, batch.Metrics[0].Value);
        Assert.True(double.IsNaN(batch.Metrics[1].Value));
        Assert.Equal(0, batch.Metrics[1].Step);
        Assert.Equal(11, batch.Metrics[1].Timestamp);
        Assert.Equal(double.NegativeInfinity, batch.Metrics[2].Value);
        Assert.Equal(2, batch.Metrics[2].Step);
        Assert.Same(batch.Metrics[0].Key, batch.Metrics[2].Key);
        Assert.Equal("0.1", batch.Params["lr"]);
        Assert.Equal("a", batch.Tags["team"]);
    }

    [Fact]
    public void TryRead_BodySplitAcrossSegments_SameResult()
    {
        var metrics = string.Join(",", Enumerable.Range(0, 200).Select(i => $$"""{"key":"m{{i % 7}}","value":{{i}},"timestamp":{{i}},"step":{{i}}}"""));
        var bytes = Encoding.UTF8.GetBytes($$"""{"run_id":"r","metrics":[{{metrics}}]}""");

        Assert.True(LogBatchReader.TryRead(SegmentedBytes.Every(bytes, 64), out var batch));

        Assert.Equal(200, batch!.Metrics.Length);
        Assert.Equal("m3", batch.Metrics[199].Key);
        Assert.Equal(199, batch.Metrics[199].Value);
    }

    [Theory]
    [InlineData("""{"metrics":[]}""")]
    [InlineData("""{"run_id":"r","metrics":[{"key":"m","value":1}]}""")]
    [InlineData("""{"run_id":"r","metrics":[{"key":"","value":1,"timestamp":1}]}""")]
    [InlineData("""{"run_id":"r","metrics":[{"key":"m","value":"abc","timestamp":1}]}""")]
    [InlineData("""{"run_id":"r","metrics":[{"key":"m","value":1,"timestamp":1.5}]}""")]
    [InlineData("""{"run_id":"r","params":[{"key":"p","value":3}]}""")]
    [InlineData("""{"run_id":"r","tags":{"key":"t"}}""")]
    [InlineData("""{"run_id":"r","metrics":[""")]
    [InlineData("""[]""")]
    public void TryRead_InvalidBody_DeclinesForTheValidatingPath(string body)
    {
        Assert.False(LogBatchReader.TryRead(Sequence(body), out _));
    }

    [Fact]
    public void TryRead_OverLimits_Declines()
    {
        var metrics = string.Join(",", Enumerable.Range(0, 1001).Select(i => $$"""{"key":"m","value":1,"timestamp":{{i}}}"""));
        var parameters = string.Join(",", Enumerable.Range(0, 101).Select(i => $$"""{"key":"p{{i}}","value":"v"}"""));

        Assert.False(LogBatchReader.TryRead(Sequence($$"""{"run_id":"r","metrics":[{{metrics}}]}"""), out _));
        Assert.False(LogBatchReader.TryRead(Sequence($$"""{"run_id":"r","params":[{{parameters}}]}"""), out _));
    }

    private static ReadOnlySequence<byte> Sequence(string text) => new(Encoding.UTF8.GetBytes(text));
}
