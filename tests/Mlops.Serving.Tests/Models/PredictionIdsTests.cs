using Mlops.Serving.Models;

namespace Mlops.Serving.Tests.Models;

public sealed class PredictionIdsTests
{
    [Fact]
    public void Fill_ManyIds_UniqueVersion7WithTheTimeInFront()
    {
        var now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var ids = new Guid[100_000];

        PredictionIds.Fill(ids, now);

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids.Take(100), id =>
        {
            Assert.Equal(7, id.Version);
            Assert.Equal(now.ToString("x12", System.Globalization.CultureInfo.InvariantCulture), id.ToString("N")[..12]);
            Assert.Equal('8', "89ab".Contains(id.ToString("N")[16], StringComparison.Ordinal) ? '8' : id.ToString("N")[16]);
        });
    }

    [Fact]
    public void Next_LaterTime_SortsAfter()
    {
        var first = PredictionIds.Next(1_000);
        var second = PredictionIds.Next(1_001);

        Assert.True(string.CompareOrdinal(first.ToString(), second.ToString()) < 0);
    }
}
