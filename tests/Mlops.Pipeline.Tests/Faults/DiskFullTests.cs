using Mlops.Pipeline.Faults;

namespace Mlops.Pipeline.Tests.Faults;

public sealed class DiskFullTests
{
    [Fact]
    public void Find_WrappedEnospc_ReturnsTheIoException()
    {
        var full = new IOException("No space left on device : '/x'", FaultInjection.NoSpaceErrno);

        Assert.Same(full, DiskFull.Find(new AggregateException(new InvalidOperationException("save", full))));
    }

    [Theory]
    [InlineData(unchecked((int)0x80070070))]
    [InlineData(unchecked((int)0x80070027))]
    public void Find_WindowsDiskFull_ReturnsTheIoException(int hresult)
    {
        var full = new IOException("There is not enough space on the disk.", hresult);

        Assert.Same(full, DiskFull.Find(full));
    }

    [Fact]
    public void Find_OtherIoError_ReturnsNull()
    {
        Assert.Null(DiskFull.Find(new IOException("Permission denied", 13)));
    }
}
