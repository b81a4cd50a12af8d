using System.Text;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Tests.Hosting;

/// <summary>The UTF-8 check over a body split into pipe segments at every possible place.</summary>
public sealed class Utf8BodyTests
{
    [Fact]
    public void IsValid_MultibyteCharactersSplitAtEveryOffset_Valid()
    {
        var bytes = Encoding.UTF8.GetBytes("aé€😀z");
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            Assert.True(Utf8Body.IsValid(SegmentedBytes.CutAt(bytes, cut, Math.Min(cut + 1, bytes.Length - 1))), $"cut at {cut}");
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xC3 })]
    [InlineData(new byte[] { 0xE2, 0x82, 0x41 })]
    [InlineData(new byte[] { 0xC0, 0xAF, 0x61 })]
    public void IsValid_InvalidOrTruncated_InvalidWhereverSplit(byte[] bytes)
    {
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            Assert.False(Utf8Body.IsValid(SegmentedBytes.CutAt(bytes, cut, cut)), $"cut at {cut}");
        }
    }
}
