using Mlops.Pipeline.Faults;

namespace Mlops.Pipeline.Tests.Faults;

public sealed class DiskFullTests
{
    [Fact]
    public void Find_WrappedEnospc_ReturnsTheException()
    {
        var full = new IOException("No space left on device : '/x'", FaultInjection.NoSpaceErrno);

        Assert.Same(full, DiskFull.Find(new AggregateException(new InvalidOperationException("save", full))));
    }

    [Theory]
    [InlineData(unchecked((int)0x80070070))]
    [InlineData(unchecked((int)0x80070027))]
    public void Find_WindowsDiskFull_ReturnsTheException(int hresult)
    {
        var full = new IOException("There is not enough space on the disk.", hresult);

        Assert.Same(full, DiskFull.Find(full));
    }

    [Fact]
    public void Find_OtherIoError_ReturnsNull()
    {
        Assert.Null(DiskFull.Find(new IOException("Permission denied", 13)));
    }

    [Fact]
    public void Find_SqliteFull_ReturnsTheDatabaseError()
    {
        var full = new StoreError("SQLite Error 13: 'database or disk is full'.", unchecked((int)0x80004005));

        Assert.Same(full, DiskFull.Find(new InvalidOperationException("log batch", full)));
        Assert.Null(DiskFull.Find(new StoreError("SQLite Error 19: 'UNIQUE constraint failed'.", unchecked((int)0x80004005))));
    }

    private sealed class StoreError(string message, int code) : System.Data.Common.DbException(message, code);
}
