using Mlops.Client.Stores;
using Mlops.Core.Errors;

namespace Mlops.Client.Tests.Stores;

public sealed class StoreProvidersTests
{
    [Fact]
    public void Open_UnknownScheme_ThrowsInvalidNamingTheSupportedForms()
    {
        var error = Assert.Throws<MlopsException>(() => MlopsClient.Open("ftp://example/store"));
        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("'ftp://example/store' is not supported", error.Message);
        Assert.Contains("sqlite:///PATH", error.Message);
    }

    [Fact]
    public void Open_SchemeWhosePackageIsNotReferenced_NamesThePackageToAdd()
    {
        // This test project references Mlops.Storage.Sqlite only, as a SQLite user would.
        var error = Assert.Throws<MlopsException>(() => MlopsClient.Open("postgresql://postgres@127.0.0.1:1/none"));
        Assert.Equal(ErrorCode.InvalidState, error.Code);
        Assert.Contains("dotnet add package Mlops.Storage.Postgres", error.Message);
    }

    [Fact]
    public void Resolve_ExplicitUri_WinsOverTheEnvironment()
    {
        Assert.Equal("sqlite:///x.db", TrackingUri.Resolve("sqlite:///x.db"));
    }

    [Theory]
    [InlineData("sqlite:///mlruns/mlops.db", "sqlite")]
    [InlineData("HTTPS://host:5000", "https")]
    [InlineData("no-scheme", "")]
    public void SchemeOf_Uri_IsLowerCaseSchemeOrEmpty(string uri, string scheme)
    {
        Assert.Equal(scheme, TrackingUri.SchemeOf(uri));
    }
}
